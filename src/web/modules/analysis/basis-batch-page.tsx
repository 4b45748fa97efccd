/**
 * /analysunderlag/bygg: build the analysis bases of many organisers at once. Choose organisers, see how
 * many before starting, follow the run (progress bar, a polite announcement every 10 %), cancel it,
 * read what failed; the latest runs below.
 */
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { BasisBatchDetail, BasisBatchFilter, BasisBatchList, BasisBatchSummary } from '../../../shared/api/basis-batch.ts';
import type { OrganiserList, ReferenceData } from '../../../shared/api/registry.ts';
import { OFFICES } from '../../../shared/offices.ts';
import { ORGANISER_KIND_LABELS, ORGANISER_KINDS, SIZE_CLASS_LABELS, SIZE_CLASSES, type OrganiserKind, type SizeClass } from '../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS, type SchoolForm } from '../../../shared/school-forms.ts';
import { api, ApiError, asApiError, queryString } from '../../platform/api.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { CheckboxGroup, SelectField } from '../../platform/fields.tsx';
import { compareSv, formatDateTime, formatNumber } from '../../platform/format.ts';
import { useLang, useText, type Lang } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { basisBatchText } from './dictionary.ts';

interface Choices {
  kind: OrganiserKind[];
  sizeClass: SizeClass[];
  schoolForm: SchoolForm[];
  county: string;
  office: string;
}

const NO_CHOICES: Choices = { kind: [], sizeClass: [], schoolForm: [], county: '', office: '' };

/** Only what was chosen: an empty list would find nobody. */
function filterOf(choices: Choices): BasisBatchFilter {
  const filter: BasisBatchFilter = {};
  if (choices.kind.length > 0) filter.kind = choices.kind;
  if (choices.sizeClass.length > 0) filter.sizeClass = choices.sizeClass;
  if (choices.schoolForm.length > 0) filter.schoolForm = choices.schoolForm;
  if (choices.county) filter.county = choices.county;
  if (choices.office) filter.office = choices.office as BasisBatchFilter['office'];
  return filter;
}

function describeFilter(filter: BasisBatchSummary['filter'], lang: Lang, reference: ReferenceData | undefined, all: string): string {
  const parts = [
    ...(filter.kind ?? []).map((k) => ORGANISER_KIND_LABELS[k][lang]),
    ...(filter.sizeClass ?? []).map((s) => SIZE_CLASS_LABELS[s][lang]),
    ...(filter.schoolForm ?? []).map((f) => SCHOOL_FORM_LABELS[f][lang]),
    ...(filter.county ? [reference?.counties.find((c) => c.code === filter.county)?.name ?? filter.county] : []),
    ...(filter.office ? [OFFICES.find((o) => o.code === filter.office)?.name ?? filter.office] : []),
    ...(filter.q ? [`”${filter.q}”`] : []),
  ];
  return parts.length > 0 ? parts.join(', ') : all;
}

const isActive = (b: { status: string } | undefined) => b?.status === 'queued' || b?.status === 'running';

function FilterFields({ choices, onChange, reference }: { choices: Choices; onChange: (c: Choices) => void; reference: ReferenceData | undefined }) {
  const t = useText(basisBatchText);
  const { lang } = useLang();
  const set = (patch: Partial<Choices>) => onChange({ ...choices, ...patch });
  const counties = (reference?.counties ?? []).map((c) => ({ value: c.code, label: c.name })).sort((a, b) => compareSv(a.label, b.label));
  const offices = OFFICES.map((o) => ({ value: o.code as string, label: o.name })).sort((a, b) => compareSv(a.label, b.label));
  return (
    <>
      <div className="inline-filters">
        <SelectField label={t.county} value={choices.county} emptyLabel={t.allCounties} options={counties} onChange={(county) => set({ county })} />
        <SelectField label={t.office} value={choices.office} emptyLabel={t.allOffices} options={offices} onChange={(office) => set({ office })} />
      </div>
      <div className="inline-filters">
        <CheckboxGroup legend={t.kind} options={ORGANISER_KINDS.map((k) => ({ value: k, label: ORGANISER_KIND_LABELS[k][lang] }))} selected={choices.kind} onChange={(kind) => set({ kind })} />
        <CheckboxGroup legend={t.sizeClass} options={SIZE_CLASSES.map((s) => ({ value: s, label: SIZE_CLASS_LABELS[s][lang] }))} selected={choices.sizeClass} onChange={(sizeClass) => set({ sizeClass })} />
        <CheckboxGroup legend={t.schoolForm} options={SCHOOL_FORMS.map((f) => ({ value: f, label: SCHOOL_FORM_LABELS[f][lang] }))} selected={choices.schoolForm} onChange={(schoolForm) => set({ schoolForm })} />
      </div>
    </>
  );
}

/** Follows one batch: every second while it runs, announcing each further tenth in a polite live region. */
function useBatch(id: string | null, onFinished: () => void) {
  const [batch, setBatch] = useState<BasisBatchDetail>();
  const [error, setError] = useState<ApiError>();
  const finished = useRef(onFinished);
  finished.current = onFinished;
  useEffect(() => {
    setBatch(undefined);
    if (!id) return;
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const load = async () => {
      try {
        const next = await api<BasisBatchDetail>(`/api/analysis-basis/batches/${id}`);
        if (!live) return;
        setBatch(next);
        setError(undefined);
        if (isActive(next)) timer = setTimeout(() => void load(), 1000);
        else finished.current();
      } catch (caught) {
        if (!live) return;
        setError(asApiError(caught));
        timer = setTimeout(() => void load(), 5000);
      }
    };
    void load();
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [id]);
  return { batch, error, setBatch };
}

function RunPanel({ batch, onCancel, cancelling }: { batch: BasisBatchDetail; onCancel: () => void; cancelling: boolean }) {
  const t = useText(basisBatchText);
  const { lang } = useLang();
  const done = batch.built + batch.reused + batch.failed;
  const n = (v: number) => formatNumber(v, lang);
  return (
    <>
      <Paragraph data-size="sm"><strong>{t.status[batch.status]}</strong> – {formatDateTime(batch.createdAt, lang)}</Paragraph>
      <div className="batch-progress">
        <label htmlFor="batch-progress">{t.progressLabel(n(done), n(batch.total))}</label>
        <br />
        <progress id="batch-progress" max={batch.total} value={done} style={{ width: '100%', maxWidth: '40rem' }} />
      </div>
      <dl className="batch-counts" style={{ display: 'grid', gridTemplateColumns: 'max-content auto', gap: '0.25rem 1rem', margin: 0 }}>
        {([[t.built, batch.built], [t.reused, batch.reused], [t.failed, batch.failed], [t.pending, batch.pending]] as const).map(([label, value]) => (
          <div key={label} style={{ display: 'contents' }}><dt>{label}</dt><dd style={{ margin: 0 }}>{n(value)}</dd></div>
        ))}
      </dl>
      {isActive(batch) ? (
        <div className="form-actions">
          <Button variant="secondary" data-size="sm" onClick={onCancel} loading={cancelling}>{t.cancel}</Button>
        </div>
      ) : null}
      {batch.failures.length > 0 ? (
        <>
          <Heading level={3} data-size="2xs">{t.failuresHeading}</Heading>
          <ul>
            {batch.failures.map((f) => <li key={f.organiserId}><strong>{f.organiserName}</strong>: {f.message}</li>)}
          </ul>
        </>
      ) : null}
    </>
  );
}

export function BasisBatchPage() {
  const t = useText(basisBatchText);
  const { lang } = useLang();
  const reference = useApi<ReferenceData>('/api/reference').data;
  const batches = useApi<BasisBatchList>('/api/analysis-basis/batches');
  const [choices, setChoices] = useState<Choices>(NO_CHOICES);
  const [count, setCount] = useState<number | null>(null);
  const [busy, setBusy] = useState<'count' | 'start' | 'cancel' | null>(null);
  const [error, setError] = useState<ApiError>();
  const [selected, setSelected] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const announcedTenth = useRef(-1);
  const confirmRef = useRef<HTMLParagraphElement>(null);
  const prepareRef = useRef<HTMLButtonElement>(null);
  const runHeadingRef = useRef<HTMLHeadingElement>(null);

  // Without a choice of their own, the page follows a run that is still going.
  const running = batches.data?.items.find(isActive);
  useEffect(() => {
    if (selected === null && running) setSelected(running.id);
  }, [selected, running]);
  const currentId = selected;
  const { batch, error: batchError, setBatch } = useBatch(currentId, batches.reload);

  useEffect(() => {
    if (!batch) return;
    const done = batch.built + batch.reused + batch.failed;
    const tenth = batch.total > 0 ? Math.floor((done / batch.total) * 10) : 10;
    if (batch.status === 'done') setAnnouncement(t.doneAnnounce);
    else if (batch.status === 'cancelled') setAnnouncement(t.cancelledAnnounce);
    else if (tenth > announcedTenth.current && announcedTenth.current >= 0) setAnnouncement(t.progressAnnounce(tenth * 10));
    announcedTenth.current = tenth;
  }, [batch, t]);

  useEffect(() => {
    if (count !== null) confirmRef.current?.focus();
  }, [count]);

  const fail = (caught: unknown) => setError(asApiError(caught));

  const prepare = async () => {
    setBusy('count');
    setError(undefined);
    try {
      const filter = filterOf(choices);
      const found = await api<OrganiserList>(`/api/organisers${queryString({ ...filter, limit: 1 })}`);
      setCount(found.total);
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const start = async () => {
    setBusy('start');
    setError(undefined);
    try {
      const started = await api<BasisBatchSummary>('/api/analysis-basis/batches', { method: 'POST', body: { filter: filterOf(choices) } });
      setCount(null);
      announcedTenth.current = -1;
      setAnnouncement('');
      setSelected(started.id);
      batches.reload();
      runHeadingRef.current?.focus();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const cancel = async () => {
    if (!batch) return;
    setBusy('cancel');
    try {
      const cancelled = await api<BasisBatchSummary>(`/api/analysis-basis/batches/${batch.id}/cancel`, { method: 'POST' });
      setBatch({ ...batch, ...cancelled });
      batches.reload();
    } catch (caught) {
      fail(caught);
    } finally {
      setBusy(null);
    }
  };

  const n = (v: number) => formatNumber(v, lang);
  return (
    <Page title={t.batchTitle} lead={<Paragraph>{t.batchLead}</Paragraph>}>
      <section aria-labelledby="batch-filter-heading" className="section">
        <Heading level={2} data-size="xs" id="batch-filter-heading">{t.filterHeading}</Heading>
        <Paragraph data-size="sm" className="muted">{t.filterHint}</Paragraph>
        <form className="section" onSubmit={(event) => { event.preventDefault(); void prepare(); }}>
          <FilterFields choices={choices} onChange={(next) => { setChoices(next); setCount(null); }} reference={reference} />
          <div className="form-actions">
            <Button type="submit" ref={prepareRef} loading={busy === 'count'}>{t.prepare}</Button>
          </div>
        </form>
        {count !== null ? (
          <div className="section" role="group" aria-labelledby="batch-confirm">
            <Paragraph id="batch-confirm" ref={confirmRef} tabIndex={-1}>{count > 0 ? t.confirmText(n(count)) : t.confirmNone}</Paragraph>
            <div className="form-actions">
              {count > 0 ? <Button onClick={() => void start()} loading={busy === 'start'}>{t.confirmStart}</Button> : null}
              <Button variant="secondary" onClick={() => { setCount(null); prepareRef.current?.focus(); }}>{t.confirmCancel}</Button>
            </div>
          </div>
        ) : null}
        {error ? <ErrorAlert error={error} announce /> : null}
      </section>

      <section aria-labelledby="batch-run-heading" className="section">
        <Heading level={2} data-size="xs" id="batch-run-heading" ref={runHeadingRef} tabIndex={-1}>{t.runHeading}</Heading>
        <LiveStatus>{announcement}</LiveStatus>
        {batchError ? <ErrorAlert error={batchError} /> : null}
        {batch ? <RunPanel batch={batch} onCancel={() => void cancel()} cancelling={busy === 'cancel'} /> : null}
        {!batch && currentId ? <Loading /> : null}
      </section>

      <section aria-labelledby="batch-latest-heading" className="section">
        <Heading level={2} data-size="xs" id="batch-latest-heading">{t.latestHeading}</Heading>
        {batches.error ? <ErrorAlert error={batches.error} /> : null}
        {batches.data && batches.data.items.length === 0 ? <Paragraph data-size="sm">{t.noBatches}</Paragraph> : null}
        {batches.data && batches.data.items.length > 0 ? (
          <DataTable caption={t.latestCaption}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.colStarted}</Table.HeaderCell>
                <Table.HeaderCell>{t.colSelection}</Table.HeaderCell>
                <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
                <Table.HeaderCell>{t.colTotal}</Table.HeaderCell>
                <Table.HeaderCell>{t.built}</Table.HeaderCell>
                <Table.HeaderCell>{t.reused}</Table.HeaderCell>
                <Table.HeaderCell>{t.failed}</Table.HeaderCell>
                <Table.HeaderCell><span className="ds-sr-only">{t.show}</span></Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {batches.data.items.map((b) => (
                <Table.Row key={b.id}>
                  <Table.Cell>{formatDateTime(b.createdAt, lang)}</Table.Cell>
                  <Table.Cell>{describeFilter(b.filter, lang, reference, t.allOrganisers)}</Table.Cell>
                  <Table.Cell>{t.status[b.status]}</Table.Cell>
                  <Table.Cell>{n(b.total)}</Table.Cell>
                  <Table.Cell>{n(b.built)}</Table.Cell>
                  <Table.Cell>{n(b.reused)}</Table.Cell>
                  <Table.Cell>{n(b.failed)}</Table.Cell>
                  <Table.Cell>
                    <Button variant="tertiary" data-size="sm" aria-pressed={b.id === currentId} onClick={() => { setSelected(b.id); announcedTenth.current = -1; runHeadingRef.current?.focus(); }}>
                      {t.show}
                    </Button>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        ) : null}
      </section>
    </Page>
  );
}
