/**
 * Pages reached through a signed link in an e-mail (a respondent's form, the feedback survey). The
 * token sits after `#`, so it never reaches a server log; the page sends it in the `x-link-token`
 * header. A missing, tampered or expired link gets its own page that says what to do.
 */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import { ApiError, apiResponse, asApiError, isAbort } from './api.ts';
import { Page } from './page.tsx';
import { ErrorAlert } from './status.tsx';

/** The token after `#` in the address ('' when there is none). */
export function useLinkToken(): string {
  const { hash } = useLocation();
  return useMemo(() => decodeURIComponent(hash.replace(/^#/, '')), [hash]);
}

/** What `path` answers to the token: the form, or the error that refused it. */
export function useLinkedForm<T>(path: string, token: string): { form: T | undefined; error: ApiError | undefined } {
  const [form, setForm] = useState<T>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    apiResponse<T>(path, { headers: { 'x-link-token': token }, signal: controller.signal })
      .then((res) => setForm(res.data))
      .catch((caught: unknown) => {
        if (!isAbort(caught)) setError(asApiError(caught));
      });
    return () => controller.abort();
  }, [path, token]);
  return { form, error };
}

export interface LinkProblemText {
  /** The page's title when the problem is not the link itself (the service failed). */
  title: string;
  invalidLinkHeading: string;
  expiredLinkHeading: string;
  noLink: string;
  linkHelp: string;
}

/** No link, a refused link (401) or an expired one (410); any other error as it is. */
export function LinkProblem({ text, error }: { text: LinkProblemText; error: ApiError | null }) {
  const expired = error?.status === 410;
  if (error && error.status !== 401 && !expired) return <Page title={text.title}><ErrorAlert error={error} /></Page>;
  return (
    <Page title={expired ? text.expiredLinkHeading : text.invalidLinkHeading}>
      <Alert data-color="warning">
        <Paragraph>{error ? error.message : text.noLink}</Paragraph>
        {error ? <Paragraph>{text.linkHelp}</Paragraph> : null}
      </Alert>
    </Page>
  );
}
