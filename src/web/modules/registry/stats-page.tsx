/**
 * /statistik: the registry in aggregate, one table per dimension. Groups smaller than the threshold
 * arrive without figures (suppressed) and are shown as "–" with the reason spelled out.
 */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { ORGANISER_KIND_LABELS, ORGANISER_KINDS, SIZE_CLASS_LABELS, SIZE_CLASSES, type OrganiserKind, type SizeClass } from '../../../shared/organiser.ts';
import { compareSv, formatNumber } from '../../platform/format.ts';
import { useLang, useText, type Lang } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { registryText } from './dictionary.ts';
import { officeName } from './labels.ts';
import { useReference } from './reference.ts';
import type { ReferenceData } from '../../../shared/api/registry.ts';
import { DataTable } from '../../platform/data-table.tsx';

interface StatsGroup {
  dimension: string;
  key: string;
  organisers: number | null;
  childrenPupils: number | null;
  suppressed: boolean;
}

interface RegistryStats {
  minGroupSize: number;
  groups: StatsGroup[];
}

const DIMENSIONS = ['sizeClass', 'kind', 'county', 'office'];

function groupLabel(group: StatsGroup, lang: Lang, reference: ReferenceData | undefined): string {
  switch (group.dimension) {
    case 'sizeClass': return SIZE_CLASS_LABELS[group.key as SizeClass]?.[lang] ?? group.key;
    case 'kind': return ORGANISER_KIND_LABELS[group.key as OrganiserKind]?.[lang] ?? group.key;
    case 'county': return reference?.counties.find((c) => c.code === group.key)?.name ?? group.key;
    case 'office': return officeName(group.key);
    default: return group.key;
  }
}

/** Size classes and kinds in their natural order, places alphabetically (Swedish collation). */
function orderGroups(groups: StatsGroup[], dimension: string, label: (g: StatsGroup) => string): StatsGroup[] {
  const natural: readonly string[] | undefined = dimension === 'sizeClass' ? SIZE_CLASSES : dimension === 'kind' ? ORGANISER_KINDS : undefined;
  if (natural) return [...groups].sort((a, b) => natural.indexOf(a.key) - natural.indexOf(b.key));
  return [...groups].sort((a, b) => compareSv(label(a), label(b)));
}

function Figure({ value, suppressedText }: { value: number | null; suppressedText: string }) {
  const { lang } = useLang();
  if (value !== null) return <>{formatNumber(value, lang)}</>;
  return (
    <>
      <span aria-hidden="true">–</span>
      <span className="ds-sr-only">{suppressedText}</span>
    </>
  );
}

function DimensionTable({ dimension, groups, minGroupSize, reference }: { dimension: string; groups: StatsGroup[]; minGroupSize: number; reference: ReferenceData | undefined }) {
  const t = useText(registryText);
  const { lang } = useLang();
  const label = (g: StatsGroup) => groupLabel(g, lang, reference);
  const suppressedText = t.suppressedCell(formatNumber(minGroupSize, lang));
  return (
    <DataTable caption={t.statsCaptions[dimension] ?? t.otherDimension(dimension)} className="stats-table">
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.colGroup}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t.colOrganiserCount}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t.colChildrenPupils}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {orderGroups(groups, dimension, label).map((g) => (
            <Table.Row key={g.key}>
              <Table.HeaderCell scope="row">{label(g)}</Table.HeaderCell>
              <Table.Cell className="numeric"><Figure value={g.suppressed ? null : g.organisers} suppressedText={suppressedText} /></Table.Cell>
              <Table.Cell className="numeric"><Figure value={g.suppressed ? null : g.childrenPupils} suppressedText={suppressedText} /></Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
  );
}

export function StatsPage() {
  const t = useText(registryText);
  const { lang } = useLang();
  const stats = useApi<RegistryStats>('/api/stats/registry');
  const reference = useReference();
  const groups = stats.data?.groups ?? [];
  const dimensions = [...DIMENSIONS, ...new Set(groups.map((g) => g.dimension).filter((d) => !DIMENSIONS.includes(d)))]
    .filter((d) => groups.some((g) => g.dimension === d));
  const minGroupSize = stats.data?.minGroupSize ?? 5;
  const anySuppressed = groups.some((g) => g.suppressed);

  return (
    <Page title={t.statsTitle} lead={<Paragraph>{t.statsLead}</Paragraph>}>
      <LiveStatus>{stats.loading ? <Loading label={t.loadingStats} /> : null}</LiveStatus>
      {stats.error ? <ErrorAlert error={stats.error} /> : null}
      {stats.data && dimensions.length === 0 ? <Paragraph>{t.noGroups}</Paragraph> : null}
      {anySuppressed ? <Paragraph data-size="sm" className="suppressed-note">{t.suppressedNote(formatNumber(minGroupSize, lang))}</Paragraph> : null}
      <div className="stats-grid">
        {dimensions.map((dimension) => (
          <DimensionTable
            key={dimension}
            dimension={dimension}
            groups={groups.filter((g) => g.dimension === dimension)}
            minGroupSize={minGroupSize}
            reference={reference}
          />
        ))}
      </div>
    </Page>
  );
}
