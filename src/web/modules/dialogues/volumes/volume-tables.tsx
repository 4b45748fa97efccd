/**
 * The tables of "Dialoger i siffror". Each period (a year, the year so far, the complete years
 * together) is a row where the table is about periods, and a column where it compares groups.
 */
import { Table } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { ORGANISER_GROUP_LABELS, type VolumeFigure, type VolumeSet } from '../../../../shared/api/dialogue-volumes.ts';
import { DECLINE_REASON_LABELS } from '../../../../shared/dialogues.ts';
import { SIZE_CLASS_LABELS } from '../../../../shared/organiser.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDate, formatNumber, formatShare } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { volumesText } from './dictionary.ts';
import { Count, CountShare, Share } from './figures.tsx';

export interface PeriodRow {
  key: string;
  label: string;
  set: VolumeSet;
  /** Only the years: the municipalities of the complete years together are those of the last year. */
  year: boolean;
}

interface TableProps {
  periods: PeriodRow[];
  minGroupSize: number;
}

const Numeric = ({ children }: { children: ReactNode }) => <Table.Cell className="numeric">{children}</Table.Cell>;
const RowHeader = ({ children }: { children: ReactNode }) => <Table.HeaderCell scope="row">{children}</Table.HeaderCell>;
const ColHeader = ({ children }: { children: ReactNode }) => <Table.HeaderCell scope="col" className="numeric">{children}</Table.HeaderCell>;

interface Column {
  key: string;
  label: string;
  cell: (set: VolumeSet) => ReactNode;
}

/** Periods as rows, one column per figure. */
function PeriodsByFigure({ caption, periods, columns }: { caption: string; periods: PeriodRow[]; columns: Column[] }) {
  const t = useText(volumesText);
  return (
    <DataTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t.colYear}</Table.HeaderCell>
          {columns.map((c) => <ColHeader key={c.key}>{c.label}</ColHeader>)}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {periods.map(({ key, label, set }) => (
          <Table.Row key={key}>
            <RowHeader>{label}</RowHeader>
            {columns.map((c) => <Numeric key={c.key}>{c.cell(set)}</Numeric>)}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function OverviewTable({ periods, minGroupSize }: TableProps) {
  const t = useText(volumesText);
  return (
    <PeriodsByFigure
      caption={t.overviewCaption}
      periods={periods}
      columns={[
        { key: 'invited', label: t.colInvited, cell: (set) => <Count figure={set.organisersInvited} minGroupSize={minGroupSize} /> },
        { key: 'physical', label: t.colPhysical, cell: (set) => <Count figure={set.physicalHeld} minGroupSize={minGroupSize} /> },
        { key: 'accepted', label: t.colAccepted, cell: (set) => <CountShare {...set.answers.accepted} minGroupSize={minGroupSize} /> },
        { key: 'declined', label: t.colDeclined, cell: (set) => <CountShare {...set.answers.declined} minGroupSize={minGroupSize} /> },
        {
          key: 'tookPart', label: t.colTookPart,
          cell: (set) => <CountShare count={set.participation.all.tookPart} share={set.participation.all.share} minGroupSize={minGroupSize} />,
        },
      ]}
    />
  );
}

export function AnswersTable({ periods, minGroupSize }: TableProps) {
  const t = useText(volumesText);
  return (
    <PeriodsByFigure
      caption={t.answersCaption}
      periods={periods}
      columns={[
        { key: 'invitations', label: t.colInvitations, cell: (set) => <Count figure={set.answers.invitations} minGroupSize={minGroupSize} /> },
        { key: 'accepted', label: t.colAccepted, cell: (set) => <CountShare {...set.answers.accepted} minGroupSize={minGroupSize} /> },
        { key: 'declined', label: t.colDeclined, cell: (set) => <CountShare {...set.answers.declined} minGroupSize={minGroupSize} /> },
        { key: 'withdrawn', label: t.colWithdrawn, cell: (set) => <CountShare {...set.answers.withdrawnBeforeAnswer} minGroupSize={minGroupSize} /> },
        { key: 'awaiting', label: t.colAwaiting, cell: (set) => <CountShare {...set.answers.awaitingAnswer} minGroupSize={minGroupSize} /> },
      ]}
    />
  );
}

/** Groups as rows, periods as columns. */
function GroupsByPeriod({ caption, corner, periods, rows }: {
  caption: string; corner: string; periods: PeriodRow[]; rows: { key: string; label: string; cell: (set: VolumeSet) => ReactNode }[];
}) {
  return (
    <DataTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{corner}</Table.HeaderCell>
          {periods.map((p) => <ColHeader key={p.key}>{p.label}</ColHeader>)}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <RowHeader>{row.label}</RowHeader>
            {periods.map((p) => <Numeric key={p.key}>{row.cell(p.set)}</Numeric>)}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

export function ReasonsTable({ periods, minGroupSize }: TableProps) {
  const t = useText(volumesText);
  const { lang } = useLang();
  const reasons = periods[0]?.set.answers.declineReasons.map((r) => r.reason) ?? [];
  return (
    <GroupsByPeriod
      caption={t.reasonsCaption}
      corner={t.colReason}
      periods={periods}
      rows={reasons.map((reason) => ({
        key: reason,
        label: DECLINE_REASON_LABELS[reason][lang],
        cell: (set) => {
          const figure = set.answers.declineReasons.find((r) => r.reason === reason)!;
          return <CountShare count={figure.count} share={figure.share} minGroupSize={minGroupSize} />;
        },
      }))}
    />
  );
}

/** "92,1 % (233 av 253)": the share with the n it stands on. */
function Participation({ part, minGroupSize }: { part: { invited: VolumeFigure; tookPart: VolumeFigure; share: VolumeFigure }; minGroupSize: number }) {
  const { lang } = useLang();
  if (part.share.value === null || part.tookPart.value === null || part.invited.value === null) return <Share figure={part.share} minGroupSize={minGroupSize} />;
  const of = lang === 'sv' ? 'av' : 'of';
  return <>{`${formatShare(part.share.value, lang)} (${formatNumber(part.tookPart.value, lang)} ${of} ${formatNumber(part.invited.value, lang)})`}</>;
}

export function ParticipationTables({ periods, minGroupSize }: TableProps) {
  const t = useText(volumesText);
  const { lang } = useLang();
  const first = periods[0]?.set.participation;
  return (
    <>
      <GroupsByPeriod
        caption={t.participationGroupCaption}
        corner={t.colGroup}
        periods={periods}
        rows={[
          { key: 'all', label: t.allOrganisers, cell: (set) => <Participation part={set.participation.all} minGroupSize={minGroupSize} /> },
          ...(first?.byGroup ?? []).map(({ group }) => ({
            key: group, label: ORGANISER_GROUP_LABELS[group][lang],
            cell: (set: VolumeSet) => <Participation part={set.participation.byGroup.find((g) => g.group === group)!} minGroupSize={minGroupSize} />,
          })),
        ]}
      />
      <GroupsByPeriod
        caption={t.participationSizeCaption}
        corner={t.colGroup}
        periods={periods}
        rows={(first?.bySize ?? []).map(({ sizeClass }) => ({
          key: sizeClass, label: SIZE_CLASS_LABELS[sizeClass][lang],
          cell: (set: VolumeSet) => <Participation part={set.participation.bySize.find((g) => g.sizeClass === sizeClass)!} minGroupSize={minGroupSize} />,
        }))}
      />
    </>
  );
}

export function MunicipalitiesTable({ periods, minGroupSize }: TableProps) {
  const t = useText(volumesText);
  const { lang } = useLang();
  return (
    <PeriodsByFigure
      caption={t.municipalitiesCaption}
      periods={periods.filter((p) => p.year)}
      columns={[
        { key: 'notReached', label: t.colNotReached, cell: (set) => <Count figure={set.municipalities.notReached} minGroupSize={minGroupSize} /> },
        { key: 'noneOffered', label: t.colNoneOffered, cell: (set) => <Count figure={set.municipalities.noneOffered} minGroupSize={minGroupSize} /> },
        { key: 'countedOn', label: t.colCountedOn, cell: (set) => formatDate(set.municipalities.countedOn, lang) },
      ]}
    />
  );
}
