/**
 * Small vector charts for the analysis basis PDF: an indicator's five-year trend against the
 * national level and the expected interval, and the spread of self-assessment ratings as a stacked bar.
 */
import type { IndicatorRow, RatingSpread } from '../../../../shared/api/analysis.ts';
import { formatTick, shownValue, yearCell } from './format.ts';
import { COLOR, label, shape, STYLE, type Doc } from './layout.ts';

export interface Box { x: number; y: number; width: number; height: number }

/** Height of a trend chart including its year and value labels and the legend. */
export const TREND_CHART_HEIGHT = 118;

/** Axis ticks at 1, 2 or 5 times a power of ten spanning [min, max], and that step. */
export function niceTicks(min: number, max: number, count = 4): { ticks: number[]; step: number } {
  if (min === max) {
    const pad = Math.abs(min) * 0.1 || 1;
    min -= pad;
    max += pad;
  }
  const raw = (max - min) / (count - 1);
  const power = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= raw) ?? 10 * power;
  const lo = Math.floor(min / step) * step;
  const hi = Math.ceil(max / step) * step;
  const ticks: number[] = [];
  const digits = Math.max(0, -Math.floor(Math.log10(step)));
  for (let i = 0; lo + i * step <= hi + step / 2; i++) ticks.push(Number((Math.round(lo / step + i) * step).toFixed(digits)));
  return { ticks, step };
}

/** Pairs of neighbouring years that both have a value: a missing year breaks the line instead of counting as zero. */
export function lineSegments(values: (number | null)[]): [number, number][] {
  const segments: [number, number][] = [];
  for (let i = 1; i < values.length; i++) if (values[i - 1] !== null && values[i] !== null) segments.push([i - 1, i]);
  return segments;
}

/**
 * The organiser's values year by year as a line with points (hollow when uncertain), broken where a
 * year has no value; the national level of the latest year as a dashed reference line; the expected
 * interval as a band at the latest year. Year labels and the values in words sit below.
 */
export function trendChart(doc: Doc, box: Box, row: IndicatorRow, years: number[]): void {
  if (years.length === 0) return;
  const values = years.map((year) => {
    const v = row.trend.find((t) => t.year === year);
    return v ? shownValue(v) : null;
  });
  const national = row.national.suppressed ? null : row.national.value;
  const domain = values.filter((v) => v !== null);
  if (national !== null) domain.push(national);
  if (row.expected) domain.push(row.expected.lower, row.expected.upper);

  const plot = { x: box.x + 34, y: box.y + 4, width: box.width - 40, height: box.height - 54 };
  const { ticks, step } = domain.length > 0 ? niceTicks(Math.min(...domain), Math.max(...domain)) : { ticks: [0, 1], step: 1 };
  const lo = ticks[0]!;
  const hi = ticks.at(-1)!;
  const yOf = (v: number) => plot.y + plot.height - ((v - lo) / (hi - lo)) * plot.height;
  const xOf = (i: number) => plot.x + (plot.width * (i + 0.5)) / years.length;

  shape(doc, (d) => {
    d.lineWidth(0.5).strokeColor(COLOR.grid);
    for (const tick of ticks) d.moveTo(plot.x, yOf(tick)).lineTo(plot.x + plot.width, yOf(tick));
    d.stroke();
  });
  for (const tick of ticks) label(doc, STYLE.note, formatTick(tick, step), plot.x - 4, yOf(tick) - 3, 'right');

  const latest = years.indexOf(row.latestYear);
  const expected = row.expected;
  if (expected && latest >= 0) {
    const top = yOf(expected.upper);
    shape(doc, (d) => {
      d.fillColor(COLOR.expected).rect(xOf(latest) - 6, top, 12, Math.max(yOf(expected.lower) - top, 1)).fill();
      d.lineWidth(1).strokeColor(COLOR.muted).moveTo(xOf(latest) - 6, yOf(expected.value)).lineTo(xOf(latest) + 6, yOf(expected.value)).stroke();
    });
  }
  if (national !== null) {
    shape(doc, (d) => d.lineWidth(1).strokeColor(COLOR.national).dash(3, { space: 2 }).moveTo(plot.x, yOf(national)).lineTo(plot.x + plot.width, yOf(national)).stroke());
  }

  shape(doc, (d) => {
    const segments = lineSegments(values);
    d.lineWidth(1.5).strokeColor(COLOR.organiser);
    for (const [a, b] of segments) d.moveTo(xOf(a), yOf(values[a]!)).lineTo(xOf(b), yOf(values[b]!));
    if (segments.length > 0) d.stroke();
    d.lineWidth(1);
    values.forEach((v, i) => {
      if (v === null) return;
      const uncertain = row.trend.find((t) => t.year === years[i])?.status === 'uncertain';
      d.circle(xOf(i), yOf(v), 2.4).fillAndStroke(uncertain ? '#ffffff' : COLOR.organiser, COLOR.organiser);
    });
  });
  if (values.every((v) => v === null)) label(doc, STYLE.note, 'Inga värden för huvudmannen', plot.x + plot.width / 2, plot.y + plot.height / 2 - 3, 'center');

  const below = plot.y + plot.height + 4;
  years.forEach((year, i) => {
    label(doc, STYLE.note, String(year), xOf(i), below, 'center');
    const v = row.trend.find((t) => t.year === year);
    label(doc, STYLE.note, v ? yearCell(v, row.unit) : '–', xOf(i), below + 10, 'center');
  });
  legend(doc, box.x + 4, below + 26, national !== null, row.expected !== null);
}

function legend(doc: Doc, x: number, y: number, national: boolean, expected: boolean): void {
  shape(doc, (d) => d.lineWidth(1.5).strokeColor(COLOR.organiser).moveTo(x, y + 3).lineTo(x + 12, y + 3).stroke());
  label(doc, STYLE.note, 'Huvudmannen', x + 15, y);
  let at = x + 70;
  if (national) {
    const start = at;
    shape(doc, (d) => d.lineWidth(1).strokeColor(COLOR.national).dash(3, { space: 2 }).moveTo(start, y + 3).lineTo(start + 12, y + 3).stroke());
    label(doc, STYLE.note, 'Riket', at + 15, y);
    at += 42;
  }
  if (expected) {
    shape(doc, (d) => d.fillColor(COLOR.expected).rect(at + 3, y - 1, 6, 8).fill());
    label(doc, STYLE.note, 'Förväntat intervall', at + 13, y);
  }
}

/** Fills for ratings 1–5 (light to dark) and for "vet ej"; counts are printed inside, so colour is not the only cue. */
export const RATING_FILLS = ['#f3d9c4', '#e9b48f', '#c9c9c9', '#8fb3d9', '#2f6ea8', '#ffffff'];
const RATING_TEXT = ['#1a1a1a', '#1a1a1a', '#1a1a1a', '#1a1a1a', '#ffffff', '#555555'];

/** The answers 1–5 and "vet ej" as one horizontal bar split in proportion to the counts. */
export function ratingBar(doc: Doc, box: Box, spread: RatingSpread): void {
  const counts = [...spread.distribution, spread.dontKnow];
  const total = counts.reduce((a, b) => a + b, 0);
  shape(doc, (d) => d.lineWidth(0.5).strokeColor(COLOR.rule).rect(box.x, box.y, box.width, box.height).stroke());
  if (total === 0) {
    label(doc, STYLE.note, 'Inga svar', box.x + 4, box.y + box.height / 2 - 3);
    return;
  }
  let x = box.x;
  counts.forEach((count, i) => {
    if (count === 0) return;
    const width = (box.width * count) / total;
    const left = x;
    shape(doc, (d) => d.fillColor(RATING_FILLS[i]!).rect(left, box.y, width, box.height).fill());
    if (width >= 10 && box.height >= 8) {
      label(doc, { ...STYLE.note, color: RATING_TEXT[i]! }, String(count), x + width / 2, box.y + box.height / 2 - 3, 'center');
    }
    x += width;
  });
}
