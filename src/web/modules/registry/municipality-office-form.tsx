/** An administrator moves a municipality to another office's area, or back to the nearest office. */
import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { ReferenceData } from '../../../shared/api/registry.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { officeName, officeOptions } from './labels.ts';
import { municipalityText } from './municipality-dictionary.ts';
import { municipalityOptions } from './reference.ts';

const NEAREST = 'nearest';

export function MunicipalityOfficeForm({ reference, onSaved }: { reference: ReferenceData; onSaved: () => void }) {
  const t = useText(municipalityText);
  const { lang } = useLang();
  const [code, setCode] = useState('');
  const [office, setOffice] = useState(NEAREST);
  const [error, setError] = useState<ApiError>();
  const [done, setDone] = useState<string>();
  const [saving, setSaving] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const municipality = reference.municipalities.find((m) => m.code === code);
    if (!municipality || saving) return;
    setSaving(true);
    setError(undefined);
    setDone(undefined);
    try {
      const saved = await api<{ name: string; officeCode: string }>(`/api/municipalities/${code}/office`, {
        method: 'PATCH',
        body: { officeCode: office === NEAREST ? null : office, version: municipality.version },
      });
      setDone(t.saved(saved.name, officeName(saved.officeCode)));
      onSaved();
    } catch (caught) {
      const failure = asApiError(caught);
      setError(failure);
      if (failure.status === 412) onSaved();
    } finally {
      setSaving(false);
    }
  };

  return (
    <section aria-labelledby="office-form-heading" className="office-form">
      <Heading level={2} data-size="sm" id="office-form-heading">{t.changeHeading}</Heading>
      <form onSubmit={submit}>
        <SelectField label={t.municipality} value={code} emptyLabel={t.chooseMunicipality} options={municipalityOptions(reference)} onChange={setCode} />
        <SelectField label={t.office} value={office} options={[{ value: NEAREST, label: t.nearestChoice }, ...officeOptions(lang)]} onChange={setOffice} />
        <Button type="submit" disabled={!code || saving}>{t.save}</Button>
      </form>
      {error ? <ErrorAlert error={error} announce message={error.status === 412 ? t.conflict : undefined} /> : null}
      {done ? <Alert data-color="success" role="status"><Paragraph>{done}</Paragraph></Alert> : null}
    </section>
  );
}
