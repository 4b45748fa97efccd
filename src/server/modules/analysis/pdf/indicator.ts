/**
 * One indicator in the analysis basis PDF: its figures in words on the left (latest value with its
 * flags, national and group values, expected value and verdict) and its trend chart on the right.
 */
import { FLAG_BELOW_N, SUPPRESS_BELOW_N, type IndicatorRow } from '../../../../shared/api/analysis.ts';
import { TREND_CHART_HEIGHT, trendChart } from './charts.ts';
import { formatInterval, formatMeasure, groupText, missingText, shownValue, STATUS_TEXT, VERDICT_TEXT } from './format.ts';
import { CONTENT_WIDTH, ensureSpace, MARGIN, measure, rule, STYLE, write, type Doc, type TextStyle } from './layout.ts';

const CHART_WIDTH = 212;
const GUTTER = 14;
const TEXT_WIDTH = CONTENT_WIDTH - CHART_WIDTH - GUTTER;
const BLOCK_GAP = 10;

function latestText(row: IndicatorRow): string {
  const latest = row.trend.find((t) => t.year === row.latestYear);
  const value = latest ? shownValue(latest) : null;
  const prefix = `Senaste värde (${row.latestYear}): `;
  if (!latest || value === null) return `${prefix}– (${latest ? missingText(latest) : STATUS_TEXT.missing})`;
  return `${prefix}${formatMeasure(value, row.unit)}${latest.status === 'uncertain' ? ` (${STATUS_TEXT.uncertain})` : ''}`;
}

function expectedLines(row: IndicatorRow): string[] {
  const e = row.expected;
  if (!e) return [`Förväntat värde visas inte: ${row.expectedMissingReason ?? 'underlag saknas'}`];
  return [
    `Förväntat givet förutsättningar: ${formatMeasure(e.value, row.unit)}`,
    `95 % intervall: ${formatInterval(e.lower, e.upper, row.unit)}`,
    `Jämfört med förväntat: ${e.verdict ? VERDICT_TEXT[e.verdict] : 'ingen bedömning (värde saknas)'}`,
  ];
}

/** The text column as [style, text] pairs, so that it can be measured and written the same way. */
function lines(row: IndicatorRow): [TextStyle, string][] {
  const yearsWith = (status: string) => row.trend.filter((t) => t.status === status).map((t) => t.year).join(', ');
  const uncertain = yearsWith('uncertain');
  const suppressed = yearsWith('suppressed');
  const flags: [TextStyle, string][] = [];
  if (uncertain) flags.push([STYLE.note, `Osäkert, färre än ${FLAG_BELOW_N} barn eller elever: ${uncertain}.`]);
  if (suppressed) flags.push([STYLE.note, `Döljs, färre än ${SUPPRESS_BELOW_N} barn eller elever: ${suppressed}.`]);
  return [
    [STYLE.strong, row.name],
    [STYLE.small, latestText(row)],
    [STYLE.small, `Riket: ${groupText(row.national, row.unit)}`],
    [STYLE.small, `Samma typ och storlek: ${groupText(row.sameKindAndSize, row.unit)}`],
    [STYLE.small, `Samma kommungrupp: ${groupText(row.sameMunicipalityGroup, row.unit)}`],
    ...expectedLines(row).map((text): [TextStyle, string] => [STYLE.small, text]),
    ...flags,
    [STYLE.note, `Källa: ${row.dataSource}`],
  ];
}

/** The height of the block, so that a heading above it can move along to the next page. */
export function indicatorHeight(doc: Doc, row: IndicatorRow): number {
  const text = lines(row).reduce((sum, [style, t]) => sum + measure(doc, style, t, TEXT_WIDTH) + 1.5, 0);
  return Math.max(text, TREND_CHART_HEIGHT) + BLOCK_GAP;
}

export function indicatorBlock(doc: Doc, row: IndicatorRow, years: number[], height = indicatorHeight(doc, row)): void {
  ensureSpace(doc, height);
  const top = doc.y;
  for (const [style, text] of lines(row)) {
    write(doc, style, text, { width: TEXT_WIDTH });
    doc.y += 1.5;
  }
  trendChart(doc, { x: MARGIN.left + TEXT_WIDTH + GUTTER, y: top, width: CHART_WIDTH, height: TREND_CHART_HEIGHT }, row, years);
  doc.y = top + height;
  rule(doc, doc.y - BLOCK_GAP / 2);
}
