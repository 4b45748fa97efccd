/**
 * The analysis basis as a PDF, built with pdfkit and its built-in fonts (no browser, no font files):
 * a title page with the facts, how to read the basis and the contents; then per school form the
 * goals, sub-goals and indicators with a trend chart each, the conditions and the gaps; then the
 * self-assessment. "Sida X av Y" in every footer. The wording follows the web page and the XLSX export.
 */
import { FLAG_BELOW_N, SUPPRESS_BELOW_N, type AnalysisBasis } from '../../../shared/api/analysis.ts';
import { formatOrgNumber } from '../../../shared/org-number.ts';
import { SCHOOL_FORM_LABELS } from '../../../shared/school-forms.ts';
import { formatDate } from './pdf/format.ts';
import {
  COLOR, CONTENT_WIDTH, createDocument, ensureSpace, footers, heading, label, MARGIN, PAGE, rule, STYLE, toBuffer, write, type Doc,
} from './pdf/layout.ts';
import { schoolFormSection } from './pdf/school-form.ts';
import { selfAssessmentSection } from './pdf/self-assessment.ts';

const READING_GUIDE = [
  'Underlaget visar huvudmannens resultat och förutsättningar i förhållande till de nationella målsättningarna och delmålen, '
  + 'en skolform i taget. Under varje delmål står dess indikatorer: det senaste värdet, riket och två jämförelsegrupper '
  + '(huvudmän av samma typ och storlek, huvudmän i samma kommungrupp), det förväntade värdet och hur värdet förhåller sig till det.',
  'Diagrammet visar huvudmannens värden de senaste åren som en linje; ett år utan värde lämnas tomt. Den streckade linjen är '
  + 'riket det senaste året och det grå fältet det förväntade intervallet. En ofylld punkt är ett osäkert värde.',
  'Riket och grupperna är medelvärden viktade med antal barn eller elever. Grupper med färre än 5 huvudmän visas inte. '
  + 'Det förväntade värdet är beräknat med en regression över alla huvudmän på bakgrundsmåtten, med ett 95-procentigt '
  + 'intervall. Bedömningen anges bara när värdet ligger utanför intervallet.',
  `Tecken: – = uppgift saknas eller dold (färre än ${SUPPRESS_BELOW_N} barn eller elever); .. = sekretess i källan; * = osäkert värde `
  + `(färre än ${FLAG_BELOW_N} barn eller elever). Dolda värden redovisas inte alls.`,
];

/** A line of the contents: where it stands (`at`, page index and y) and the page number of its section once known. */
interface ContentsEntry { title: string; destination: string; at: { page: number; y: number }; page?: number }

function titlePage(doc: Doc, basis: AnalysisBasis, builtAt: Date): void {
  write(doc, { ...STYLE.small, color: COLOR.muted }, 'Underlag inför kvalitetsdialogen');
  write(doc, STYLE.title, 'Analysunderlag');
  write(doc, { ...STYLE.h1, after: 14 }, basis.organiser.name);
  const last = basis.years.at(-1);
  const years = last === undefined ? 'Inga' : `${basis.years[0]}–${last} (höstterminens år: ${last} = läsåret ${last}/${String((last + 1) % 100).padStart(2, '0')})`;
  const facts: [string, string][] = [
    ['Organisationsnummer', formatOrgNumber(basis.organiser.orgNumber)],
    ['Kvalitetssystemet', basis.catalogue.label],
    ['Dataunderlag', basis.vintage ? `${basis.vintage.label}, inläst ${formatDate(basis.vintage.importedAt)}` : 'Inga värden inlästa'],
    ['År', years],
    ['Framtaget', formatDate(builtAt)],
  ];
  for (const [name, value] of facts) {
    const y = doc.y;
    label(doc, STYLE.strong, name, MARGIN.left, y);
    write(doc, STYLE.body, value, { x: MARGIN.left + 130, y, width: CONTENT_WIDTH - 130 });
  }
  doc.y += 6;
  rule(doc);
  doc.y += 4;
  heading(doc, STYLE.h2, 'Så läser du underlaget');
  for (const paragraph of READING_GUIDE) write(doc, STYLE.body, paragraph);
}

/** Reserves the contents lines now; their page numbers are written once the sections are laid out. */
function contents(doc: Doc, basis: AnalysisBasis): ContentsEntry[] {
  const titles = [...basis.schoolForms.map((f) => SCHOOL_FORM_LABELS[f.schoolForm].sv), 'Självskattning'];
  heading(doc, STYLE.h2, 'Innehåll', titles.length * 14);
  return titles.map((title, i) => {
    const range = doc.bufferedPageRange();
    const entry = { title, destination: `avsnitt-${i + 1}`, at: { page: range.start + range.count - 1, y: doc.y } };
    write(doc, { ...STYLE.body, after: 2 }, title);
    return entry;
  });
}

function section(doc: Doc, entry: ContentsEntry | undefined, newPage: boolean): void {
  if (newPage) doc.addPage();
  if (!entry) return;
  const range = doc.bufferedPageRange();
  entry.page = range.start + range.count;
  doc.addNamedDestination(entry.destination);
  doc.outline.addItem(entry.title);
}

function contentsPageNumbers(doc: Doc, entries: ContentsEntry[]): void {
  for (const entry of entries) {
    if (entry.page === undefined) continue;
    doc.switchToPage(entry.at.page);
    label(doc, STYLE.body, `sida ${entry.page}`, PAGE.width - MARGIN.right, entry.at.y, 'right');
    doc.goTo(MARGIN.left, entry.at.y, CONTENT_WIDTH, 12, entry.destination);
  }
}

export async function analysisBasisPdf(basis: AnalysisBasis, options: { builtAt?: Date } = {}): Promise<Buffer> {
  const title = `Analysunderlag för ${basis.organiser.name}`;
  const doc = createDocument(title, `${basis.catalogue.label}, organisationsnummer ${formatOrgNumber(basis.organiser.orgNumber)}`);
  titlePage(doc, basis, options.builtAt ?? new Date());
  const entries = contents(doc, basis);
  basis.schoolForms.forEach((form, i) => {
    section(doc, entries[i], true);
    schoolFormSection(doc, basis, form);
  });
  const selfEntry = entries.at(-1);
  if (basis.selfAssessment) section(doc, selfEntry, true);
  else {
    if (doc.y > doc.page.margins.top) doc.y += 18;
    ensureSpace(doc, 60);
    section(doc, selfEntry, false);
  }
  selfAssessmentSection(doc, basis.selfAssessment);
  contentsPageNumbers(doc, entries);
  footers(doc, title.length > 90 ? `${title.slice(0, 89)}…` : title);
  return toBuffer(doc);
}
