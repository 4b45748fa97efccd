/** Invites one colleague at a time: name, e-mail and what part of the organisation they speak for. */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { api, ApiError, asApiError, fieldError } from '../../platform/api.ts';
import { useText } from '../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../platform/status.tsx';
import { selfAssessmentText } from './dictionary.ts';

type Field = 'name' | 'email' | 'position';
const EMPTY = { name: '', email: '', position: '' };

const respondentError = (error: ApiError | undefined, field: Field) => fieldError(error, `respondents.0.${field}`, `respondents[0].${field}`);

export function InviteForm({ id, onInvited }: { id: string; onInvited: (detail: SelfAssessmentDetail) => void }) {
  const t = useText(selfAssessmentText);
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const set = (key: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const nextMissing = {
      ...(values.name.trim() ? {} : { name: t.nameRequired }),
      ...(values.email.trim() ? {} : { email: t.emailRequired }),
      ...(values.position.trim() ? {} : { position: t.positionRequired }),
    };
    setMissing(nextMissing);
    setError(undefined);
    setStatus('');
    if (Object.keys(nextMissing).length > 0) return;
    setSaving(true);
    try {
      const respondent = { name: values.name.trim(), email: values.email.trim(), position: values.position.trim() };
      onInvited(await api<SelfAssessmentDetail>(`/api/self-assessments/${id}/invitations`, { method: 'POST', body: { respondents: [respondent] } }));
      setStatus(t.invited(respondent.name));
      setValues(EMPTY);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="invite-heading" noValidate>
      <Heading level={2} data-size="sm" id="invite-heading">{t.inviteHeading}</Heading>
      <Paragraph data-size="sm">{t.inviteHelp}</Paragraph>
      {error ? <ErrorAlert error={error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      <Textfield label={t.colName} value={values.name} onChange={set('name')} required maxLength={200} autoComplete="off"
        error={missing.name ?? respondentError(error, 'name')} />
      <Textfield label={t.emailLabel} type="email" value={values.email} onChange={set('email')} required maxLength={254} autoComplete="off"
        error={missing.email ?? respondentError(error, 'email')} />
      <Textfield label={t.positionLabel} description={t.positionHelp} value={values.position} onChange={set('position')} required maxLength={200}
        error={missing.position ?? respondentError(error, 'position')} />
      <div className="button-row">
        <Button type="submit" disabled={saving}>{t.invite}</Button>
      </div>
    </form>
  );
}
