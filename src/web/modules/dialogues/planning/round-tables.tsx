/** The tables of a round's overview: counts, the cases, and collisions with holds (also on the holds page). */
import { Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { Collision, RoundCase, RoundOverview } from '../../../../shared/api/dialogue-planning.ts';
import { DIALOGUE_STATE_LABELS, DIALOGUE_STATES } from '../../../../shared/dialogues.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { planningText } from './dictionary.ts';
import { collisionWhat, holdText, officeName } from './labels.ts';

export function OverviewTable({ overview }: { overview: RoundOverview }) {
  const t = useText(planningText);
  const { lang } = useLang();
  const rows: [string, number][] = [
    [t.total, overview.total],
    ...DIALOGUE_STATES.filter((s) => overview.byState[s]).map((s): [string, number] => [DIALOGUE_STATE_LABELS[s][lang], overview.byState[s]!]),
    [t.answered, overview.answered],
    [t.awaitingAnswer, overview.awaitingAnswer],
    [t.overdue, overview.overdue],
    [t.collisionsCount, overview.collisions],
  ];
  return (
    <DataTable caption={t.overviewCaption} className="planning-overview">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colState}</Table.HeaderCell>
          <Table.HeaderCell>{t.colCount}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map(([label, n]) => (
          <Table.Row key={label}>
            <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
            <Table.Cell>{formatNumber(n, lang)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function CasesTable({ cases }: { cases: readonly RoundCase[] }) {
  const t = useText(planningText);
  const { lang } = useLang();
  if (cases.length === 0) return <Paragraph>{t.casesEmpty}</Paragraph>;
  return (
    <DataTable caption={t.casesCaption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
          <Table.HeaderCell>{t.colState}</Table.HeaderCell>
          <Table.HeaderCell>{t.colOffice}</Table.HeaderCell>
          <Table.HeaderCell>{t.colPair}</Table.HeaderCell>
          <Table.HeaderCell>{t.colInvited}</Table.HeaderCell>
          <Table.HeaderCell>{t.colAnswerDeadline}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {cases.map((c) => (
          <Table.Row key={c.id}>
            <Table.HeaderCell scope="row">
              <DsLink asChild><Link to={`/dialoger/${c.id}`}>{c.organisers.map((o) => o.name).join(', ')}</Link></DsLink>
            </Table.HeaderCell>
            <Table.Cell>{DIALOGUE_STATE_LABELS[c.state][lang]}</Table.Cell>
            <Table.Cell>{officeName(c.officeCode)}</Table.Cell>
            <Table.Cell>{[c.leaderSkolverket?.name, c.leaderSpsm?.name].filter(Boolean).join(lang === 'sv' ? ' och ' : ' and ')}</Table.Cell>
            <Table.Cell>{c.invitedAt ? formatDate(c.invitedAt, lang) : '–'}</Table.Cell>
            <Table.Cell>
              {c.answerDeadline ? formatDate(c.answerDeadline, lang) : '–'}
              {c.overdue ? <strong> ({t.late})</strong> : null}
            </Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function CollisionsTable({ items, caption, showRound = false }: { items: readonly Collision[]; caption: string; showRound?: boolean }) {
  const t = useText(planningText);
  const { lang } = useLang();
  if (items.length === 0) return <Paragraph>{t.collisionsEmpty}</Paragraph>;
  return (
    <DataTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell>
          {showRound ? <Table.HeaderCell>{t.colRound}</Table.HeaderCell> : null}
          <Table.HeaderCell>{t.colWhat}</Table.HeaderCell>
          <Table.HeaderCell>{t.colHold}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {items.map((c) => (
          <Table.Row key={`${c.dialogueId}-${c.hold.id}-${c.at}-${c.date}`}>
            <Table.HeaderCell scope="row"><DsLink asChild><Link to={`/dialoger/${c.dialogueId}`}>{c.organiser.name}</Link></DsLink></Table.HeaderCell>
            {showRound ? <Table.Cell><DsLink asChild><Link to={`/dialoger/omgangar/${c.roundId}`}>{c.roundName}</Link></DsLink></Table.Cell> : null}
            <Table.Cell>{collisionWhat(c, lang, t)}</Table.Cell>
            <Table.Cell>{holdText(c.hold, lang)}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
