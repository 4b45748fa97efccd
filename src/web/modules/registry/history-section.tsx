/** The audit entries about one organiser, the latest first. */
import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { formatDateTime } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { describeDetails } from './history-details.ts';
import { organiserText } from './organiser-dictionary.ts';
import { DataTable } from '../../platform/data-table.tsx';

interface HistoryEntry {
  seq: number;
  at: string;
  event: string;
  actorName: string | null;
  details: Record<string, unknown>;
}

interface HistorySectionProps {
  organiserId: string;
  /** Increases whenever the page changed something, so that the new entries appear. */
  revision: number;
}

export function HistorySection({ organiserId, revision }: HistorySectionProps) {
  const o = useText(organiserText);
  const { lang } = useLang();
  const history = useApi<{ items: HistoryEntry[] }>(`/api/organisers/${organiserId}/history`);
  const { reload } = history;
  useEffect(() => {
    if (revision > 0) reload();
  }, [revision, reload]);
  const entries = [...(history.data?.items ?? [])].sort((a, b) => b.seq - a.seq);

  return (
    <section aria-labelledby="history-heading" className="section">
      <Heading level={2} data-size="sm" id="history-heading">{o.historyHeading}</Heading>
      <LiveStatus>{history.loading ? <Loading label={o.loadingHistory} /> : null}</LiveStatus>
      {history.error ? <ErrorAlert error={history.error} /> : null}
      {history.data && entries.length === 0 ? <Paragraph>{o.noHistory}</Paragraph> : null}
      {entries.length > 0 ? (
        <DataTable caption={o.historyCaption}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{o.colTime}</Table.HeaderCell>
                <Table.HeaderCell>{o.colEvent}</Table.HeaderCell>
                <Table.HeaderCell>{o.colActor}</Table.HeaderCell>
                <Table.HeaderCell>{o.colDetails}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {entries.map((entry) => (
                <Table.Row key={entry.seq}>
                  <Table.Cell className="nowrap">
                    <time dateTime={entry.at}>{formatDateTime(entry.at, lang)}</time>
                  </Table.Cell>
                  <Table.Cell>{o.events[entry.event] ?? entry.event}</Table.Cell>
                  <Table.Cell>{entry.actorName ?? o.system}</Table.Cell>
                  <Table.Cell className="details-cell">{describeDetails(entry.details)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
      ) : null}
    </section>
  );
}
