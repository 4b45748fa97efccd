/** An agency's internal notes on the case: the caller's agency's, and the other agency's shared ones. */
import { Button, Checkbox, Field, Heading, Label, Paragraph, Tag, Textarea } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { z } from 'zod';
import type { agencyNoteList } from '../../../../shared/api/dialogues.ts';
import { api } from '../../../platform/api.ts';
import { formatDateTime } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

type NoteList = z.infer<typeof agencyNoteList>;

export function AgencyNotesSection({ dialogueId }: { dialogueId: string }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const { data, error, setData } = useApi<NoteList>(`/api/dialogues/${dialogueId}/agency-notes`);
  const action = useAction();
  const [text, setText] = useState('');
  const [shared, setShared] = useState(false);
  const id = useId();
  return (
    <section aria-labelledby="agency-notes-heading" className="case-section">
      <Heading level={2} data-size="sm" id="agency-notes-heading">{t.agencyNotesHeading}</Heading>
      <Paragraph data-size="sm">{t.agencyNotesHelp}</Paragraph>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph data-size="sm">{t.agencyNotesNone}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <ul className="agency-notes">
          {data.items.map((n) => (
            <li key={n.id}>
              <Paragraph data-size="sm">{n.text}</Paragraph>
              <Paragraph data-size="xs">{n.authorName}, {t.agencies[n.agency]}, {formatDateTime(n.createdAt, lang)} {n.shared ? <Tag data-size="sm">{t.sharedMark}</Tag> : null}</Paragraph>
            </li>
          ))}
        </ul>
      ) : null}
      <form className="edit-form" noValidate onSubmit={(event) => {
        event.preventDefault();
        if (!text.trim()) return;
        void action.run(async () => {
          setData(await api<NoteList>(`/api/dialogues/${dialogueId}/agency-notes`, { method: 'POST', body: { text: text.trim(), shared } }));
          setText('');
          setShared(false);
          return t.saved;
        });
      }}>
        {action.error ? <ErrorAlert error={action.error} announce /> : null}
        <LiveStatus>{action.status}</LiveStatus>
        <Field><Label htmlFor={id}>{t.agencyNoteText}</Label><Textarea id={id} rows={3} value={text} maxLength={5000} onChange={(e) => setText(e.currentTarget.value)} /></Field>
        <Checkbox label={t.agencyNoteShared} checked={shared} onChange={(e) => setShared(e.currentTarget.checked)} />
        <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.addAgencyNote}</Button></div>
      </form>
    </section>
  );
}
