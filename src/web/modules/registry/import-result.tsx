/** What a dry run or an import found: the problems line by line, or what changes. */
import { Alert, Paragraph, Table } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import type { ImportResult } from '../../../shared/api/registry.ts';
import { formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { importText } from './import-dictionary.ts';
import { ImportResultFrame, isImportResultShape } from '../../platform/import-parts.tsx';

export const isImportResult = (value: unknown): value is ImportResult => isImportResultShape<ImportResult>(value);

function SummaryTable({ result }: { result: ImportResult }) {
  const t = useText(importText);
  const { lang } = useLang();
  const rows = [
    { label: t.organisers, counts: result.summary.organisers },
    { label: t.units, counts: result.summary.units },
  ];
  return (
    <Table data-size="sm" className="data-table summary-table">
      <caption>{result.dryRun ? t.summaryCaptionDryRun : t.summaryCaptionDone}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colWhat}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t.colCreated}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t.colUpdated}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t.colUnchanged}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.label}>
            <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
            <Table.Cell className="numeric">{formatNumber(row.counts.created, lang)}</Table.Cell>
            <Table.Cell className="numeric">{formatNumber(row.counts.updated, lang)}</Table.Cell>
            <Table.Cell className="numeric">{formatNumber(row.counts.unchanged, lang)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

export const ImportResultView = forwardRef<HTMLHeadingElement, { result: ImportResult }>(function ImportResultView({ result }, ref) {
  const t = useText(importText);
  return (
    <ImportResultFrame ref={ref} text={t} formatLabel={t.formats[result.format] ?? result.format} failed={!result.ok || result.problems.length > 0} problems={result.problems}>
      <Alert data-color="success"><Paragraph>{result.dryRun ? t.dryRunOk : t.imported}</Paragraph></Alert>
      <SummaryTable result={result} />
    </ImportResultFrame>
  );
});
