/**
 * The self-assessment in the analysis basis PDF: per success factor and statement the spread of the
 * ratings 1–5 and "vet ej" as a stacked bar, with the median; or a sentence that none is included.
 */
import type { RatingSpread, SelfAssessmentSummary } from '../../../../shared/api/analysis.ts';
import { RATING_FILLS, ratingBar } from './charts.ts';
import { formatCount, formatDate, formatTick } from './format.ts';
import { COLOR, ensureSpace, heading, label, MARGIN, measure, rule, shape, STYLE, write, type Doc, type TextStyle } from './layout.ts';

const TEXT_WIDTH = 200;
const BAR_X = MARGIN.left + TEXT_WIDTH + 10;
const BAR_WIDTH = 200;
const FIGURES_X = BAR_X + BAR_WIDTH + 10;

export const NO_SELF_ASSESSMENT = 'Underlaget innehåller ingen självskattning. Huvudmannen har inte delat någon självskattning till analysunderlaget.';

function legend(doc: Doc): void {
  ensureSpace(doc, 14);
  const y = doc.y;
  const names = ['1', '2', '3', '4', '5', 'Vet ej'];
  let x = MARGIN.left;
  label(doc, STYLE.note, 'Färger:', x, y + 1);
  x += 34;
  names.forEach((name, i) => {
    const left = x;
    shape(doc, (d) => d.lineWidth(0.5).fillColor(RATING_FILLS[i]!).strokeColor(COLOR.rule).rect(left, y, 10, 9).fillAndStroke());
    label(doc, STYLE.note, name, x + 13, y + 1);
    x += name.length > 1 ? 44 : 26;
  });
  doc.y = y + 16;
}

interface Row { style: TextStyle; text: string; spread: RatingSpread; bar: number }

const rowHeight = (doc: Doc, row: Row) => Math.max(measure(doc, row.style, row.text, TEXT_WIDTH), row.bar, 20) + 6;

function spreadRow(doc: Doc, row: Row, height: number): void {
  ensureSpace(doc, height);
  const y = doc.y;
  write(doc, row.style, row.text, { x: MARGIN.left, y, width: TEXT_WIDTH });
  ratingBar(doc, { x: BAR_X, y, width: BAR_WIDTH, height: row.bar }, row.spread);
  label(doc, STYLE.small, `Median: ${row.spread.median === null ? '–' : formatTick(row.spread.median, Number.isInteger(row.spread.median) ? 1 : 0.1)}`, FIGURES_X, y);
  label(doc, STYLE.note, `Vet ej: ${formatCount(row.spread.dontKnow)}`, FIGURES_X, y + 11);
  doc.y = y + height;
  rule(doc, doc.y - 3);
}

export function selfAssessmentSection(doc: Doc, summary: SelfAssessmentSummary | null): void {
  if (!summary) {
    heading(doc, STYLE.h1, 'Självskattning', measure(doc, STYLE.body, NO_SELF_ASSESSMENT));
    write(doc, STYLE.body, NO_SELF_ASSESSMENT);
    return;
  }
  heading(doc, STYLE.h1, 'Självskattning');
  write(doc, STYLE.body, `${summary.title}: ${formatCount(summary.respondents)} svarande, delad ${formatDate(summary.sharedAt)}. Skala 1 (stämmer inte alls) till 5 (stämmer helt).`);
  write(doc, STYLE.body, 'Staplarna visar hur svaren fördelar sig på skalan och hur många som svarat ”vet ej”. '
    + 'Siffrorna i staplarna är antal svar. Medianen räknas utan ”vet ej”.');
  legend(doc);
  for (const factor of summary.factors) {
    const rows: Row[] = [
      { style: STYLE.strong, text: 'Framgångsfaktorn sammantaget', spread: factor, bar: 14 },
      ...factor.statements.map((s) => ({ style: STYLE.small, text: s.text, spread: s as RatingSpread, bar: 10 })),
    ];
    const heights = rows.map((row) => rowHeight(doc, row));
    heading(doc, STYLE.h2, factor.name, heights[0]!);
    rows.forEach((row, i) => spreadRow(doc, row, heights[i]!));
  }
}
