/** What a dry run or an import of values found: the problems by line or field, or what changes and what was skipped. */
import { Alert, Heading, List, Paragraph, Table } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import type { ValueImportResult } from '../../../shared/api/value-import.ts';
import { ImportResultFrame, isImportResultShape } from '../../platform/import-parts.tsx';
import { formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { valueImportText } from './value-import-dictionary.ts';

export const isValueImportResult = (value: unknown): value is ValueImportResult => isImportResultShape<ValueImportResult>(value);

function SummaryTable({ result }: { result: ValueImportResult }) {
  const t = useText(valueImportText);
  const { lang } = useLang();
  const { summary } = result;
  const rows = [
    { label: t.inserted, count: summary.inserted },
    { label: t.updated, count: summary.updated },
    { label: t.unchanged, count: summary.unchanged },
    { label: t.skippedCountry, count: summary.skippedCountry },
    { label: t.skippedUnits, count: summary.skippedUnits },
  ];
  return (
    <Table data-size="sm" className="data-table summary-table">
      <caption>{result.dryRun ? t.summaryCaptionDryRun : t.summaryCaptionDone}</caption>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colWhat}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t.colCount}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.label}>
            <Table.HeaderCell scope="row">{row.label}</Table.HeaderCell>
            <Table.Cell className="numeric">{formatNumber(row.count, lang)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </Table>
  );
}

function Warnings({ warnings }: { warnings: string[] }) {
  const t = useText(valueImportText);
  if (warnings.length === 0) return null;
  return (
    <Alert data-color="warning">
      <Heading level={3} data-size="2xs">{t.warningsHeading}</Heading>
      <List.Unordered>
        {warnings.map((warning) => <List.Item key={warning}>{warning}</List.Item>)}
      </List.Unordered>
    </Alert>
  );
}

export const ValueImportResultView = forwardRef<HTMLHeadingElement, { result: ValueImportResult }>(function ValueImportResultView({ result }, ref) {
  const t = useText(valueImportText);
  const changed = result.summary.inserted + result.summary.updated > 0;
  const formatLabel = result.format ? (t.formats[result.format] ?? result.format) : t.unknownFormat;
  return (
    <ImportResultFrame ref={ref} text={t} formatLabel={formatLabel} failed={!result.ok || result.problems.length > 0} problems={result.problems}>
      <Alert data-color="success">
        <Paragraph>{result.dryRun ? t.dryRunOk : changed ? t.imported : t.nothingChanged}</Paragraph>
      </Alert>
      <Warnings warnings={result.warnings} />
      <SummaryTable result={result} />
    </ImportResultFrame>
  );
});
