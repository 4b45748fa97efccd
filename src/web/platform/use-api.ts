/** Loads one API resource for a component, cancelling the request when the path changes or the component goes. */
import { useCallback, useEffect, useState } from 'react';
import { ApiError, apiResponse, asApiError, isAbort } from './api.ts';

export interface ApiState<T> {
  /** The last answer; kept while a new path loads so that tables do not flash empty. */
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  /** Response headers of the last answer (ETag for versioned resources). */
  headers: Headers | undefined;
  reload: () => void;
  /** Replaces the data after a write answered with the new state. */
  setData: (data: T) => void;
}

/** `path` null means "nothing to load yet". */
export function useApi<T>(path: string | null): ApiState<T> {
  const [data, setData] = useState<T>();
  const [headers, setHeaders] = useState<Headers>();
  const [error, setError] = useState<ApiError>();
  const [loading, setLoading] = useState(path !== null);
  const [round, setRound] = useState(0);

  useEffect(() => {
    if (path === null) return;
    const controller = new AbortController();
    setLoading(true);
    setError(undefined);
    apiResponse<T>(path, { signal: controller.signal })
      .then((response) => {
        setData(response.data);
        setHeaders(response.headers);
        setLoading(false);
      })
      .catch((caught: unknown) => {
        if (isAbort(caught)) return;
        setError(asApiError(caught));
        setLoading(false);
      });
    return () => controller.abort();
  }, [path, round]);

  const reload = useCallback(() => setRound((n) => n + 1), []);
  return { data, error, loading, headers, reload, setData };
}
