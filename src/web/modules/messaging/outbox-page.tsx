/** The outbox for administrators: what was sent, what waits and what failed. */
import { Details, Paragraph, Table } from '@digdir/designsystemet-react';
import type { OutboxMessage } from '../../../shared/api/messaging.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDateTime } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { messagingText } from './dictionary.ts';

export function OutboxPage() {
  const t = useText(messagingText);
  const { lang } = useLang();
  const { data, error } = useApi<{ items: OutboxMessage[] }>('/api/outbox');
  return (
    <Page title={t.title} lead={t.lead}>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <DataTable caption={t.caption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colCreated}</Table.HeaderCell>
              <Table.HeaderCell>{t.colTo}</Table.HeaderCell>
              <Table.HeaderCell>{t.colSubject}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.items.map((m) => (
              <Table.Row key={m.id}>
                <Table.Cell>{formatDateTime(m.createdAt, lang)}</Table.Cell>
                <Table.Cell>{m.toName} &lt;{m.toAddress}&gt;</Table.Cell>
                <Table.Cell>
                  <Details>
                    <Details.Summary>{m.subject}</Details.Summary>
                    <Details.Content><pre className="mail-body">{m.bodyText}</pre></Details.Content>
                  </Details>
                </Table.Cell>
                <Table.Cell>
                  {t.status[m.status]}
                  {m.attempts > 0 && m.status !== 'sent' ? <Paragraph data-size="xs">{t.attempts(m.attempts, m.lastError)}</Paragraph> : null}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
    </Page>
  );
}
