/** The organiser's stored analysis-basis documents (built by batches), newest first, each to download. */
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import type { BasisSnapshotList } from '../../../shared/api/basis-batch.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDateTime, formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { basisBatchText } from './dictionary.ts';

export function SnapshotList({ organiserId }: { organiserId: string }) {
  const t = useText(basisBatchText);
  const { lang } = useLang();
  const { data, error, loading } = useApi<BasisSnapshotList>(`/api/organisers/${organiserId}/analysis-basis/snapshots`);
  return (
    <section aria-labelledby="snapshots-heading" className="section">
      <Heading level={2} data-size="sm" id="snapshots-heading">{t.snapshotsHeading}</Heading>
      {error ? <ErrorAlert error={error} /> : null}
      {loading && !data ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph data-size="sm">{t.noSnapshots}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t.snapshotsCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colCreated}</Table.HeaderCell>
              <Table.HeaderCell>{t.colFormat}</Table.HeaderCell>
              <Table.HeaderCell>{t.colCatalogue}</Table.HeaderCell>
              <Table.HeaderCell>{t.colVintage}</Table.HeaderCell>
              <Table.HeaderCell>{t.colSize}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.items.map((s) => {
              const created = formatDateTime(s.createdAt, lang);
              const format = t.formatName[s.format] ?? s.format;
              return (
                <Table.Row key={s.id}>
                  <Table.Cell>{created}</Table.Cell>
                  <Table.Cell>
                    <a href={`/api/analysis-basis/snapshots/${s.id}/file`} download aria-label={t.download(format, created)}>{format}</a>
                  </Table.Cell>
                  <Table.Cell>{s.catalogueLabel}</Table.Cell>
                  <Table.Cell>{s.vintageLabel ?? '–'}</Table.Cell>
                  <Table.Cell>{t.kilobytes(formatNumber(Math.max(1, Math.round(s.bytes / 1024)), lang))}</Table.Cell>
                </Table.Row>
              );
            })}
          </Table.Body>
        </DataTable>
      ) : null}
    </section>
  );
}
