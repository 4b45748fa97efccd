/**
 * The group's spread for one success factor: per statement how many chose each step of the scale,
 * "vet ej" apart, the median, and the caller's own answer beside it. The bar is a picture of the
 * same numbers, hidden from screen readers, which read the table.
 */
import { Table } from '@digdir/designsystemet-react';
import type { RatingSpread } from '../../../shared/api/analysis.ts';
import { SCALE_LABELS, type SelfAssessmentDetail } from '../../../shared/api/selfassessment.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatNumber } from '../../platform/format.ts';
import { useLang, useText, type Lang } from '../../platform/i18n.tsx';
import { selfAssessmentText } from './dictionary.ts';

export function SpreadBar({ spread }: { spread: RatingSpread }) {
  const total = spread.distribution.reduce((a, b) => a + b, 0) + spread.dontKnow;
  if (total === 0) return null;
  const parts = [...spread.distribution.map((n, i) => ({ n, cls: `r${i + 1}` })), { n: spread.dontKnow, cls: 'dk' }];
  return (
    <span className="spread-bar" aria-hidden="true">
      {parts.filter((p) => p.n > 0).map((p) => <span key={p.cls} className={`spread-${p.cls}`} style={{ flexGrow: p.n }} />)}
    </span>
  );
}

const medianText = (median: number | null, lang: Lang) => (median === null ? '–' : formatNumber(median, lang));

function SpreadCells({ spread }: { spread: RatingSpread }) {
  const { lang } = useLang();
  return (
    <>
      {spread.distribution.map((n, i) => <Table.Cell key={i} className="numeric">{n}</Table.Cell>)}
      <Table.Cell className="numeric">{spread.dontKnow}</Table.Cell>
      <Table.Cell className="numeric">{medianText(spread.median, lang)}</Table.Cell>
      <Table.Cell><SpreadBar spread={spread} /></Table.Cell>
    </>
  );
}

export function FactorSpreadTable({ factor }: { factor: SelfAssessmentDetail['factors'][number] }) {
  const t = useText(selfAssessmentText);
  const { lang } = useLang();
  const mine = factor.mine ? new Map(factor.mine.map((a) => [a.statementKey, a])) : null;
  const mineText = (key: string) => {
    const a = mine?.get(key);
    if (!a || (!a.dontKnow && a.rating === null)) return t.mineNone;
    return a.dontKnow ? t.dontKnow : String(a.rating);
  };
  return (
    <DataTable caption={t.summaryCaption(factor.name)} className="spread-table">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colStatement}</Table.HeaderCell>
          {[1, 2, 3, 4, 5].map((n) => <Table.HeaderCell key={n} className="numeric"><abbr title={SCALE_LABELS[n]![lang]}>{n}</abbr></Table.HeaderCell>)}
          <Table.HeaderCell className="numeric">{t.colDontKnow}</Table.HeaderCell>
          <Table.HeaderCell className="numeric">{t.colMedian}</Table.HeaderCell>
          <Table.HeaderCell><span className="ds-sr-only">{t.summaryHeading}</span></Table.HeaderCell>
          {mine ? <Table.HeaderCell className="numeric">{t.colMine}</Table.HeaderCell> : null}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        <Table.Row className="factor-row">
          <Table.HeaderCell scope="row">{t.allStatements}</Table.HeaderCell>
          <SpreadCells spread={factor} />
          {mine ? <Table.Cell /> : null}
        </Table.Row>
        {factor.statements.map((s) => (
          <Table.Row key={s.key}>
            <Table.HeaderCell scope="row">{s.text}</Table.HeaderCell>
            <SpreadCells spread={s} />
            {mine ? <Table.Cell className="numeric">{mineText(s.key)}</Table.Cell> : null}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
