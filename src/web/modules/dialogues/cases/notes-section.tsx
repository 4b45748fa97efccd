/**
 * The meeting notes. The pair writes the draft together: a save names the revision it started from,
 * and when the other leader saved in between, both texts are shown and the writer chooses. The
 * organiser reads what was sent and comments or approves; agreed notes are registered at both
 * agencies and can be downloaded as the registered record.
 */
import { Alert, Button, Details, Field, Heading, Label, Paragraph, Textarea } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import type { NotesVersion } from '../../../../shared/api/dialogue-notes.ts';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { api, ApiError, apiResponse } from '../../../platform/api.ts';
import { formatDateTime } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

const WRITING_STATES = ['physical_held', 'feedback_held', 'follow_up_held', 'closed'];

function TextArea({ label, value, onChange, rows = 8, description }: { label: string; value: string; onChange: (v: string) => void; rows?: number; description?: string }) {
  const id = useId();
  return (
    <Field>
      <Label htmlFor={id}>{label}</Label>
      {description ? <Field.Description>{description}</Field.Description> : null}
      <Textarea id={id} rows={rows} value={value} onChange={(e) => onChange(e.currentTarget.value)} />
    </Field>
  );
}

function PairEditor({ dialogueId, latest, onChanged }: { dialogueId: string; latest: NotesVersion | undefined; onChanged: (message: string) => void }) {
  const t = useText(caseText);
  const action = useAction();
  const draft = latest?.status === 'draft' ? latest : undefined;
  const [text, setText] = useState(latest?.text ?? '');
  const [base, setBase] = useState(draft?.revision ?? 0);
  const [conflict, setConflict] = useState<NotesVersion>();
  const [saved, setSaved] = useState(draft !== undefined);

  const save = (revision: number) => action.run(async () => {
    const response = await apiResponse<NotesVersion>(`/api/dialogues/${dialogueId}/notes/draft`, { method: 'PUT', body: { text, baseRevision: revision } })
      .catch((caught: unknown) => {
        const current = caught instanceof ApiError ? (caught.body as { current?: NotesVersion } | undefined)?.current : undefined;
        if (current) { setConflict(current); return null; }
        throw caught;
      });
    if (!response) return;
    setConflict(undefined);
    setBase(response.data.revision);
    setSaved(true);
    onChanged(t.draftSaved(response.data.updatedByName));
  });
  const send = () => action.run(async () => {
    const current = (await api<{ items: NotesVersion[] }>(`/api/dialogues/${dialogueId}/notes`)).items[0]!;
    await api(`/api/dialogues/${dialogueId}/notes/send`, { method: 'POST', body: { notesId: current.id, revision: current.revision } });
    onChanged(t.sentNotes);
  });

  return (
    <form className="edit-form" noValidate onSubmit={(event) => { event.preventDefault(); void save(base); }}>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      {latest?.status === 'commented' && latest.organiserComment ? (
        <Alert data-color="info" data-size="sm"><strong>{t.organiserComment}:</strong> {latest.organiserComment}</Alert>
      ) : null}
      {latest?.correctsId ? <Paragraph data-size="sm">{t.correction(latest.versionNo - 1)}</Paragraph> : null}
      <TextArea label={t.notesText} value={text} onChange={(v) => { setText(v); setSaved(false); }} rows={10} />
      {conflict ? (
        <Alert data-color="warning" role="alert">
          <Heading level={3} data-size="xs">{t.conflictTitle}</Heading>
          <Paragraph data-size="sm"><strong>{t.conflictTheirs(conflict.updatedByName)}:</strong></Paragraph>
          <pre className="notes-text">{conflict.text}</pre>
          <div className="button-row">
            <Button type="button" onClick={() => void save(conflict.revision)}>{t.keepMine}</Button>
            <Button type="button" variant="secondary" onClick={() => { setText(conflict.text); setBase(conflict.revision); setConflict(undefined); setSaved(true); }}>{t.takeTheirs}</Button>
          </div>
        </Alert>
      ) : null}
      <div className="button-row">
        <Button type="submit" variant="secondary" disabled={action.busy}>{t.saveDraft}</Button>
        {saved && text.trim() ? <Button type="button" onClick={() => void send()} disabled={action.busy}>{t.sendNotes}</Button> : null}
      </div>
    </form>
  );
}

function OrganiserAnswer({ dialogueId, notes, onChanged }: { dialogueId: string; notes: NotesVersion; onChanged: (message: string) => void }) {
  const t = useText(caseText);
  const action = useAction();
  const [comment, setComment] = useState('');
  const [missing, setMissing] = useState<string>();
  const step = { notesId: notes.id, revision: notes.revision };
  return (
    <div className="notes-answer">
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      <div className="button-row">
        <Button onClick={() => void action.run(async () => {
          await api(`/api/dialogues/${dialogueId}/notes/approve`, { method: 'POST', body: step });
          onChanged(t.approved);
        })} disabled={action.busy}>{t.approve}</Button>
      </div>
      <form className="edit-form" noValidate onSubmit={(event) => {
        event.preventDefault();
        if (!comment.trim()) { setMissing(t.commentRequired); return; }
        setMissing(undefined);
        void action.run(async () => {
          await api(`/api/dialogues/${dialogueId}/notes/comment`, { method: 'POST', body: { ...step, comment: comment.trim() } });
          onChanged(t.commentSent);
        });
      }}>
        <TextArea label={t.commentLabel} description={t.commentHelp} value={comment} onChange={setComment} rows={4} />
        {missing ? <Paragraph data-size="sm" className="field-error" role="alert">{missing}</Paragraph> : null}
        <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.sendComment}</Button></div>
      </form>
    </div>
  );
}

function Registered({ notes }: { notes: NotesVersion }) {
  const t = useText(caseText);
  const { lang } = useLang();
  return (
    <div>
      <Heading level={3} data-size="xs">{t.caseNumbers}</Heading>
      <ul className="case-numbers">
        {notes.registerEntries.map((e) => <li key={e.agency}>{t.agencies[e.agency]}: <strong>{e.caseNumber}</strong> ({formatDateTime(e.registeredAt, lang)})</li>)}
      </ul>
      <Paragraph data-size="sm"><a href={`/api/dialogue-notes/${notes.id}/record`} download>{t.exportRecord}</a></Paragraph>
    </div>
  );
}

function Correction({ dialogueId, notes, onChanged }: { dialogueId: string; notes: NotesVersion; onChanged: (message: string) => void }) {
  const t = useText(caseText);
  const action = useAction();
  const [text, setText] = useState(notes.text);
  return (
    <Details>
      <Details.Summary>{t.correct}</Details.Summary>
      <Details.Content>
        <form className="edit-form" noValidate onSubmit={(event) => {
          event.preventDefault();
          void action.run(async () => {
            await api(`/api/dialogues/${dialogueId}/notes/corrections`, { method: 'POST', body: { text } });
            onChanged(t.correct);
          });
        }}>
          <Paragraph data-size="sm">{t.correctHelp}</Paragraph>
          {action.error ? <ErrorAlert error={action.error} announce /> : null}
          <TextArea label={t.notesText} value={text} onChange={setText} />
          <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.correct}</Button></div>
        </form>
      </Details.Content>
    </Details>
  );
}

export function NotesSection({ detail, asOrganiser, canRun, onStepChanged }: { detail: DialogueDetail; asOrganiser: boolean; canRun: boolean; onStepChanged: () => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const { data, error, reload } = useApi<{ items: NotesVersion[] }>(`/api/dialogues/${detail.id}/notes`);
  const action = useAction();
  // Announced here, not in the forms: a form is replaced when the version it edits changes.
  const [message, setMessage] = useState('');
  const changed = (text: string) => { setMessage(text); reload(); onStepChanged(); };
  // A step of the case (e.g. the on-site dialogue held) may open the notes: read them again.
  const seenState = useRef(detail.state);
  useEffect(() => {
    if (seenState.current === detail.state) return;
    seenState.current = detail.state;
    reload();
  }, [detail.state, reload]);
  if (!WRITING_STATES.includes(detail.state) && !data?.items.length) {
    return (
      <section aria-labelledby="notes-heading" className="case-section">
        <Heading level={2} data-size="sm" id="notes-heading">{t.notesHeading}</Heading>
        <Paragraph data-size="sm">{t.notesBefore}</Paragraph>
      </section>
    );
  }
  const latest = data?.items[0];
  const register = (notes: NotesVersion) => void action.run(async () => {
    await api(`/api/dialogues/${detail.id}/notes/register`, { method: 'POST', body: { notesId: notes.id, revision: notes.revision } });
    changed(t.registered);
  });
  return (
    <section aria-labelledby="notes-heading" className="case-section">
      <Heading level={2} data-size="sm" id="notes-heading">{t.notesHeading}</Heading>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status || message}</LiveStatus>
      {data && latest ? (
        <div className="notes-current">
          <Paragraph data-size="sm">
            <strong>{t.versionLabel(latest.versionNo)}: {t.notesStatus[latest.status]}</strong>
            {latest.agreedAt && latest.agreedBy ? ` – ${t.agreedBy(latest.agreedBy, formatDateTime(latest.agreedAt, lang))}` : ''}
          </Paragraph>
          {latest.status !== 'draft' && latest.status !== 'commented' ? <pre className="notes-text">{latest.text}</pre> : null}
        </div>
      ) : null}
      {data && asOrganiser && !latest ? <Paragraph data-size="sm">{t.notesNone}</Paragraph> : null}
      {data && canRun && (!latest || latest.status === 'draft' || latest.status === 'commented')
        ? <PairEditor key={`${latest?.id}-${latest?.status}`} dialogueId={detail.id} latest={latest} onChanged={changed} /> : null}
      {data && asOrganiser && latest?.status === 'sent' ? <OrganiserAnswer dialogueId={detail.id} notes={latest} onChanged={changed} /> : null}
      {data && canRun && latest?.status === 'agreed'
        ? <div className="button-row"><Button onClick={() => register(latest)} disabled={action.busy}>{t.register}</Button></div> : null}
      {data && latest?.status === 'registered' ? <Registered notes={latest} /> : null}
      {data && canRun && latest?.status === 'registered' ? <Correction dialogueId={detail.id} notes={latest} onChanged={changed} /> : null}
      {data && data.items.length > 1 ? (
        <Details>
          <Details.Summary>{t.earlierVersions(data.items.length - 1)}</Details.Summary>
          <Details.Content>
            {data.items.slice(1).map((v) => (
              <div key={v.id} className="notes-old">
                <Paragraph data-size="sm"><strong>{t.versionLabel(v.versionNo)}: {t.notesStatus[v.status]}</strong></Paragraph>
                <pre className="notes-text">{v.text}</pre>
                {v.organiserComment ? <Paragraph data-size="sm">{t.organiserComment}: {v.organiserComment}</Paragraph> : null}
                {v.registerEntries.length ? <Registered notes={v} /> : null}
              </div>
            ))}
          </Details.Content>
        </Details>
      ) : null}
    </section>
  );
}
