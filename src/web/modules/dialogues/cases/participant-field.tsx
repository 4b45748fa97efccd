/** One participant from the organiser on a meeting: a name, and the address and role once there is a name. */
import { Textfield } from '@digdir/designsystemet-react';
import { useText } from '../../../platform/i18n.tsx';
import { caseText } from './dictionary.ts';

export interface Participant {
  name: string;
  email: string;
  title: string;
}

export const NO_PARTICIPANT: Participant = { name: '', email: '', title: '' };

/** What the API takes: nobody when no name is given. */
export const participantsOf = (p: Participant) =>
  (p.name.trim() ? [{ name: p.name.trim(), email: p.email.trim() || null, title: p.title.trim() || null }] : []);

export function ParticipantField({ value, onChange }: { value: Participant; onChange: (p: Participant) => void }) {
  const t = useText(caseText);
  return (
    <>
      <Textfield label={t.participantName} value={value.name} onChange={(e) => onChange({ ...value, name: e.currentTarget.value })} maxLength={200} autoComplete="off" />
      {value.name.trim() ? (
        <>
          <Textfield label={t.participantEmail} type="email" value={value.email} onChange={(e) => onChange({ ...value, email: e.currentTarget.value })} autoComplete="off" />
          <Textfield label={t.participantTitle} value={value.title} onChange={(e) => onChange({ ...value, title: e.currentTarget.value })} maxLength={200} />
        </>
      ) : null}
    </>
  );
}
