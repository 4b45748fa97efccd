/**
 * /import/varden (administrators and the steward): check a file of indicator and conditions values
 * with a dry run, then import it. Import is offered only for the very file and school form a dry run
 * accepted, so nothing unchecked reaches the values.
 */
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS } from '../../../shared/school-forms.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ImportActions, ImportFileField } from '../../platform/import-parts.tsx';
import { Page } from '../../platform/page.tsx';
import { useImportRun } from '../../platform/use-import-run.ts';
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

export function ValueImportPage() {
  const t = useText(valueImportText);
  const { lang } = useLang();
  const [schoolForm, setSchoolForm] = useState('');
  const run = useImportRun(isValueImportResult);
  const send = (dryRun: boolean) => run.send(dryRun, (d) => {
    const query = new URLSearchParams({ dryRun: String(d), ...(schoolForm ? { schoolForm } : {}) });
    return `/api/imports/values?${query}`;
  }, schoolForm);
  const { busy, error, result } = run;
  const canRun = run.canRun(schoolForm);
  const formOptions = SCHOOL_FORMS.map((form) => ({ value: form, label: SCHOOL_FORM_LABELS[form][lang] }));
  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <FormatHelp />
      <section aria-labelledby="import-form-heading" className="section">
        <Heading level={2} data-size="xs" id="import-form-heading">{t.formHeading}</Heading>
        <form className="import-form" onSubmit={(event) => { event.preventDefault(); void send(true); }}>
          <ImportFileField text={t} accept=".json,.csv,.txt,application/json,text/csv" missing={run.missingFile} onFile={run.chooseFile} />
          <SelectField
            label={t.schoolFormLabel}
            description={t.schoolFormHelp}
            value={schoolForm}
            emptyLabel={t.schoolFormFromFile}
            options={formOptions}
            onChange={(value) => {
              setSchoolForm(value);
              run.reset();
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
      {result ? <ValueImportResultView result={result} ref={run.resultHeading} /> : null}
    </Page>
  );
}
