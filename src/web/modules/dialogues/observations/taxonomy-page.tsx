/**
 * `/observationer/teman`: the versions of the observation taxonomy, one version's themes, and for the
 * steward the draft of the next version with its editor.
 */
import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { TaxonomyDetail, TaxonomySummary } from '../../../../shared/api/dialogue-observations.ts';
import { api, ApiError, asApiError } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { observationText } from './dictionary.ts';
import { TaxonomyEditor } from './taxonomy-editor.tsx';

function TaxonomyView({ version }: { version: TaxonomyDetail }) {
  const t = useText(observationText);
  return (
    <section aria-labelledby="taxonomy-view-heading" className="taxonomy-view">
      <Heading level={2} data-size="sm" id="taxonomy-view-heading">{t.showing(version.versionNo)}</Heading>
      {version.themes.length === 0 ? <Paragraph>{t.noThemes}</Paragraph> : null}
      {version.themes.map((theme) => (
        <div key={theme.key} className="taxonomy-view-theme">
          <Heading level={3} data-size="xs">{theme.label}</Heading>
          {theme.description ? <Paragraph data-size="sm">{theme.description}</Paragraph> : null}
          <ul>{theme.needs.map((need) => <li key={need.key}>{need.label}</li>)}</ul>
        </div>
      ))}
    </section>
  );
}

export function TaxonomyPage() {
  const t = useText(observationText);
  const { lang } = useLang();
  const can = useAbilities();
  const [params, setParams] = useSearchParams();
  const list = useApi<{ items: TaxonomySummary[] }>('/api/observation-taxonomies');
  const items = list.data?.items ?? [];
  const draft = items.find((v) => v.status === 'draft');
  const chosenId = params.get('version') ?? draft?.id ?? items[0]?.id ?? null;
  const version = useApi<TaxonomyDetail>(chosenId ? `/api/observation-taxonomies/${chosenId}` : null);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ApiError>();

  const choose = (id: string) => setParams((p) => {
    const next = new URLSearchParams(p);
    next.set('version', id);
    return next;
  });
  const changed = (detail: TaxonomyDetail | null, message: string) => {
    setNotice(message);
    list.reload();
    if (detail) version.setData(detail);
    else version.reload();
  };
  const createDraft = async () => {
    setError(undefined);
    try {
      const created = await api<TaxonomyDetail>('/api/observation-taxonomies/drafts', { method: 'POST' });
      setNotice(t.created(created.versionNo));
      list.reload();
      choose(created.id);
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  const current = version.data && version.data.id === chosenId ? version.data : undefined;
  return (
    <Page title={t.taxonomyTitle} lead={<Paragraph>{t.taxonomyLead}</Paragraph>}>
      {list.error ? <ErrorAlert error={list.error} /> : null}
      <div role="status" className="taxonomy-notice">
        {notice ? <Alert data-color="success"><Paragraph>{notice}</Paragraph></Alert> : null}
      </div>
      {list.loading && !list.data ? <Loading label={t.loading} /> : null}
      {list.data && items.length === 0 ? <Paragraph>{t.noVersions}</Paragraph> : null}
      {items.length > 0 ? (
        <DataTable caption={t.versionsCaption}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{t.colVersion}</Table.HeaderCell>
              <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t.colThemes}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{t.colNeeds}</Table.HeaderCell>
              <Table.HeaderCell>{t.colPublished}</Table.HeaderCell>
              <Table.HeaderCell><span className="ds-sr-only">{t.showColumn}</span></Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {items.map((v) => (
              <Table.Row key={v.id}>
                <Table.HeaderCell scope="row">{v.versionNo}</Table.HeaderCell>
                <Table.Cell>{v.status === 'draft' ? t.draft : t.published}</Table.Cell>
                <Table.Cell className="numeric">{v.themes}</Table.Cell>
                <Table.Cell className="numeric">{v.needs}</Table.Cell>
                <Table.Cell>{v.publishedAt ? formatDate(v.publishedAt, lang) : '–'}</Table.Cell>
                <Table.Cell>
                  {v.id === chosenId ? null : <Button variant="tertiary" data-size="sm" onClick={() => choose(v.id)}>{t.show(v.versionNo)}</Button>}
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </DataTable>
      ) : null}
      {can.editTaxonomy && list.data && !draft ? (
        <section aria-labelledby="taxonomy-draft-heading" className="taxonomy-create">
          <Heading level={2} data-size="sm" id="taxonomy-draft-heading">{t.nextVersionHeading}</Heading>
          <Paragraph data-size="sm">{t.createDraftHelp}</Paragraph>
          <Button onClick={() => void createDraft()}>{t.createDraft}</Button>
          {error ? <ErrorAlert error={error} announce /> : null}
        </section>
      ) : null}
      {version.error ? <ErrorAlert error={version.error} /> : null}
      {current && current.status === 'draft' && can.editTaxonomy
        ? <TaxonomyEditor key={`${current.id}-${current.version}`} draft={current} onChanged={changed} />
        : null}
      {current && !(current.status === 'draft' && can.editTaxonomy) ? <TaxonomyView version={current} /> : null}
    </Page>
  );
}
