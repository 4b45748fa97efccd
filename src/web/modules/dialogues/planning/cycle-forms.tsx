/** Creating a cycle and creating a round in a cycle; the server checks the dates and says what is wrong. */
import { Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Cycle, RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import { LIMITS } from '../../../../shared/limits.ts';
import { api, type ApiError, asApiError, fieldError } from '../../../platform/api.ts';
import { useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { planningText } from './dictionary.ts';

type Values = Record<string, string>;

/** Form state, the client's own "fill in" messages (`required`: field → message), the server's error, and a submit that runs once at a time. */
function useForm<T>(initial: Values, required: Values, send: (values: Values) => Promise<T>, done: (result: T) => void) {
  const [values, setValues] = useState(initial);
  const [missing, setMissing] = useState<Values>({});
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const set = (key: string) => (event: { currentTarget: { value: string } }) => {
    const value = event.currentTarget.value;
    setValues((current) => ({ ...current, [key]: value }));
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    const next = Object.fromEntries(Object.entries(required).filter(([k]) => !values[k]?.trim()));
    setMissing(next);
    setError(undefined);
    if (Object.keys(next).length > 0) return;
    setSaving(true);
    try {
      done(await send(values));
      setValues(initial);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };
  const errorOf = (key: string) => missing[key] ?? fieldError(error, key);
  return { values, set, submit, error, saving, errorOf };
}

export function RoundForm({ cycle, onCreated }: { cycle: Cycle; onCreated: (round: RoundDetail) => void }) {
  const t = useText(planningText);
  const [status, setStatus] = useState('');
  const form = useForm(
    { name: '', invitationDate: '', answerDeadline: '' }, { name: t.required, invitationDate: t.dateRequired, answerDeadline: t.dateRequired },
    (v) => api<RoundDetail>(`/api/dialogue-cycles/${cycle.id}/rounds`, { method: 'POST', body: { name: v.name!.trim(), invitationDate: v.invitationDate, answerDeadline: v.answerDeadline } }),
    (round) => {
      setStatus(t.created(round.name));
      onCreated(round);
    },
  );
  return (
    <form className="edit-form" onSubmit={(event) => void form.submit(event)} aria-labelledby="new-round-heading" noValidate>
      <Heading level={2} data-size="sm" id="new-round-heading">{t.newRoundHeading(cycle.name)}</Heading>
      <Paragraph data-size="sm">{t.newRoundHelp}</Paragraph>
      {form.error ? <ErrorAlert error={form.error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      <Textfield label={t.roundName} description={t.roundNameHelp} value={form.values.name} onChange={form.set('name')} required maxLength={LIMITS.nameMax}
        autoComplete="off" error={form.errorOf('name')} />
      <Textfield label={t.invitationDate} type="date" value={form.values.invitationDate} onChange={form.set('invitationDate')} required
        min={cycle.startsOn} max={cycle.endsOn} error={form.errorOf('invitationDate')} />
      <Textfield label={t.answerDeadline} type="date" value={form.values.answerDeadline} onChange={form.set('answerDeadline')} required
        error={form.errorOf('answerDeadline')} />
      <div className="form-actions"><Button type="submit" loading={form.saving}>{t.createRound}</Button></div>
    </form>
  );
}

export function CycleForm({ onCreated }: { onCreated: (cycle: Cycle) => void }) {
  const t = useText(planningText);
  const [status, setStatus] = useState('');
  const form = useForm(
    { name: '', startsOn: '', endsOn: '', offerWithinYears: '2' },
    { name: t.required, startsOn: t.dateRequired, endsOn: t.dateRequired, offerWithinYears: t.required },
    (v) => api<Cycle>('/api/dialogue-cycles', {
      method: 'POST', body: { name: v.name!.trim(), startsOn: v.startsOn, endsOn: v.endsOn, offerWithinYears: Number(v.offerWithinYears) },
    }),
    (cycle) => {
      setStatus(t.created(cycle.name));
      onCreated(cycle);
    },
  );
  return (
    <form className="edit-form" onSubmit={(event) => void form.submit(event)} aria-labelledby="new-cycle-heading" noValidate>
      <Heading level={2} data-size="sm" id="new-cycle-heading">{t.newCycleHeading}</Heading>
      <Paragraph data-size="sm">{t.newCycleHelp}</Paragraph>
      {form.error ? <ErrorAlert error={form.error} announce /> : null}
      <LiveStatus>{status}</LiveStatus>
      <Textfield label={t.cycleName} value={form.values.name} onChange={form.set('name')} required maxLength={LIMITS.nameMax} autoComplete="off"
        error={form.errorOf('name')} />
      <Textfield label={t.startsOn} type="date" value={form.values.startsOn} onChange={form.set('startsOn')} required error={form.errorOf('startsOn')} />
      <Textfield label={t.endsOn} type="date" value={form.values.endsOn} onChange={form.set('endsOn')} required error={form.errorOf('endsOn')} />
      <Textfield label={t.offerWithinYears} type="number" inputMode="numeric" min={1} max={6} value={form.values.offerWithinYears}
        onChange={form.set('offerWithinYears')} required error={form.errorOf('offerWithinYears')} />
      <div className="form-actions"><Button type="submit" loading={form.saving}>{t.createCycle}</Button></div>
    </form>
  );
}
