/**
 * The case's meetings and the form to book the next one. The form starts on the meeting the case
 * needs next, with the usual times, so that booking is a date and a link or place. Before its
 * introduction a case may instead join one that another case of the office has booked.
 */
import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { DialogueDetail } from '../../../../shared/api/dialogues.ts';
import { DIGITAL_MEETINGS, MEETING_KIND_LABELS, MEETING_KINDS, type DialogueState, type MeetingKind } from '../../../../shared/dialogues.ts';
import { api, fieldError } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { SelectField } from '../../../platform/fields.tsx';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { caseText } from './dictionary.ts';
import { clockRange } from '../../../platform/format-days.ts';
import { stockholmInstant } from './stockholm-time.ts';
import { JoinIntroForm } from './join-intro-form.tsx';
import { NO_PARTICIPANT, ParticipantField, participantsOf } from './participant-field.tsx';
import { useAction } from './use-action.ts';

const NEXT_KIND: Partial<Record<DialogueState, MeetingKind>> = {
  accepted: 'intro', intro_held: 'pre_meeting', pre_meeting_held: 'physical', physical_held: 'feedback', feedback_held: 'follow_up',
};
const USUAL_TIMES: Record<MeetingKind, [string, string]> = {
  intro: ['09:00', '10:00'], pre_meeting: ['09:00', '10:30'], physical: ['09:00', '15:00'], feedback: ['09:00', '10:30'], follow_up: ['09:00', '10:30'],
};

function BookForm({ detail, onChanged }: { detail: DialogueDetail; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const action = useAction();
  const [kind, setKind] = useState<MeetingKind>(NEXT_KIND[detail.state] ?? 'intro');
  const [date, setDate] = useState('');
  const [start, setStart] = useState(USUAL_TIMES[kind][0]);
  const [end, setEnd] = useState(USUAL_TIMES[kind][1]);
  const [place, setPlace] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [person, setPerson] = useState(NO_PARTICIPANT);
  const [missing, setMissing] = useState<string>();
  const digital = DIGITAL_MEETINGS.includes(kind);
  const chooseKind = (value: string) => {
    const next = value as MeetingKind;
    setKind(next);
    setStart(USUAL_TIMES[next][0]);
    setEnd(USUAL_TIMES[next][1]);
  };
  const submit = () => {
    if (!date) { setMissing(t.dateRequired); return; }
    setMissing(undefined);
    void action.run(async () => {
      onChanged(await api<DialogueDetail>(`/api/dialogues/${detail.id}/meetings`, {
        method: 'POST',
        body: {
          kind, start: stockholmInstant(date, start), end: stockholmInstant(date, end),
          place: place.trim() || null, videoUrl: videoUrl.trim() || null,
          participants: participantsOf(person),
        },
      }));
      setDate('');
      return t.booked;
    });
  };
  return (
    <form className="edit-form" aria-labelledby="book-heading" noValidate onSubmit={(event) => { event.preventDefault(); submit(); }}>
      <Heading level={3} data-size="xs" id="book-heading">{t.bookHeading}</Heading>
      <Paragraph data-size="sm">{t.bookHelp}</Paragraph>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      <SelectField label={t.kind} value={kind} onChange={chooseKind} options={MEETING_KINDS.map((k) => ({ value: k, label: MEETING_KIND_LABELS[k][lang] }))} />
      <div className="field-row">
        <Textfield label={t.date} type="date" value={date} onChange={(e) => setDate(e.currentTarget.value)} required
          error={missing ?? fieldError(action.error, 'start')} />
        <Textfield label={t.startTime} type="time" value={start} onChange={(e) => setStart(e.currentTarget.value)} required />
        <Textfield label={t.endTime} type="time" value={end} onChange={(e) => setEnd(e.currentTarget.value)} required error={fieldError(action.error, 'end')} />
      </div>
      {digital || kind === 'follow_up'
        ? <Textfield label={t.videoUrl} type="url" value={videoUrl} onChange={(e) => setVideoUrl(e.currentTarget.value)} placeholder="https://" error={fieldError(action.error, 'videoUrl')} />
        : null}
      {!digital ? <Textfield label={t.place} value={place} onChange={(e) => setPlace(e.currentTarget.value)} maxLength={300} error={fieldError(action.error, 'place')} /> : null}
      <ParticipantField value={person} onChange={setPerson} />
      <div className="button-row"><Button type="submit" disabled={action.busy}>{t.book}</Button></div>
    </form>
  );
}

export function MeetingsSection({ detail, canRun, onChanged }: { detail: DialogueDetail; canRun: boolean; onChanged: (d: DialogueDetail) => void }) {
  const t = useText(caseText);
  const { lang } = useLang();
  const action = useAction();
  const bookable = canRun && NEXT_KIND[detail.state] !== undefined;
  const cancel = (id: string, version: number) => void action.run(async () => {
    // `dialogue`: a shared introduction belongs to several cases; the answer is this one.
    onChanged(await api<DialogueDetail>(`/api/dialogue-meetings/${id}/cancel?dialogue=${detail.id}`, { method: 'POST', body: {}, headers: { 'if-match': `"${version}"` } }));
    return t.cancelled;
  });
  return (
    <section aria-labelledby="meetings-heading" className="case-section">
      <Heading level={2} data-size="sm" id="meetings-heading">{t.meetingsHeading}</Heading>
      {action.error ? <ErrorAlert error={action.error} announce /> : null}
      <LiveStatus>{action.status}</LiveStatus>
      {detail.meetings.length === 0 ? <Paragraph data-size="sm">{t.noMeetings}</Paragraph> : (
        <DataTable caption={t.meetingCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colKind}</Table.HeaderCell>
              <Table.HeaderCell>{t.colWhen}</Table.HeaderCell>
              <Table.HeaderCell>{t.colWhere}</Table.HeaderCell>
              <Table.HeaderCell>{t.colParticipants}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {detail.meetings.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{MEETING_KIND_LABELS[m.kind][lang]}</Table.Cell>
                <Table.Cell>{formatDate(m.startsAt, lang)} {clockRange(m.startsAt, m.endsAt, lang)}</Table.Cell>
                <Table.Cell>{m.place ?? (m.videoUrl ? <a href={m.videoUrl}>{m.videoUrl}</a> : t.none)}</Table.Cell>
                <Table.Cell>{m.participants.map((p) => p.name).join(', ')}</Table.Cell>
                <Table.Cell>
                  {t.meetingStatus[m.status]}
                  {canRun && m.status === 'planned' ? (
                    <> <Button variant="tertiary" data-size="sm" onClick={() => cancel(m.id, m.version)} disabled={action.busy}
                      aria-label={`${t.cancelMeeting}: ${MEETING_KIND_LABELS[m.kind][lang]} ${formatDate(m.startsAt, lang)}`}>{t.cancelMeeting}</Button></>
                  ) : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
      {bookable && detail.state === 'accepted' && !detail.meetings.some((m) => m.kind === 'intro' && m.status !== 'cancelled')
        ? <JoinIntroForm detail={detail} onChanged={onChanged} /> : null}
      {bookable ? <BookForm key={detail.state} detail={detail} onChanged={onChanged} /> : null}
    </section>
  );
}
