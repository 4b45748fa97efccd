/**
 * `/aterkoppling`: the organiser's feedback survey, reached through the signed link in the e-mail
 * (platform/signed-link.tsx). Made for a phone first; several people may answer through the same
 * link, one after the other.
 */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { SurveyForm } from '../../../../shared/api/dialogue-feedback.ts';
import { ApiError, apiResponse, asApiError } from '../../../platform/api.ts';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { LinkProblem, useLinkedForm, useLinkToken } from '../../../platform/signed-link.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { ErrorSummary, type SummaryProblem } from '../observations/error-summary.tsx';
import { feedbackText } from './dictionary.ts';
import { QuestionField, questionControlId } from './question-field.tsx';

type Answers = Record<string, number | null | undefined>;

export function FeedbackRespondPage() {
  const t = useText(feedbackText);
  const { lang } = useLang();
  const token = useLinkToken();
  const { form, error } = useLinkedForm<SurveyForm>('/api/feedback', token);
  const linkText = { ...t, title: t.respondTitle };
  const [answers, setAnswers] = useState<Answers>({});
  const [comment, setComment] = useState('');
  const [problems, setProblems] = useState<SummaryProblem[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [sendError, setSendError] = useState<ApiError>();
  const [sending, setSending] = useState(false);
  const [sent, setSent] = useState(false);
  const thanksRef = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (sent) thanksRef.current?.focus();
  }, [sent]);

  if (!token) return <LinkProblem text={linkText} error={null} />;
  if (error) return <LinkProblem text={linkText} error={error} />;
  if (!form) return <Loading />;

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setAttempt((n) => n + 1);
    setSendError(undefined);
    const missing = form.questions.flatMap((q, i) => (answers[q.key] === undefined ? [{ targetId: questionControlId(q.key), message: t.answerMissing(i + 1) }] : []));
    setProblems(missing);
    if (missing.length > 0) return;
    setSending(true);
    try {
      await apiResponse('/api/feedback/responses', {
        method: 'POST', headers: { 'x-link-token': token },
        body: { answers: Object.fromEntries(form.questions.map((q) => [q.key, answers[q.key] ?? null])), ...(comment.trim() ? { comment } : {}) },
      });
      setSent(true);
    } catch (caught) {
      setSendError(asApiError(caught));
    } finally {
      setSending(false);
    }
  };
  const again = () => {
    setAnswers({});
    setComment('');
    setProblems([]);
    setSent(false);
  };

  return (
    <Page title={t.respondTitle} lead={<Paragraph>{t.respondLead(form.organiserName)}</Paragraph>}>
      <div className="feedback-respond">
        {sent ? (
          <section aria-labelledby="feedback-thanks" className="feedback-thanks">
            <Heading level={2} data-size="sm" id="feedback-thanks" ref={thanksRef} tabIndex={-1}>{t.thanksHeading}</Heading>
            <Paragraph>{t.thanksText}</Paragraph>
            <Button variant="secondary" onClick={again}>{t.anotherResponse}</Button>
          </section>
        ) : (
          <form onSubmit={(event) => void submit(event)} noValidate>
            <Paragraph>{t.respondIntro} {t.linkValidUntil(formatDate(form.expiresAt, lang))}</Paragraph>
            <Paragraph data-size="sm">{t.anonymity}</Paragraph>
            <ErrorSummary heading={t.errorHeading} problems={problems} attempt={attempt} />
            {form.questions.map((q, i) => (
              <QuestionField key={q.key} questionKey={q.key} number={i + 1} text={q[lang]} value={answers[q.key]}
                onChange={(value) => setAnswers((current) => ({ ...current, [q.key]: value }))}
                missing={answers[q.key] === undefined && problems.some((p) => p.targetId === questionControlId(q.key))} />
            ))}
            <Textfield multiline rows={4} label={t.commentLabel} description={t.commentHelp} value={comment} maxLength={2000}
              onChange={(event) => setComment(event.currentTarget.value)} />
            {sendError ? <ErrorAlert error={sendError} announce /> : null}
            <div className="form-actions">
              <Button type="submit" disabled={sending}>{sending ? t.sending : t.send}</Button>
            </div>
          </form>
        )}
      </div>
    </Page>
  );
}
