/** The dialogues the caller reaches, newest first, filtered by state and (for leaders) by their own. */
import { Checkbox, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import type { z } from 'zod';
import type { dialogueSummary } from '../../../../shared/api/dialogues.ts';
import { DIALOGUE_STATE_LABELS, DIALOGUE_STATES } from '../../../../shared/dialogues.ts';
import { OFFICES } from '../../../../shared/offices.ts';
import { queryString } from '../../../platform/api.ts';
import { useAuth } from '../../../platform/auth.tsx';
import { DataTable } from '../../../platform/data-table.tsx';
import { SelectField } from '../../../platform/fields.tsx';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { Pager } from '../../../platform/pager.tsx';
import { ErrorAlert, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { caseText } from './dictionary.ts';
import './cases.css';

const LIMIT = 50;

export function CaseListPage() {
  const t = useText(caseText);
  const { lang } = useLang();
  const { user } = useAuth();
  const [params, setParams] = useSearchParams();
  const state = params.get('lage') ?? '';
  const mine = params.get('mina') === '1';
  const offset = Number(params.get('fran') ?? 0) || 0;
  const isLeader = user?.role === 'leader_skolverket' || user?.role === 'leader_spsm';
  const path = `/api/dialogues${queryString({ state: state || undefined, leader: mine ? 'me' : undefined, limit: LIMIT, offset })}`;
  const { data, error } = useApi<{ total: number; items: z.infer<typeof dialogueSummary>[] }>(path);
  const update = (changes: Record<string, string | null>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) if (value) next.set(key, value); else next.delete(key);
    if (!('fran' in changes)) next.delete('fran');
    setParams(next);
  };
  return (
    <Page title={t.listTitle} lead={t.listLead}>
      <div className="filters">
        <SelectField label={t.stateFilter} value={state} onChange={(v) => update({ lage: v })} emptyLabel={t.allStates}
          options={DIALOGUE_STATES.map((s) => ({ value: s, label: DIALOGUE_STATE_LABELS[s][lang] }))} />
        {isLeader ? <Checkbox label={t.onlyMine} checked={mine} onChange={(e) => update({ mina: e.currentTarget.checked ? '1' : null })} /> : null}
      </div>
      {error ? <ErrorAlert error={error} /> : null}
      {!data && !error ? <Loading /> : null}
      {data && data.items.length === 0 ? <Paragraph>{t.noCases}</Paragraph> : null}
      {data && data.items.length > 0 ? (
        <>
          <DataTable caption={t.listCaption(formatNumber(data.total, lang))}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
                <Table.HeaderCell>{t.colState}</Table.HeaderCell>
                <Table.HeaderCell>{t.colOffice}</Table.HeaderCell>
                <Table.HeaderCell>{t.colInvited}</Table.HeaderCell>
                <Table.HeaderCell>{t.colDeadline}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.items.map((d) => (
                <Table.Row key={d.id}>
                  <Table.Cell><Link to={`/dialoger/${d.id}`}>{d.organiserName ?? t.unnamed}</Link></Table.Cell>
                  <Table.Cell>{DIALOGUE_STATE_LABELS[d.state][lang]}</Table.Cell>
                  <Table.Cell>{OFFICES.find((o) => o.code === d.officeCode)?.name ?? d.officeCode}</Table.Cell>
                  <Table.Cell>{d.invitedAt ? formatDate(d.invitedAt, lang) : t.none}</Table.Cell>
                  <Table.Cell>{d.answerDeadline ? formatDate(d.answerDeadline, lang) : t.none}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
          <Pager window={{ offset, limit: LIMIT, total: data.total }} onPage={(page) => update({ fran: page > 1 ? String((page - 1) * LIMIT) : null })} />
        </>
      ) : null}
    </Page>
  );
}
