/** Browse the quality system catalogue by version and school form; the steward's draft and change requests. */
import { Alert, Paragraph } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { useSearchParams } from 'react-router';
import type { CatalogueVersion, CatalogueVersionSummary } from '../../../shared/api/catalogue.ts';
import { SCHOOL_FORMS, SCHOOL_FORM_LABELS, type SchoolForm } from '../../../shared/school-forms.ts';
import { SelectField } from '../../platform/fields.tsx';
import { formatDate } from '../../platform/format.ts';
import { useAbilities } from '../../platform/guards.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { CatalogueView } from './catalogue-view.tsx';
import { ChangeRequests } from './change-requests.tsx';
import { catalogueText } from './dictionary.ts';
import { CreateDraft, DraftEditor } from './draft-editor.tsx';

export function CataloguePage() {
  const t = useText(catalogueText);
  const { lang } = useLang();
  const can = useAbilities();
  const [params, setParams] = useSearchParams();
  const versions = useApi<{ items: CatalogueVersionSummary[] }>('/api/catalogue/versions');
  const items = versions.data?.items ?? [];
  const latest = items.find((v) => v.status === 'published');
  const versionId = params.get('version') ?? latest?.id ?? null;
  const schoolForm = (SCHOOL_FORMS as readonly string[]).includes(params.get('skolform') ?? '') ? (params.get('skolform') as SchoolForm) : 'grundskola';
  const version = useApi<CatalogueVersion>(versionId ? `/api/catalogue/versions/${versionId}` : null);
  const set = (changes: Record<string, string>) => setParams((p) => {
    const next = new URLSearchParams(p);
    for (const [k, v] of Object.entries(changes)) next.set(k, v);
    return next;
  });
  const [notice, setNotice] = useState<string>();
  const reload = (id?: string, message?: string) => {
    setNotice(message);
    versions.reload();
    if (id) set({ version: id });
    else version.reload();
  };

  const label = (v: CatalogueVersionSummary) => `${v.label} (${v.status === 'draft' ? t.draft : t.published(formatDate(v.publishedAt ?? v.createdAt, lang))})`;
  const hasDraft = items.some((v) => v.status === 'draft');
  const current = version.data;

  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      {versions.error ? <ErrorAlert error={versions.error} /> : null}
      <div className="catalogue-choices">
        <SelectField label={t.version} value={versionId ?? ''} options={items.map((v) => ({ value: v.id, label: label(v) }))} onChange={(id) => set({ version: id })} />
        <SelectField label={t.schoolForm} value={schoolForm} options={SCHOOL_FORMS.map((f) => ({ value: f, label: SCHOOL_FORM_LABELS[f][lang] }))} onChange={(f) => set({ skolform: f })} />
      </div>
      {can.editCatalogue && !hasDraft && versions.data ? <CreateDraft onCreated={(id) => reload(id)} /> : null}
      {version.loading && !current ? <Loading label={t.loading} /> : null}
      {version.error ? <ErrorAlert error={version.error} /> : null}
      {current && can.editCatalogue && current.status === 'draft' ? <DraftEditor draft={current} onChanged={(message) => reload(undefined, message)} /> : null}
      <div role="status" className="catalogue-notice">
        {notice ? <Alert data-color="success"><Paragraph>{notice}</Paragraph></Alert> : null}
      </div>
      {current ? <CatalogueView content={current.content} schoolForm={schoolForm} /> : null}
      {current && can.requestCatalogueChange ? <ChangeRequests version={current} /> : null}
    </Page>
  );
}
