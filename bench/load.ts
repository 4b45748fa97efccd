/** Drives one URL mix with autocannon and reports p50/p95/p99 from every response's own latency. */
import autocannon from 'autocannon';

export interface LoadResult {
  requests: number;
  non2xx: number;
  rps: number;
  p50: number;
  p95: number;
  p99: number;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;

export async function load({ url, paths, cookie, connections, seconds }: {
  url: string; paths: string[]; cookie: string; connections: number; seconds: number;
}): Promise<LoadResult> {
  const latencies: number[] = [];
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon({
      url,
      connections,
      duration: seconds,
      headers: { cookie },
      requests: paths.map((path) => ({ method: 'GET', path })),
    }, (error, done) => (error ? reject(error) : resolve(done)));
    instance.on('response', (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  latencies.sort((a, b) => a - b);
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    requests: result.requests.total,
    non2xx: result.non2xx,
    rps: Math.round(result.requests.average),
    p50: round(percentile(latencies, 50)),
    p95: round(percentile(latencies, 95)),
    p99: round(percentile(latencies, 99)),
  };
}
