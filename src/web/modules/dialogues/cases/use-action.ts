/** Runs one write at a time for a form or button: keeps its error and a status line to announce. */
import { useState } from 'react';
import { ApiError, asApiError } from '../../../platform/api.ts';

export function useAction() {
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const run = async (work: () => Promise<string | void>): Promise<boolean> => {
    if (busy) return false;
    setBusy(true);
    setError(undefined);
    setStatus('');
    try {
      const done = await work();
      if (done) setStatus(done);
      return true;
    } catch (caught) {
      setError(asApiError(caught));
      return false;
    } finally {
      setBusy(false);
    }
  };
  return { run, error, status, busy, setError };
}
