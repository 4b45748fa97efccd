/**
 * The respondent's form, reached through the personal link in the invitation e-mail. The link's
 * token sits after `#`, so it never reaches a server log; the page sends it in a header.
 */
import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useLocation } from 'react-router';
import type { ResponseForm } from '../../../shared/api/selfassessment.ts';
import { ApiError, apiResponse, isAbort } from '../../platform/api.ts';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';
import { StatementField } from './statement-field.tsx';

function useResponseForm(token: string) {
  const [form, setForm] = useState<ResponseForm>();
  const [error, setError] = useState<ApiError>();
  useEffect(() => {
    if (!token) return;
    const controller = new AbortController();
    apiResponse<ResponseForm>('/api/respond', { headers: { 'x-link-token': token }, signal: controller.signal })
      .then((res) => setForm(res.data))
      .catch((caught: unknown) => {
        if (!isAbort(caught)) setError(caught instanceof ApiError ? caught : new ApiError(0, 'unexpected_response', String(caught)));
      });
    return () => controller.abort();
  }, [token]);
  return { form, error };
}

function LinkProblem({ error }: { error: ApiError | null }) {
  const t = useText(selfAssessmentText);
  const expired = error?.status === 410;
  const refused = error === null || error.status === 401 || expired;
  if (!refused) return <ErrorAlert error={error} />;
  return (
    <Page title={expired ? t.expiredLinkHeading : t.invalidLinkHeading}>
      <Alert data-color="warning">
        <Paragraph>{error ? error.message : t.noLink}</Paragraph>
        {error ? <Paragraph>{t.linkHelp}</Paragraph> : null}
      </Alert>
    </Page>
  );
}

export function RespondPage() {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const { hash } = useLocation();
  const token = useMemo(() => decodeURIComponent(hash.replace(/^#/, '')), [hash]);
  const { form, error } = useResponseForm(token);
  const [answered, setAnswered] = useState<Set<string>>(new Set());
  const onAnswered = useCallback((key: string, isAnswered: boolean) => {
    setAnswered((current) => {
      if (current.has(key) === isAnswered) return current;
      const next = new Set(current);
      if (isAnswered) next.add(key);
      else next.delete(key);
      return next;
    });
  }, []);

  if (!token) return <LinkProblem error={null} />;
  if (error) return <LinkProblem error={error} />;
  if (!form) return <Loading />;

  const total = form.factors.reduce((n, f) => n + f.statements.length, 0);
  const answers = new Map(form.answers.map((a) => [a.statementKey, a]));
  let number = 0;
  return (
    <Page title={`${t.respondTitle}: ${form.selfAssessment.title}`} lead={t.respondLead(form.selfAssessment.organiserName)}>
      <div className="respond">
        <Paragraph>{t.answeringAs(form.respondent.name, form.respondent.position)} {t.linkValidUntil(formatDate(form.linkExpiresAt, lang))}</Paragraph>
        <Paragraph>{t.respondIntro}</Paragraph>
        <div className="respond-progress">
          <label htmlFor="respond-progress">{t.progressLabel}</label>
          <progress id="respond-progress" max={total} value={answered.size}>{t.progress(answered.size, total)}</progress>
          <span aria-live="polite">{t.progress(answered.size, total)}</span>
        </div>
        {form.factors.map((factor) => (
          <section key={factor.key} aria-labelledby={`factor-${factor.key}`} className="respond-factor">
            <Heading level={2} data-size="sm" id={`factor-${factor.key}`}>{factor.name}</Heading>
            <Paragraph data-size="sm">{factor.description}</Paragraph>
            {factor.statements.map((statement) => {
              number += 1;
              return (
                <StatementField key={statement.key} token={token} statement={statement} number={number}
                  initial={answers.get(statement.key)} onAnswered={onAnswered} />
              );
            })}
          </section>
        ))}
      </div>
    </Page>
  );
}
