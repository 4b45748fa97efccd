/** The pair and the chosen organisers: one planned dialogue per organiser is created in the round. */
import { Button, Fieldset, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { DialogueLeader, RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import { api, type ApiError, asApiError, fieldError } from '../../../platform/api.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { useText } from '../../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { planningText } from './dictionary.ts';
import { officeName } from './labels.ts';

interface Props {
  round: RoundDetail;
  /** Chosen organisers by id, with their names. */
  chosen: ReadonlyMap<string, string>;
  onAdded: (round: RoundDetail) => void;
}

export function AddOrganisersForm({ round, chosen, onAdded }: Props) {
  const t = useText(planningText);
  const leaders = useApi<{ items: DialogueLeader[] }>('/api/dialogue-leaders');
  const [pair, setPair] = useState({ skolverket: '', spsm: '' });
  const [missing, setMissing] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  const [saving, setSaving] = useState(false);
  const optionsOf = (agency: DialogueLeader['agency']) => (leaders.data?.items ?? []).filter((l) => l.agency === agency)
    .map((l) => ({ value: l.id, label: l.officeCode ? `${l.name} (${officeName(l.officeCode)})` : l.name }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setError(undefined);
    setStatus('');
    const problem = chosen.size === 0 ? t.chooseSome : !pair.skolverket || !pair.spsm ? t.chooseBoth : undefined;
    setMissing(problem);
    if (problem) return;
    setSaving(true);
    try {
      const updated = await api<RoundDetail>(`/api/dialogue-rounds/${round.id}/dialogues`, {
        method: 'POST', body: { organiserIds: [...chosen.keys()], leaderSkolverketId: pair.skolverket, leaderSpsmId: pair.spsm },
      });
      setStatus(t.added(chosen.size));
      onAdded(updated);
    } catch (caught) {
      setError(asApiError(caught));
    } finally {
      setSaving(false);
    }
  };

  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-label={t.addHeading} noValidate>
      {error ? <ErrorAlert error={error} announce /> : null}
      {leaders.error ? <ErrorAlert error={leaders.error} /> : null}
      <Fieldset data-size="sm">
        <Fieldset.Legend>{t.colPair}</Fieldset.Legend>
        <SelectField label={t.leaderSkolverket} value={pair.skolverket} emptyLabel={t.chooseLeader} options={optionsOf('skolverket')}
          onChange={(skolverket) => setPair((p) => ({ ...p, skolverket }))} error={fieldError(error, 'leaderSkolverketId')} />
        <SelectField label={t.leaderSpsm} value={pair.spsm} emptyLabel={t.chooseLeader} options={optionsOf('spsm')}
          onChange={(spsm) => setPair((p) => ({ ...p, spsm }))} error={fieldError(error, 'leaderSpsmId')} />
      </Fieldset>
      <Paragraph data-size="sm">{t.chosen(chosen.size)}{chosen.size > 0 ? `: ${[...chosen.values()].join(', ')}` : ''}</Paragraph>
      {missing ? <Paragraph data-size="sm" role="alert" className="field-error">{missing}</Paragraph> : null}
      <LiveStatus>{status}</LiveStatus>
      <div className="form-actions"><Button type="submit" loading={saving}>{t.addChosen}</Button></div>
    </form>
  );
}
