/**
 * The respondent's form, reached through the personal signed link in the invitation e-mail
 * (platform/signed-link.tsx).
 */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useCallback, useState } from 'react';
import type { ResponseForm } from '../../../shared/api/selfassessment.ts';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { LinkProblem, useLinkedForm, useLinkToken } from '../../platform/signed-link.tsx';
import { Loading } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';
import { StatementField } from './statement-field.tsx';

export function RespondPage() {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const token = useLinkToken();
  const { form, error } = useLinkedForm<ResponseForm>('/api/respond', token);
  const linkText = { ...t, title: t.respondTitle };
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

  if (!token) return <LinkProblem text={linkText} error={null} />;
  if (error) return <LinkProblem text={linkText} error={error} />;
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
