/**
 * /uppehall: the holds (the inspectorate sees its own, the agencies all), filtered by kind and by
 * current or all; the form that registers one; ending a hold; and for the agencies the dialogues of
 * planned and open rounds that collide with a hold.
 */
import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useRef, useState } from 'react';
import type { CollisionList, Hold, HoldList } from '../../../../shared/api/dialogue-planning.ts';
import { HOLD_KIND_LABELS } from '../../../../shared/dialogues.ts';
import { type ApiError, apiResponse, asApiError, queryString } from '../../../platform/api.ts';
import { useAuth } from '../../../platform/auth.tsx';
import { DataTable } from '../../../platform/data-table.tsx';
import { SelectField } from '../../../platform/fields.tsx';
import { formatDate, formatOrgNumber } from '../../../platform/format.ts';
import { useAbilities } from '../../../platform/guards.tsx';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { Pager, ResultStatus } from '../../../platform/pager.tsx';
import { ErrorAlert, LiveStatus } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { planningText } from './dictionary.ts';

import { HoldForm } from './hold-form.tsx';
import { holdKindOptions, periodText } from './labels.ts';
import { CollisionsTable } from './round-tables.tsx';

const PAGE = 25;

function HoldsTable({ items, canEnd, onEnd }: { items: readonly Hold[]; canEnd: boolean; onEnd: (hold: Hold) => void }) {
  const t = useText(planningText);
  const { lang } = useLang();
  return (
    <DataTable caption={t.holdsCaption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
          <Table.HeaderCell>{t.holdKind}</Table.HeaderCell>
          <Table.HeaderCell>{t.colPeriod}</Table.HeaderCell>
          <Table.HeaderCell>{t.colPlannedOn}</Table.HeaderCell>
          <Table.HeaderCell>{t.colReason}</Table.HeaderCell>
          <Table.HeaderCell>{t.colSource}</Table.HeaderCell>
          <Table.HeaderCell>{t.colReference}</Table.HeaderCell>
          {canEnd ? <Table.HeaderCell>{t.colAction}</Table.HeaderCell> : null}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((h) => (
          <Table.Row key={h.id}>
            <Table.HeaderCell scope="row">{h.organiser.name} <span className="muted">{formatOrgNumber(h.organiser.orgNumber)}</span></Table.HeaderCell>
            <Table.Cell>{HOLD_KIND_LABELS[h.kind][lang]}</Table.Cell>
            <Table.Cell>{periodText(h.startsOn, h.endsOn, lang)}</Table.Cell>
            <Table.Cell>{h.plannedOn ? formatDate(h.plannedOn, lang) : '–'}</Table.Cell>
            <Table.Cell>{h.reason}</Table.Cell>
            <Table.Cell>{t.source[h.source]}</Table.Cell>
            <Table.Cell>{h.externalRef ?? '–'}</Table.Cell>
            {canEnd ? (
              <Table.Cell>
                {h.endedAt ? t.endedOn(formatDate(h.endedAt, lang)) : (
                  <Button variant="secondary" data-size="sm" aria-label={t.endHoldFor(h.organiser.name)} onClick={() => onEnd(h)}>{t.endHold}</Button>
                )}
              </Table.Cell>
            ) : null}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function HoldsPage() {
  const t = useText(planningText);
  const { lang } = useLang();
  const { user } = useAuth();
  const can = useAbilities();
  const [filters, setFilters] = useState({ kind: '', status: 'current', page: 1 });
  const list = useApi<HoldList>(`/api/holds${queryString({ kind: filters.kind, status: filters.status, limit: PAGE, offset: (filters.page - 1) * PAGE })}`);
  const collisions = useApi<CollisionList>(can.rounds ? '/api/dialogue-collisions' : null);
  const [error, setError] = useState<ApiError>();
  const [status, setStatus] = useState('');
  // An ended hold's button goes away with its row; focus then stays at the list's heading.
  const headingRef = useRef<HTMLHeadingElement>(null);
  const range = list.data ? { offset: (filters.page - 1) * PAGE, limit: PAGE, total: list.data.total } : undefined;
  const changed = () => {
    list.reload();
    collisions.reload();
  };
  const end = async (hold: Hold) => {
    setError(undefined);
    setStatus('');
    try {
      await apiResponse<Hold>(`/api/holds/${hold.id}/end`, { method: 'POST', headers: { 'if-match': `"${hold.version}"` } });
      setStatus(t.holdEnded(hold.organiser.name));
      headingRef.current?.focus();
      changed();
    } catch (caught) {
      setError(asApiError(caught));
    }
  };

  return (
    <Page title={t.holdsTitle} lead={<p>{t.holdsLead}</p>}>
      {can.manageHolds ? <HoldForm inspectorate={user?.role === 'inspectorate_liaison'} onSaved={changed} /> : null}
      <section className="section" aria-labelledby="holds-heading">
        <Heading level={2} data-size="sm" id="holds-heading" ref={headingRef} tabIndex={-1}>{t.holdsCaption}</Heading>
        <div className="inline-filters">
          <SelectField label={t.holdKind} value={filters.kind} emptyLabel={t.allHoldKinds} options={holdKindOptions(lang)}
            onChange={(kind) => setFilters({ ...filters, kind, page: 1 })} />
          <SelectField label={t.show} value={filters.status} options={[{ value: 'current', label: t.showCurrent }, { value: 'all', label: t.showAll }]}
            onChange={(value) => setFilters({ ...filters, status: value, page: 1 })} />
        </div>
        {error ? <ErrorAlert error={error} announce /> : null}
        <LiveStatus>{status}</LiveStatus>
        <ResultStatus window={range} loading={list.loading} loadingLabel={t.holdsTitle} />
        {list.error ? <ErrorAlert error={list.error} /> : null}
        {list.data && list.data.items.length > 0 ? <HoldsTable items={list.data.items} canEnd={can.manageHolds} onEnd={(h) => void end(h)} /> : null}
        {list.data && list.data.items.length === 0 ? <Paragraph>{t.holdsEmpty}</Paragraph> : null}
        {range ? <Pager window={range} onPage={(page) => setFilters({ ...filters, page })} /> : null}
      </section>
      {can.rounds ? (
        <section className="section" aria-labelledby="all-collisions-heading">
          <Heading level={2} data-size="sm" id="all-collisions-heading">{t.allCollisionsHeading}</Heading>
          {collisions.error ? <ErrorAlert error={collisions.error} /> : null}
          {collisions.data ? <CollisionsTable items={collisions.data.items} caption={t.allCollisionsCaption} showRound /> : null}
        </section>
      ) : null}
    </Page>
  );
}
