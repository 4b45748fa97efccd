/**
 * /import/varden (administrators and the steward): check a file of indicator and conditions values
 * with a dry run, then import it. Import is offered only for the very file and school form a dry run
 * accepted, so nothing unchecked reaches the values.
 */
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { ValueImportResult } from '../../../shared/api/value-import.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS } from '../../../shared/school-forms.ts';
import { api, ApiError } from '../../platform/api.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ImportActions, ImportFileField } from '../../platform/import-parts.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { valueImportText } from './value-import-dictionary.ts';
import { isValueImportResult, ValueImportResultView } from './value-import-result.tsx';

function FormatHelp() {
  const t = useText(valueImportText);
  return (
    <section aria-labelledby="formats-heading" className="section format-help">
      <Heading level={2} data-size="xs" id="formats-heading">{t.formatsHeading}</Heading>
      <List.Unordered>
        <List.Item><strong>{t.pxwebTitle}</strong> – {t.pxwebText}</List.Item>
        <List.Item><strong>{t.koladaTitle}</strong> – {t.koladaText}</List.Item>
        <List.Item>
          <strong>{t.csvTitle}</strong>
          <br /><code>{t.csvColumns}</code>
          <br />{t.csvNote}
        </List.Item>
      </List.Unordered>
    </section>
  );
}

type Busy = 'check' | 'run' | null;

/** What a dry run accepted: the file and the school form it was checked with. */
interface Accepted { file: File; schoolForm: string }

export function ValueImportPage() {
  const t = useText(valueImportText);
  const { lang } = useLang();
  const [file, setFile] = useState<File | null>(null);
  const [schoolForm, setSchoolForm] = useState('');
  const [accepted, setAccepted] = useState<Accepted | null>(null);
  const [result, setResult] = useState<ValueImportResult>();
  const [error, setError] = useState<ApiError>();
  const [missingFile, setMissingFile] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

  const reset = () => {
    setResult(undefined);
    setError(undefined);
    setAccepted(null);
  };

  const send = async (dryRun: boolean) => {
    if (busy) return;
    if (!file) {
      setMissingFile(true);
      return;
    }
    setMissingFile(false);
    setBusy(dryRun ? 'check' : 'run');
    setError(undefined);
    setResult(undefined);
    const form = new FormData();
    form.append('file', file, file.name);
    const query = new URLSearchParams({ dryRun: String(dryRun), ...(schoolForm ? { schoolForm } : {}) });
    try {
      const answer = await api<ValueImportResult>(`/api/imports/values?${query}`, { method: 'POST', form });
      setResult(answer);
      // After a real run the file is spent; a new import starts with a new check.
      setAccepted(dryRun && answer.ok ? { file, schoolForm } : null);
    } catch (caught) {
      // A real run that meets problems answers 422 with the same result shape as the dry run.
      if (caught instanceof ApiError && isValueImportResult(caught.body)) setResult(caught.body);
      else setError(caught instanceof ApiError ? caught : new ApiError(0, 'unexpected_response', String(caught)));
      setAccepted(null);
    } finally {
      setBusy(null);
    }
  };

  const canRun = accepted !== null && accepted.file === file && accepted.schoolForm === schoolForm;
  const formOptions = SCHOOL_FORMS.map((form) => ({ value: form, label: SCHOOL_FORM_LABELS[form][lang] }));
  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <FormatHelp />
      <section aria-labelledby="import-form-heading" className="section">
        <Heading level={2} data-size="xs" id="import-form-heading">{t.formHeading}</Heading>
        <form className="import-form" onSubmit={(event) => { event.preventDefault(); void send(true); }}>
          <ImportFileField text={t} accept=".json,.csv,.txt,application/json,text/csv" missing={missingFile} onFile={(chosen) => {
            setFile(chosen);
            setMissingFile(false);
            reset();
          }} />
          <SelectField
            label={t.schoolFormLabel}
            description={t.schoolFormHelp}
            value={schoolForm}
            emptyLabel={t.schoolFormFromFile}
            options={formOptions}
            onChange={(value) => {
              setSchoolForm(value);
              reset();
            }}
          />
          <ImportActions text={t} canRun={canRun} busy={busy} onRun={() => void send(false)} />
        </form>
      </section>
      <LiveStatus>
        {busy === 'check' ? <Loading label={t.checking} /> : null}
        {busy === 'run' ? <Loading label={t.importing} /> : null}
      </LiveStatus>
      {error ? <ErrorAlert error={error} announce /> : null}
      {result ? <ValueImportResultView result={result} ref={resultHeading} /> : null}
    </Page>
  );
}
