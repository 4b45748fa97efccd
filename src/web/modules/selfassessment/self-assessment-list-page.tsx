/** An organiser's self-assessments; its representatives start new ones here. */
import { Button, Heading, Link as DsLink, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import type { OrganiserDetail } from '../../../shared/api/registry.ts';
import type { SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { api, ApiError, asApiError, fieldError } from '../../platform/api.ts';
import { useAuth } from '../../platform/auth.tsx';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDate } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { selfAssessmentText } from './dictionary.ts';

interface ListItem { id: string; title: string; createdAt: string; sharedAt: string | null; respondents: number; answering: number }

function StartForm({ organiserId }: { organiserId: string }) {
  const t = useText(selfAssessmentText);
  const navigate = useNavigate();
  const [title, setTitle] = useState('');
  const [missing, setMissing] = useState<string>();
  const [error, setError] = useState<ApiError>();
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (saving) return;
    setMissing(title.trim() ? undefined : t.titleRequired);
    setError(undefined);
    if (!title.trim()) return;
    setSaving(true);
    try {
      const created = await api<SelfAssessmentDetail>(`/api/organisers/${organiserId}/self-assessments`, { method: 'POST', body: { title: title.trim() } });
      await navigate(`/sjalvskattning/${created.id}`);
    } catch (caught) {
      setError(asApiError(caught));
      setSaving(false);
    }
  };
  return (
    <form className="edit-form" onSubmit={(event) => void submit(event)} aria-labelledby="start-heading" noValidate>
      <Heading level={2} data-size="sm" id="start-heading">{t.startHeading}</Heading>
      {error ? <ErrorAlert error={error} announce /> : null}
      <Textfield label={t.titleLabel} description={t.titleHelp} value={title} onChange={(e) => setTitle(e.currentTarget.value)} required maxLength={200}
        error={missing ?? fieldError(error, 'title')} />
      <div className="button-row"><Button type="submit" disabled={saving}>{t.start}</Button></div>
    </form>
  );
}

export function SelfAssessmentListPage() {
  const { id = '' } = useParams();
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const { state } = useAuth();
  const organiser = useApi<OrganiserDetail>(`/api/organisers/${id}`);
  const list = useApi<{ items: ListItem[] }>(`/api/organisers/${id}/self-assessments`);
  const error = organiser.error ?? list.error;
  if (error) return <ErrorAlert error={error} />;
  if (!organiser.data || !list.data) return <Loading />;
  const isRep = state.status === 'ready' && state.me.user?.role === 'organiser_rep';
  return (
    <Page title={t.listTitle(organiser.data.name)} lead={t.listLead}>
      {list.data.items.length === 0 ? (
        <Paragraph>{isRep ? t.listEmpty : t.listEmptyShared}</Paragraph>
      ) : (
        <DataTable caption={t.listCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colTitle}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStarted}</Table.HeaderCell>
              <Table.HeaderCell>{t.colRespondents}</Table.HeaderCell>
              <Table.HeaderCell>{t.colShared}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.data.items.map((item) => (
              <Table.Row key={item.id}>
                <Table.HeaderCell scope="row"><DsLink asChild><Link to={`/sjalvskattning/${item.id}`}>{item.title}</Link></DsLink></Table.HeaderCell>
                <Table.Cell>{formatDate(item.createdAt, lang)}</Table.Cell>
                <Table.Cell>{t.respondentsOf(item.answering, item.respondents)}</Table.Cell>
                <Table.Cell>{item.sharedAt ? t.yes : t.no}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      )}
      {isRep ? <StartForm organiserId={id} /> : null}
    </Page>
  );
}
