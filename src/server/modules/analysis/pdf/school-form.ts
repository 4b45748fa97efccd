/**
 * One school form in the analysis basis PDF: its heading, the gaps in words, the goals and sub-goals
 * with their indicators, and the conditions as a table.
 */
import { FLAG_BELOW_N, SUPPRESS_BELOW_N, type AnalysisBasis } from '../../../../shared/api/analysis.ts';
import { PRIORITY_AREA_LABELS } from '../../../../shared/api/catalogue.ts';
import { SCHOOL_FORM_LABELS } from '../../../../shared/school-forms.ts';
import { formatCount, yearCell } from './format.ts';
import { indicatorBlock, indicatorHeight } from './indicator.ts';
import { bullet, COLOR, CONTENT_WIDTH, ensureSpace, heading, label, MARGIN, measure, rule, shape, STYLE, write, type Doc } from './layout.ts';

type SchoolFormBasis = AnalysisBasis['schoolForms'][number];
type Condition = SchoolFormBasis['conditions'][number];

const NO_MEASURE = 'Delmålet har inget nationellt mått. Följ upp det med egna underlag.';

function gaps(doc: Doc, form: SchoolFormBasis): void {
  if (form.gaps.length === 0) return;
  heading(doc, STYLE.h3, 'Det här saknas eller är osäkert', measure(doc, STYLE.body, form.gaps[0]!, CONTENT_WIDTH - 12));
  for (const gap of form.gaps) bullet(doc, STYLE.body, gap);
}

function goals(doc: Doc, form: SchoolFormBasis, years: number[]): void {
  for (const goal of form.goals) {
    const first = goal.subGoals[0];
    const subHeading = (sub: SchoolFormBasis['goals'][number]['subGoals'][number]) => `${PRIORITY_AREA_LABELS[sub.priorityArea].sv} – ${sub.text}`;
    const firstBlock = (sub: typeof first) => {
      if (!sub) return 0;
      const row = sub.indicators[0];
      return STYLE.h3.before + measure(doc, STYLE.h3, subHeading(sub)) + (row ? indicatorHeight(doc, row) : measure(doc, STYLE.body, NO_MEASURE));
    };
    heading(doc, STYLE.h2, goal.text, firstBlock(first));
    for (const sub of goal.subGoals) {
      const heights = sub.indicators.map((row) => indicatorHeight(doc, row));
      heading(doc, STYLE.h3, subHeading(sub), heights[0] ?? measure(doc, STYLE.body, NO_MEASURE));
      if (sub.indicators.length === 0) write(doc, { ...STYLE.body, color: COLOR.muted }, NO_MEASURE);
      sub.indicators.forEach((row, i) => indicatorBlock(doc, row, years, heights[i]));
    }
  }
}

const NAME_WIDTH = 150;
const NATIONAL_WIDTH = 68;
const CELL_PAD = 4;

function conditionsHeader(doc: Doc, years: number[], cell: number): void {
  const y = doc.y;
  shape(doc, (d) => d.fillColor(COLOR.headerFill).rect(MARGIN.left, y, CONTENT_WIDTH, 14).fill());
  label(doc, STYLE.strong, 'Mått', MARGIN.left + CELL_PAD, y + 3);
  years.forEach((year, i) => label(doc, STYLE.strong, String(year), MARGIN.left + NAME_WIDTH + cell * (i + 1) - CELL_PAD, y + 3, 'right'));
  label(doc, STYLE.strong, 'Riket', MARGIN.left + CONTENT_WIDTH - CELL_PAD, y + 3, 'right');
  doc.y = y + 16;
}

function conditionRow(doc: Doc, condition: Condition, years: number[], cell: number, height: number): void {
  const y = doc.y;
  write(doc, STYLE.small, condition.name, { x: MARGIN.left + CELL_PAD, y, width: NAME_WIDTH - 2 * CELL_PAD });
  years.forEach((year, i) => {
    const v = condition.trend.find((t) => t.year === year);
    label(doc, STYLE.small, v ? yearCell(v, condition.unit) : '–', MARGIN.left + NAME_WIDTH + cell * (i + 1) - CELL_PAD, y, 'right');
  });
  const national = condition.national.suppressed || condition.national.value === null ? null : condition.national.value;
  label(doc, STYLE.small, national === null ? '–' : yearCell({ year: 0, value: national, n: null, status: 'ok' }, condition.unit), MARGIN.left + CONTENT_WIDTH - CELL_PAD, y, 'right');
  doc.y = y + height;
  rule(doc, doc.y - 2);
}

/** The conditions as a table: one row per measure, a column per year and the national value; the header repeats on a new page. */
function conditions(doc: Doc, form: SchoolFormBasis, years: number[]): void {
  if (form.conditions.length === 0) return;
  const cell = (CONTENT_WIDTH - NAME_WIDTH - NATIONAL_WIDTH) / Math.max(years.length, 1);
  const heights = form.conditions.map((c) => measure(doc, STYLE.small, c.name, NAME_WIDTH - 2 * CELL_PAD) + 4);
  const formName = SCHOOL_FORM_LABELS[form.schoolForm].sv.toLowerCase();
  heading(doc, STYLE.h3, `Förutsättningar för ${formName}`, 16 + heights[0]!);
  conditionsHeader(doc, years, cell);
  form.conditions.forEach((condition, i) => {
    const page = doc.page;
    ensureSpace(doc, heights[i]!);
    if (doc.page !== page) conditionsHeader(doc, years, cell);
    conditionRow(doc, condition, years, cell, heights[i]!);
  });
  doc.y += 4;
  write(doc, STYLE.note, `* = osäkert värde (färre än ${FLAG_BELOW_N} barn eller elever). – = uppgift saknas eller döljs (färre än ${SUPPRESS_BELOW_N}). .. = sekretess i källan. Riket avser det senaste året.`);
}

export function schoolFormSection(doc: Doc, basis: AnalysisBasis, form: SchoolFormBasis): void {
  heading(doc, STYLE.h1, SCHOOL_FORM_LABELS[form.schoolForm].sv);
  write(doc, STYLE.body, `${formatCount(form.childrenPupils)} barn och elever hos huvudmannen.`);
  gaps(doc, form);
  goals(doc, form, basis.years);
  conditions(doc, form, basis.years);
}
