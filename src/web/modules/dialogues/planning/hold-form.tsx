/**
 * Registering a hold. The inspectorate liaison registers planned inspections and quality reviews (the
 * end follows from the grace period; the same reference again updates the hold); coordinators also add
 * targeted interventions and manual holds, which need a last day and a reason.
 */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { HOLD_GRACE_MONTHS, INSPECTORATE_HOLD_KINDS, type Hold } from '../../../../shared/api/dialogue-planning.ts';
import type { HoldKind } from '../../../../shared/dialogues.ts';
import { type ApiError, apiResponse, asApiError, fieldError } from '../../../platform/api.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { formatDate } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { planningText } from './dictionary.ts';
import { holdKindOptions } from './labels.ts';

const EMPTY = { orgNumber: '', plannedOn: '', startsOn: '', endsOn: '', reason: '', externalRef: '' };
type Field = keyof typeof EMPTY;

export function HoldForm({ inspectorate, onSaved }: { inspectorate: boolean; onSaved: (hold: Hold) => void }) {
  const t = useText(planningText);
  const { lang } = useLang();
  const [kind, setKind] = useState<HoldKind>('inspection');
  const [values, setValues] = useState(EMPTY);
  const [missing, setMissing] = useState<Partial<Record<Field, string>>>({});
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const planned = (INSPECTORATE_HOLD_KINDS as readonly HoldKind[]).includes(kind);
  const set = (key: Field) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const needed: Partial<Record<Field, string>> = { orgNumber: t.required, ...(planned ? { plannedOn: t.dateRequired } : { endsOn: t.dateRequired, reason: t.required }) };
    const next = Object.fromEntries(Object.entries(needed).filter(([key]) => !values[key as Field].trim()));
    setMissing(next);
    setError(undefined);
    setStatus('');
    if (Object.keys(next).length > 0) return;
    const body = {
      orgNumber: values.orgNumber.trim(), kind,
      ...(planned ? { plannedOn: values.plannedOn } : { endsOn: values.endsOn }),
      ...(values.startsOn ? { startsOn: values.startsOn } : {}),
      ...(values.reason.trim() ? { reason: values.reason.trim() } : {}),
      ...(values.externalRef.trim() ? { externalRef: values.externalRef.trim() } : {}),
    };
    setSaving(true);
    try {
      const response = await apiResponse<Hold>('/api/holds', { method: 'POST', body });
      const hold = response.data;
      const message = response.status === 201 ? t.holdSaved : t.holdUpdated;
      setStatus(message(hold.organiser.name, formatDate(hold.endsOn, lang)));
      setValues(EMPTY);
      onSaved(hold);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  const errorOf = (key: Field) => missing[key] ?? fieldError(error, key);
  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="hold-form-heading" noValidate>
      <Heading level={2} data-size="sm" id="hold-form-heading">{t.holdFormHeading}</Heading>
      <Paragraph data-size="sm">{inspectorate ? t.holdFormHelpInspectorate : t.holdFormHelp}</Paragraph>
      {error ? <ErrorAlert error={error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      <Textfield label={t.orgNumber} description={t.orgNumberHelp} value={values.orgNumber} onChange={set('orgNumber')} required maxLength={20}
        inputMode="numeric" autoComplete="off" error={errorOf('orgNumber') ?? fieldError(error, 'organiserId')} />
      <SelectField label={t.holdKind} value={kind} options={holdKindOptions(lang, inspectorate ? INSPECTORATE_HOLD_KINDS : undefined)}
        onChange={(value) => setKind(value as HoldKind)} error={fieldError(error, 'kind')} />
      {planned ? (
        <Textfield label={t.plannedOn} description={t.plannedOnHelp(HOLD_GRACE_MONTHS)} type="date" value={values.plannedOn} onChange={set('plannedOn')} required
          error={errorOf('plannedOn')} />
      ) : null}
      <Textfield label={t.holdStartsOn} description={t.holdStartsOnHelp} type="date" value={values.startsOn} onChange={set('startsOn')} error={errorOf('startsOn')} />
      {!planned ? (
        <Textfield label={t.holdEndsOn} type="date" value={values.endsOn} onChange={set('endsOn')} required error={errorOf('endsOn')} />
      ) : null}
      <Textfield label={planned ? t.reasonOptional : t.reason} value={values.reason} onChange={set('reason')} required={!planned} maxLength={500}
        autoComplete="off" error={errorOf('reason')} />
      <Textfield label={t.reference} description={t.referenceHelp} value={values.externalRef} onChange={set('externalRef')} maxLength={100}
        autoComplete="off" error={errorOf('externalRef')} />
      <div className="form-actions"><Button type="submit" loading={saving}>{t.registerHold}</Button></div>
    </form>
  );
}
