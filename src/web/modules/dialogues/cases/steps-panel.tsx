/**
 * The steps the caller can take now, each with why it cannot be taken yet. Representatives answer
 * the invitation here (a reason is asked for a no); the pair marks meetings held and closes.
 */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { DECLINE_REASON_LABELS, DECLINE_REASONS } from '../../../../shared/dialogues.ts';
import { api } from '../../../platform/api.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { caseText } from './dictionary.ts';
import { useAction } from './use-action.ts';

/** Steps that need words from the user before they are taken. */
const NEEDS_INPUT = new Set(['decline', 'withdraw']);

export function StepsPanel({ detail, canRun, onChanged }: { detail: DialogueDetail; canRun: boolean; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const action = useAction();
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const [missing, setMissing] = useState<string>();

  const take = (event: string, extra: Record<string, unknown> = {}) => action.run(async () => {
    const next = await api<DialogueDetail>(`/api/dialogues/${detail.id}/events`, {
      method: 'POST', body: { event, ...extra }, headers: { 'if-match': `"${detail.version}"` },
    });
    onChanged(next);
    return t.stepDone(t.events[event] ?? event);
  });

  const ready = detail.possibleEvents.filter((e) => (detail.blockers[e] ?? []).length === 0 && !NEEDS_INPUT.has(e));
  const blocked = detail.possibleEvents.filter((e) => (detail.blockers[e] ?? []).length > 0 && !NEEDS_INPUT.has(e));
  const canDecline = detail.possibleEvents.includes('decline');
  const canWithdraw = detail.possibleEvents.includes('withdraw');

  return (
    <section aria-labelledby="steps-heading" className="case-section">
      <Heading level={2} data-size="sm" id="steps-heading">{t.stepsHeading}</Heading>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      {detail.possibleEvents.length === 0 ? <Paragraph data-size="sm">{t.noSteps}</Paragraph> : null}
      {ready.length > 0 ? (
        <div className="button-row">
          {ready.map((e) => <Button key={e} onClick={() => void take(e)} disabled={action.busy}>{t.events[e]}</Button>)}
        </div>
      ) : null}
      {canRun && detail.state === 'invited' ? (
        <div className="button-row">
          <Button variant="secondary" disabled={action.busy} onClick={() => void action.run(async () => {
            const { sent } = await api<{ sent: number }>(`/api/dialogues/${detail.id}/reminders`, { method: 'POST', body: {} });
            return t.reminded(sent);
          })}>{t.remind}</Button>
        </div>
      ) : null}
      {blocked.length > 0 ? (
        <ul className="blockers">
          {blocked.map((e) => (
            <li key={e}><strong>{t.events[e]}</strong> – {t.cannotYet} {(detail.blockers[e] ?? []).join(' ')}</li>
          ))}
        </ul>
      ) : null}
      {canDecline ? (
        <form className="edit-form" aria-labelledby="decline-heading" noValidate onSubmit={(event) => {
          event.preventDefault();
          if (!reason) { setMissing(t.reasonRequired); return; }
          setMissing(undefined);
          void take('decline', { declineReason: reason, ...(note.trim() ? { note: note.trim() } : {}) });
        }}>
          <Heading level={3} data-size="xs" id="decline-heading">{t.declineHeading}</Heading>
          <SelectField label={t.declineReason} value={reason} onChange={setReason} emptyLabel={t.chooseReason}
            options={DECLINE_REASONS.filter((r) => r !== 'no_answer').map((r) => ({ value: r, label: DECLINE_REASON_LABELS[r][lang] }))} />
          {missing ? <Paragraph data-size="sm" className="field-error" role="alert">{missing}</Paragraph> : null}
          <Textfield label={t.declineNote} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000} />
          <div className="button-row"><Button type="submit" variant="secondary" disabled={action.busy}>{t.events.decline}</Button></div>
        </form>
      ) : null}
      {canWithdraw ? (
        <form className="edit-form" noValidate onSubmit={(event) => {
          event.preventDefault();
          if (!note.trim()) { setMissing(t.withdrawRequired); return; }
          setMissing(undefined);
          void take('withdraw', { note: note.trim() });
        }}>
          <Textfield label={t.withdrawReason} value={note} onChange={(e) => setNote(e.currentTarget.value)} maxLength={1000}
            error={!canDecline ? missing : undefined} />
          <div className="button-row"><Button type="submit" variant="tertiary" disabled={action.busy}>{t.events.withdraw}</Button></div>
        </form>
      ) : null}
    </section>
  );
}
