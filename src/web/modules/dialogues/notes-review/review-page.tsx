/**
 * `/anteckningar`: the organiser's contact person reads the meeting notes and approves them or says
 * what must change, through the signed link in the notes e-mail (platform/signed-link.tsx), on a
 * phone as well as a desktop. After an answer the page says what happens next.
 */
import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent, type RefObject } from 'react';
import type { NotesReview } from '../../../../shared/api/dialogue-notes.ts';
import { ApiError, apiResponse, asApiError, fieldError } from '../../../platform/api.ts';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { LinkProblem, useLinkedForm, useLinkToken } from '../../../platform/signed-link.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { notesReviewText } from './dictionary.ts';

function Answered({ review, headingRef }: { review: NotesReview; headingRef: RefObject<HTMLHeadingElement | null> }) {
  const t = useText(notesReviewText);
  const { lang } = useLang();
  const approved = review.status === 'agreed' || review.status === 'registered';
  return (
    <Alert data-color={approved ? 'success' : 'info'}>
      <Heading level={2} data-size="xs" ref={headingRef} tabIndex={-1}>{approved ? t.approvedHeading : review.status === 'commented' ? t.commentedHeading : t.closedText}</Heading>
      {approved ? <Paragraph>{t.approvedText(review.agreedBy, review.agreedAt ? formatDate(review.agreedAt, lang) : null)}</Paragraph> : null}
      {review.status === 'commented' ? <Paragraph>{t.commentedText}</Paragraph> : null}
    </Alert>
  );
}

export function NotesReviewPage() {
  const t = useText(notesReviewText);
  const { lang } = useLang();
  const token = useLinkToken();
  const loaded = useLinkedForm<NotesReview>('/api/notes-review', token);
  const [review, setReview] = useState<NotesReview>();
  const [comment, setComment] = useState('');
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState<'approve' | 'comment' | null>(null);
  const answeredHeading = useRef<HTMLHeadingElement>(null);
  const shown = review ?? loaded.form;
  const linkText = { ...t, title: t.title };

  useEffect(() => {
    if (review) answeredHeading.current?.focus();
  }, [review]);

  if (!token) return <LinkProblem text={linkText} error={null} />;
  if (loaded.error) return <LinkProblem text={linkText} error={loaded.error} />;
  if (!shown) return <Loading />;

  const send = async (body: { approve: true } | { approve: false; comment: string }, kind: 'approve' | 'comment') => {
    setBusy(kind);
    setError(undefined);
    try {
      const res = await apiResponse<NotesReview>('/api/notes-review/answer', { method: 'POST', headers: { 'x-link-token': token }, body });
      setReview(res.data);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setBusy(null);
    }
  };
  const submitComment = (event: FormEvent) => {
    event.preventDefault();
    void send({ approve: false, comment }, 'comment');
  };
  const date = shown.dialogueDate ? formatDate(shown.dialogueDate, lang) : null;

  return (
    <Page title={t.title} lead={<Paragraph>{(shown.status === 'sent' ? t.lead : t.leadAnswered)(shown.recipientName, shown.organisers.join(', '), date)}</Paragraph>}>
      <div className="notes-review">
        {shown.status !== 'sent' ? <Answered review={shown} headingRef={answeredHeading} /> : null}
        <section aria-labelledby="notes-review-text">
          <Heading level={2} data-size="sm" id="notes-review-text">{t.notesHeading} <span className="muted">({t.version(shown.versionNo)})</span></Heading>
          <div className="notes-text">{shown.text}</div>
        </section>
        {shown.status === 'commented' && shown.organiserComment ? (
          <section aria-labelledby="notes-review-comment">
            <Heading level={2} data-size="xs" id="notes-review-comment">{t.yourComment}</Heading>
            <div className="notes-text">{shown.organiserComment}</div>
          </section>
        ) : null}
        {shown.status === 'sent' ? (
          <>
            {error ? <ErrorAlert error={error} announce /> : null}
            <section aria-labelledby="notes-review-approve">
              <Heading level={2} data-size="xs" id="notes-review-approve">{t.approveHeading}</Heading>
              <Paragraph data-size="sm">{t.approveText}</Paragraph>
              <Button onClick={() => void send({ approve: true }, 'approve')} loading={busy === 'approve'} disabled={busy !== null}>{t.approve}</Button>
            </section>
            <form onSubmit={submitComment} noValidate>
              <Textfield multiline rows={5} label={t.commentLabel} description={t.commentHelp} value={comment} maxLength={5000}
                onChange={(event) => setComment(event.currentTarget.value)} error={fieldError(error, 'comment')} />
              <div className="form-actions">
                <Button type="submit" variant="secondary" disabled={busy !== null}>{busy === 'comment' ? t.sending : t.sendComment}</Button>
              </div>
            </form>
          </>
        ) : null}
      </div>
    </Page>
  );
}
