/** `npm start`'s entry point on a fresh data directory: migrates, loads the demo data once, serves, refuses a second process. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import { afterAll, describe, expect, it } from 'vitest';
import { devLogin, startServer } from '../../bench/server.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'kn-start-'));
const port = 4100 + (process.pid % 500);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

describe('npm start on the embedded database', () => {
  it('loads the demo data on the first start only and serves the registry', async () => {
    const first = await startServer({ DATA_DIR: dataDir }, port);
    let firstTotal: number;
    try {
      const cookie = await devLogin(first.url, 'ledare-skolverket');
      const list = await (await fetch(`${first.url}/api/organisers?limit=1`, { headers: { cookie } })).json();
      firstTotal = list.total;
      expect(firstTotal).toBeGreaterThanOrEqual(2750);

      const second = spawnSync(process.execPath, ['src/server/main.ts'], { env: { ...process.env, DATA_DIR: dataDir, PORT: String(port + 1) }, encoding: 'utf8', timeout: 60_000 });
      expect(second.status).toBe(1);
      expect(second.stderr).toMatch(/in use by process/);
    } finally {
      await first.stop();
    }
    const again = await startServer({ DATA_DIR: dataDir }, port);
    try {
      const cookie = await devLogin(again.url, 'ledare-skolverket');
      const list = await (await fetch(`${again.url}/api/organisers?limit=1`, { headers: { cookie } })).json();
      expect(list.total).toBe(firstTotal);
      // The web client (built by npm ci's prepare step) answers its own routes.
      const html = await fetch(`${again.url}/huvudman`);
      expect(html.status).toBe(200);
      expect(await html.text()).toMatch(/<html lang="sv"/);
    } finally {
      await again.stop();
    }
  });
});
