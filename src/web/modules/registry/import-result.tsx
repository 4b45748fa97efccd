/** What a dry run or an import found: the problems line by line, or what changes. */
import { Alert, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { forwardRef } from 'react';
import type { ImportResult } from '../../../shared/api/registry.ts';
import { formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { importText } from './import-dictionary.ts';
import { ProblemTable } from '../../platform/import-parts.tsx';

export function isImportResult(value: unknown): value is ImportResult {
  const candidate = value as Partial<ImportResult> | null;
  return typeof candidate === 'object' && candidate !== null && Array.isArray(candidate.problems) && typeof candidate.summary === 'object';
}

function Problems({ result }: { result: ImportResult }) {
  const t = useText(importText);
  return <ProblemTable caption={t.problemsCaption} columns={{ line: t.colLine, field: t.colField, problem: t.colProblem }} problems={result.problems} />;
}

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

/** The heading takes focus when a result arrives, so that the result is read first. */
export const ImportResultView = forwardRef<HTMLHeadingElement, { result: ImportResult }>(function ImportResultView({ result }, ref) {
  const t = useText(importText);
  const { lang } = useLang();
  const failed = !result.ok || result.problems.length > 0;
  return (
    <section aria-labelledby="result-heading" className="section">
      <Heading level={2} data-size="sm" id="result-heading" ref={ref} tabIndex={-1}>{t.resultHeading}</Heading>
      <Paragraph data-size="sm">{t.format}: {t.formats[result.format] ?? result.format}</Paragraph>
      {failed ? (
        <>
          <Alert data-color="danger"><Paragraph>{t.problemsFound(formatNumber(result.problems.length, lang))}</Paragraph></Alert>
          <Problems result={result} />
        </>
      ) : (
        <>
          <Alert data-color="success"><Paragraph>{result.dryRun ? t.dryRunOk : t.imported}</Paragraph></Alert>
          <SummaryTable result={result} />
        </>
      )}
    </section>
  );
});
