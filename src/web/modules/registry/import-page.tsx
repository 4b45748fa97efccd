/**
 * /import (administrators): check a registry file with a dry run, then import it. Import is offered
 * only for the very file a dry run accepted, so nothing unchecked reaches the registry.
 */
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useText } from '../../platform/i18n.tsx';
import { ImportActions, ImportFileField } from '../../platform/import-parts.tsx';
import { Page } from '../../platform/page.tsx';
import { useImportRun } from '../../platform/use-import-run.ts';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { importText } from './import-dictionary.ts';
import { ImportResultView, isImportResult } from './import-result.tsx';

function FormatHelp() {
  const t = useText(importText);
  return (
    <section aria-labelledby="formats-heading" className="section format-help">
      <Heading level={2} data-size="xs" id="formats-heading">{t.formatsHeading}</Heading>
      <List.Unordered>
        <List.Item>
          <strong>{t.csvTitle}</strong>
          <br />{t.csvOrganisers} <code>{t.csvOrganiserColumns}</code>
          <br />{t.csvUnits} <code>{t.csvUnitColumns}</code>
          <br />{t.csvNote}
        </List.Item>
        <List.Item><strong>{t.xlsxTitle}</strong> – {t.xlsxText}</List.Item>
        <List.Item><strong>{t.jsonTitle}</strong> – {t.jsonText}</List.Item>
      </List.Unordered>
    </section>
  );
}

const ACCEPT = '.csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

export function ImportPage() {
  const t = useText(importText);
  const run = useImportRun(isImportResult);
  const send = (dryRun: boolean) => run.send(dryRun, (d) => `/api/imports/registry?dryRun=${d}`);
  const { busy, error, result } = run;
  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <FormatHelp />
      <section aria-labelledby="import-form-heading" className="section">
        <Heading level={2} data-size="xs" id="import-form-heading">{t.formHeading}</Heading>
        <form className="import-form" onSubmit={(event) => { event.preventDefault(); void send(true); }}>
          <ImportFileField text={t} accept={ACCEPT} missing={run.missingFile} onFile={run.chooseFile} />
          <ImportActions text={t} canRun={run.canRun()} busy={busy} onRun={() => void send(false)} />
        </form>
      </section>
      <LiveStatus>
        {busy === 'check' ? <Loading label={t.checking} /> : null}
        {busy === 'run' ? <Loading label={t.importing} /> : null}
      </LiveStatus>
      {error ? <ErrorAlert error={error} announce /> : null}
      {result ? <ImportResultView result={result} ref={run.resultHeading} /> : null}
    </Page>
  );
}
