/** /api-nycklar: the administrator's list of API keys, creating one and revoking one. */
import { Button, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { ApiKeySummary } from '../../../shared/api/api-keys.ts';
import { api, ApiError, asApiError } from '../../platform/api.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { ApiKeyForm } from './api-key-form.tsx';
import { apiKeysText } from './api-keys-dictionary.ts';

function RevokeCell({ apiKey, onRevoked }: { apiKey: ApiKeySummary; onRevoked: (key: ApiKeySummary) => void }) {
  const t = useText(apiKeysText);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<ApiError>();
  const [busy, setBusy] = useState(false);
  if (apiKey.revokedAt) return null;
  const revoke = async () => {
    setBusy(true);
    try {
      onRevoked(await api<ApiKeySummary>(`/api/api-keys/${apiKey.id}/revoke`, { method: 'POST', headers: { 'if-match': `"${apiKey.version}"` } }));
    } catch (caught) {
      setError(asApiError(caught));
      setBusy(false);
    }
  };
  if (!confirming) {
    return <Button variant="secondary" data-size="sm" aria-label={t.revoke(apiKey.name)} onClick={() => setConfirming(true)}>{t.revokeShort}</Button>;
  }
  return (
    <div className="revoke-confirm">
      <Paragraph data-size="sm">{t.confirmText(apiKey.name)}</Paragraph>
      {error ? <ErrorAlert error={error} announce /> : null}
      <div className="form-actions">
        <Button data-size="sm" data-color="danger" loading={busy} onClick={() => void revoke()} autoFocus>{t.confirmRevoke}</Button>
        <Button data-size="sm" variant="secondary" onClick={() => setConfirming(false)}>{t.cancel}</Button>
      </div>
    </div>
  );
}

export function ApiKeysPage() {
  const t = useText(apiKeysText);
  const { lang } = useLang();
  const keys = useApi<{ items: ApiKeySummary[] }>('/api/api-keys');
  const [announcement, setAnnouncement] = useState('');
  const items = keys.data?.items ?? [];
  const replace = (key: ApiKeySummary) => keys.setData({ items: items.map((k) => (k.id === key.id ? key : k)) });

  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <LiveStatus>{announcement}</LiveStatus>
      <ApiKeyForm onCreated={(created) => keys.setData({ items: [created.key, ...items] })} />
      {keys.error ? <ErrorAlert error={keys.error} /> : null}
      {keys.loading && !keys.data ? <Loading /> : null}
      {keys.data && items.length === 0 ? <Paragraph>{t.empty}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable caption={t.listCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.colName}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colContact}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colPrefix}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colCreated}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colStatus}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{t.colAction}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((key) => (
              <Table.Row key={key.id}>
                <Table.HeaderCell scope="row">{key.name}</Table.HeaderCell>
                <Table.Cell>{key.contactEmail}</Table.Cell>
                <Table.Cell><code>{key.prefix}…</code></Table.Cell>
                <Table.Cell>{t.createdBy(formatDate(key.createdAt, lang), key.createdByName)}</Table.Cell>
                <Table.Cell>{key.revokedAt ? t.revokedOn(formatDate(key.revokedAt, lang)) : t.active}</Table.Cell>
                <Table.Cell>
                  <RevokeCell apiKey={key} onRevoked={(revoked) => { replace(revoked); setAnnouncement(t.revoked(revoked.name)); }} />
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
    </Page>
  );
}
