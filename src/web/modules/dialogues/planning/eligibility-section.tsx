/**
 * Who can be invited in the round and who cannot, under one selection (search, county, office, kind).
 * Coordinators pick eligible organisers (across pages) and a pair and add them to a planned round;
 * everyone sees the excluded organisers with their reasons.
 */
import { Checkbox, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { EligibilityList, RoundDetail } from '../../../../shared/api/dialogue-planning.ts';
import { ORGANISER_KIND_LABELS } from '../../../../shared/organiser.ts';
import type { ReferenceData } from '../../../../shared/api/registry.ts';
import { queryString } from '../../../platform/api.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { SelectField } from '../../../platform/fields.tsx';
import { compareSv, formatDate, formatOrgNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Pager, ResultStatus } from '../../../platform/pager.tsx';
import { SearchForm } from '../../../platform/search-form.tsx';
import { ErrorAlert } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { AddOrganisersForm } from './add-organisers-form.tsx';
import { planningText } from './dictionary.ts';
import { exclusionText, kindOptions, officeOptions } from './labels.ts';

const PAGE = 25;

interface Filters { q: string; county: string; office: string; kind: string }

function useEligibility(round: RoundDetail, filters: Filters, show: 'eligible' | 'excluded', page: number) {
  return useApi<EligibilityList>(`/api/dialogue-cycles/${round.cycleId}/eligibility${queryString({
    roundId: round.id, show, ...filters, limit: PAGE, offset: (page - 1) * PAGE,
  })}`);
}

function EligibleTable({ list, chosen, onToggle }: { list: EligibilityList; chosen: ReadonlyMap<string, string>; onToggle: (id: string, name: string, on: boolean) => void }) {
  const t = useText(planningText);
  const { lang } = useLang();
  // An empty result is announced by the result status above the table.
  if (list.items.length === 0) return null;
  return (
    <DataTable caption={t.eligibleCaption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.select}</Table.HeaderCell>
          <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
          <Table.HeaderCell>{t.colMunicipality}</Table.HeaderCell>
          <Table.HeaderCell>{t.colKind}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {list.items.map(({ organiser: o }) => (
          <Table.Row key={o.id}>
            <Table.Cell>
              <Checkbox aria-label={t.selectOrganiser(o.name)} checked={chosen.has(o.id)} onChange={(e) => onToggle(o.id, o.name, e.currentTarget.checked)} />
            </Table.Cell>
            <Table.HeaderCell scope="row">{o.name} <span className="muted">{formatOrgNumber(o.orgNumber)}</span></Table.HeaderCell>
            <Table.Cell>{o.municipalityName}</Table.Cell>
            <Table.Cell>{ORGANISER_KIND_LABELS[o.kind][lang]}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function ExcludedTable({ list }: { list: EligibilityList }) {
  const t = useText(planningText);
  const { lang } = useLang();
  if (list.items.length === 0) return null;
  return (
    <DataTable caption={t.excludedCaption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
          <Table.HeaderCell>{t.colMunicipality}</Table.HeaderCell>
          <Table.HeaderCell>{t.colReasons}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {list.items.map(({ organiser: o, reasons }) => (
          <Table.Row key={o.id}>
            <Table.HeaderCell scope="row">{o.name} <span className="muted">{formatOrgNumber(o.orgNumber)}</span></Table.HeaderCell>
            <Table.Cell>{o.municipalityName}</Table.Cell>
            <Table.Cell>
              {reasons.length === 1 ? exclusionText(reasons[0]!, lang) : (
                <ul className="plain-list">{reasons.map((r, i) => <li key={i}>{exclusionText(r, lang)}</li>)}</ul>
              )}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function EligibilitySection({ round, canAdd, onAdded }: { round: RoundDetail; canAdd: boolean; onAdded: (round: RoundDetail) => void }) {
  const t = useText(planningText);
  const { lang } = useLang();
  const [filters, setFilters] = useState<Filters>({ q: '', county: '', office: '', kind: '' });
  const [pages, setPages] = useState({ eligible: 1, excluded: 1 });
  const [chosen, setChosen] = useState<Map<string, string>>(new Map());
  const eligible = useEligibility(round, filters, 'eligible', canAdd ? pages.eligible : 1);
  const excluded = useEligibility(round, filters, 'excluded', pages.excluded);
  const reference = useApi<ReferenceData>('/api/reference');
  // Adding or opening changes who can be invited; the lists follow the round.
  const { reload: reloadEligible } = eligible;
  const { reload: reloadExcluded } = excluded;
  const seen = useRef(`${round.version}:${round.overview.total}`);
  useEffect(() => {
    const now = `${round.version}:${round.overview.total}`;
    if (now === seen.current) return;
    seen.current = now;
    reloadEligible();
    reloadExcluded();
  }, [round.version, round.overview.total, reloadEligible, reloadExcluded]);
  const counties = (reference.data?.counties ?? []).map((c) => ({ value: c.code, label: c.name })).sort((a, b) => compareSv(a.label, b.label));
  const filter = (patch: Partial<Filters>) => {
    setFilters((current) => ({ ...current, ...patch }));
    setPages({ eligible: 1, excluded: 1 });
  };
  const toggle = (id: string, name: string, on: boolean) => setChosen((current) => {
    const next = new Map(current);
    if (on) next.set(id, name);
    else next.delete(id);
    return next;
  });
  const windowOf = (list: EligibilityList | undefined, page: number) => (list ? { offset: (page - 1) * PAGE, limit: PAGE, total: list.total } : undefined);

  return (
    <>
      <section className="section" aria-labelledby="selection-heading">
        <Heading level={2} data-size="sm" id="selection-heading">{canAdd ? t.addHeading : t.filtersLabel}</Heading>
        {canAdd ? <Paragraph data-size="sm">{t.addHelp}</Paragraph> : null}
        <SearchForm label={t.search} description={t.searchHelp} buttonLabel={t.search} value={filters.q} onSearch={(q) => filter({ q })} />
        <div className="inline-filters">
          <SelectField label={t.county} value={filters.county} emptyLabel={t.allCounties} options={counties} onChange={(county) => filter({ county })} />
          <SelectField label={t.office} value={filters.office} emptyLabel={t.allOffices} options={officeOptions()} onChange={(office) => filter({ office })} />
          <SelectField label={t.kind} value={filters.kind} emptyLabel={t.allKinds} options={kindOptions(lang)} onChange={(kind) => filter({ kind })} />
        </div>
        {canAdd ? (
          <>
            <ResultStatus window={windowOf(eligible.data, pages.eligible)} loading={eligible.loading} loadingLabel={t.loadingOrganisers} />
            {eligible.error ? <ErrorAlert error={eligible.error} /> : null}
            {eligible.data ? <EligibleTable list={eligible.data} chosen={chosen} onToggle={toggle} /> : null}
            {eligible.data ? <Pager window={windowOf(eligible.data, pages.eligible)!} onPage={(page) => setPages((p) => ({ ...p, eligible: page }))} /> : null}
            <AddOrganisersForm round={round} chosen={chosen} onAdded={(updated) => {
              setChosen(new Map());
              onAdded(updated);
            }} />
          </>
        ) : null}
      </section>
      <section className="section" aria-labelledby="excluded-heading">
        <Heading level={2} data-size="sm" id="excluded-heading">{t.excludedHeading}</Heading>
        <Paragraph data-size="sm">{t.excludedHelp(formatDate(round.invitationDate, lang))}</Paragraph>
        <ResultStatus window={windowOf(excluded.data, pages.excluded)} loading={excluded.loading} loadingLabel={t.loadingOrganisers} />
        {excluded.error ? <ErrorAlert error={excluded.error} /> : null}
        {excluded.data ? <ExcludedTable list={excluded.data} /> : null}
        {excluded.data ? <Pager window={windowOf(excluded.data, pages.excluded)!} onPage={(page) => setPages((p) => ({ ...p, excluded: page }))} /> : null}
      </section>
    </>
  );
}
