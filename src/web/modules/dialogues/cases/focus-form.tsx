/** The focus question and purpose agreed at the pre-meeting; the pair records them here. */
import { Button, Heading, Paragraph, Textarea, Label, Field } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { api } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

export function FocusForm({ detail, onChanged }: { detail: DialogueDetail; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const action = useAction();
  const [focus, setFocus] = useState(detail.focusQuestion ?? '');
  const [purpose, setPurpose] = useState(detail.purpose ?? '');
  const focusId = useId();
  const purposeId = useId();
  return (
    <form className="edit-form case-section" aria-labelledby="focus-heading" noValidate onSubmit={(event) => {
      event.preventDefault();
      void action.run(async () => {
        onChanged(await api<DialogueDetail>(`/api/dialogues/${detail.id}`, {
          method: 'PATCH', body: { focusQuestion: focus.trim() || null, purpose: purpose.trim() || null }, headers: { 'if-match': `"${detail.version}"` },
        }));
        return t.saved;
      });
    }}>
      <Heading level={2} data-size="sm" id="focus-heading">{t.focusHeading}</Heading>
      <Paragraph data-size="sm">{t.focusHelp}</Paragraph>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      <Field><Label htmlFor={focusId}>{t.focusQuestion}</Label><Textarea id={focusId} rows={2} value={focus} maxLength={1000} onChange={(e) => setFocus(e.currentTarget.value)} /></Field>
      <Field><Label htmlFor={purposeId}>{t.purpose}</Label><Textarea id={purposeId} rows={2} value={purpose} maxLength={1000} onChange={(e) => setPurpose(e.currentTarget.value)} /></Field>
      <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.save}</Button></div>
    </form>
  );
}
