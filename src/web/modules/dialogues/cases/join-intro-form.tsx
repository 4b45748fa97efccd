/**
 * Joining another case's booked introduction: the introduction is held digitally for a group of
 * organisers, so a case of the same office can take part in one that is already booked.
 */
import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { IntroCandidate } from '../../../../shared/api/dialogue-meetings.ts';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { api } from '../../../platform/api.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { formatDate } from '../../../platform/format.ts';
import { clockRange } from '../../../platform/format-days.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';
import { NO_PARTICIPANT, ParticipantField, participantsOf } from './participant-field.tsx';
import { useAction } from './use-action.ts';

export function JoinIntroForm({ detail, onChanged }: { detail: DialogueDetail; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const action = useAction();
  const candidates = useApi<{ items: IntroCandidate[] }>(`/api/dialogues/${detail.id}/intro-meetings`);
  const [meetingId, setMeetingId] = useState('');
  const [person, setPerson] = useState(NO_PARTICIPANT);
  const [missing, setMissing] = useState<string>();
  const items = candidates.data?.items ?? [];
  if (items.length === 0) return null;

  const submit = () => {
    if (!meetingId) { setMissing(t.meetingRequired); return; }
    setMissing(undefined);
    void action.run(async () => {
      onChanged(await api<DialogueDetail>(`/api/dialogues/${detail.id}/intro-meetings/${meetingId}/join`, {
        method: 'POST',
        body: { participants: participantsOf(person) },
      }));
      return t.joined;
    });
  };
  return (
    <form className="edit-form" aria-labelledby="join-heading" noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <Heading level={3} data-size="xs" id="join-heading">{t.joinHeading}</Heading>
      <Paragraph data-size="sm">{t.joinHelp}</Paragraph>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      <SelectField label={t.joinMeeting} value={meetingId} onChange={setMeetingId} emptyLabel={t.chooseMeeting} error={missing}
        options={items.map((m) => ({ value: m.id, label: t.joinOption(`${formatDate(m.start, lang)} ${clockRange(m.start, m.end, lang)}`, m.organisers.join(', ')) }))} />
      <ParticipantField value={person} onChange={setPerson} />
      <div className="button-row"><Button type="submit" disabled={action.busy}>{t.join}</Button></div>
    </form>
  );
}
