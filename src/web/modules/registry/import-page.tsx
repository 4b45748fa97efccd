/**
 * /import (administrators): check a registry file with a dry run, then import it. Import is offered
 * only for the very file a dry run accepted, so nothing unchecked reaches the registry.
 */
import { Heading, List, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { ImportResult } from '../../../shared/api/registry.ts';
import { api, ApiError } from '../../platform/api.ts';
import { useText } from '../../platform/i18n.tsx';
import { ImportActions, ImportFileField } from '../../platform/import-parts.tsx';
import { Page } from '../../platform/page.tsx';
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

type Busy = 'check' | 'run' | null;

export function ImportPage() {
  const t = useText(importText);
  const [file, setFile] = useState<File | null>(null);
  const [accepted, setAccepted] = useState<File | null>(null);
  const [result, setResult] = useState<ImportResult>();
  const [error, setError] = useState<ApiError>();
  const [missingFile, setMissingFile] = useState(false);
  const [busy, setBusy] = useState<Busy>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  useEffect(() => {
    if (result) resultHeading.current?.focus();
  }, [result]);

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
    try {
      const answer = await api<ImportResult>(`/api/imports/registry?dryRun=${dryRun}`, { method: 'POST', form });
      setResult(answer);
      // After a real run the file is spent; a new import starts with a new check.
      setAccepted(dryRun && answer.ok ? file : null);
    } catch (caught) {
      // A real run that meets problems answers 422 with the same result shape as the dry run.
      if (caught instanceof ApiError && isImportResult(caught.body)) setResult(caught.body);
      else setError(caught instanceof ApiError ? caught : new ApiError(0, 'unexpected_response', String(caught)));
      setAccepted(null);
    } finally {
      setBusy(null);
    }
  };

  const canRun = accepted !== null && accepted === file;
  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <FormatHelp />
      <section aria-labelledby="import-form-heading" className="section">
        <Heading level={2} data-size="xs" id="import-form-heading">{t.formHeading}</Heading>
        <form className="import-form" onSubmit={(event) => { event.preventDefault(); void send(true); }}>
          <ImportFileField text={t} accept=".csv,.xlsx,.json,text/csv,application/json,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" missing={missingFile} onFile={(chosen) => {
            setFile(chosen);
            setResult(undefined);
            setError(undefined);
            setAccepted(null);
            setMissingFile(false);
          }} />
          <ImportActions text={t} canRun={canRun} busy={busy} onRun={() => void send(false)} />
        </form>
      </section>
      <LiveStatus>
        {busy === 'check' ? <Loading label={t.checking} /> : null}
        {busy === 'run' ? <Loading label={t.importing} /> : null}
      </LiveStatus>
      {error ? <ErrorAlert error={error} announce /> : null}
      {result ? <ImportResultView result={result} ref={resultHeading} /> : null}
    </Page>
  );
}
