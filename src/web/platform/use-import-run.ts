/**
 * The state of a file import page: the chosen file, a dry run, then the import of exactly what the
 * dry run accepted (the same file checked with the same options), the answer and its errors. A real
 * run that meets problems answers 422 with the same result shape as a dry run.
 */
import { useEffect, useRef, useState } from 'react';
import { api, ApiError, asApiError } from './api.ts';

export type ImportBusy = 'check' | 'run' | null;

export function useImportRun<R extends { ok: boolean }>(isResult: (value: unknown) => value is R) {
  const [file, setFile] = useState<File | null>(null);
  /** The file a clean dry run accepted and the options (a key) it was checked with. */
  const [accepted, setAccepted] = useState<{ file: File; options: string } | null>(null);
  const [result, setResult] = useState<R>();
  const [error, setError] = useState<ApiError>();
  const [missingFile, setMissingFile] = useState(false);
  const [busy, setBusy] = useState<ImportBusy>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  /** Anything that changes what would be imported asks for a new check. */
  const reset = () => {
    setResult(undefined);
    setError(undefined);
    setAccepted(null);
  };

  const chooseFile = (chosen: File | null) => {
    setFile(chosen);
    setMissingFile(false);
    reset();
  };

  const send = async (dryRun: boolean, pathFor: (dryRun: boolean) => string, options = '') => {
    if (busy) return;
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    setBusy(dryRun ? 'check' : 'run');
    setError(undefined);
    setResult(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    try {
      const answer = await api<R>(pathFor(dryRun), { method: 'POST', form });
      setResult(answer);
      // After a real run the file is spent; a new import starts with a new check.
      setAccepted(dryRun && answer.ok ? { file, options } : null);
    } catch (caught) {
      if (caught instanceof ApiError && isResult(caught.body)) setResult(caught.body);
      else setError(asApiError(caught));
      setAccepted(null);
    } finally {
      setBusy(null);
    }
  };

  const canRun = (options = '') => accepted !== null && accepted.file === file && accepted.options === options;

  return { result, error, missingFile, busy, resultHeading, reset, chooseFile, send, canRun };
}
