/**
 * The analysis basis as an XLSX workbook: a "Läs mig" sheet (what the workbook holds, the catalogue
 * version and data vintage, how to read the marks), one sheet per school form laid out for reading,
 * and a tidy "Data" sheet with one row per organiser value for anyone who wants to analyse further.
 */
import ExcelJS from 'exceljs';
import type { AnalysisBasis, IndicatorRow, YearValue } from '../../../shared/api/analysis.ts';
import { PRIORITY_AREA_LABELS } from '../../../shared/api/catalogue.ts';
import { formatOrgNumber } from '../../../shared/org-number.ts';
import { SCHOOL_FORM_LABELS } from '../../../shared/school-forms.ts';

const VERDICT_TEXT: Record<string, string> = {
  better: 'Bättre än förväntat', worse: 'Sämre än förväntat', as_expected: 'Inom det förväntade', outside: 'Utanför intervallet',
};

/** Excel sheet names: at most 31 characters, none of : \ / ? * [ ]. */
const sheetName = (name: string) => name.replace(/[:\\/?*[\]]/g, ' ').slice(0, 31);

const cell = (v: YearValue): number | string => (v.value === null ? (v.status === 'confidential' ? '..' : '–') : v.value);
const round = (n: number | null) => (n === null ? null : Math.round(n * 10) / 10);

function readMe(workbook: ExcelJS.Workbook, basis: AnalysisBasis): void {
  const sheet = workbook.addWorksheet('Läs mig');
  sheet.columns = [{ width: 28 }, { width: 90 }];
  const rows: [string, string][] = [
    ['Analysunderlag', `${basis.organiser.name} (${formatOrgNumber(basis.organiser.orgNumber)})`],
    ['Kvalitetssystemet', basis.catalogue.label],
    ['Dataunderlag', basis.vintage ? `${basis.vintage.label}, inläst ${basis.vintage.importedAt.slice(0, 10)}` : 'Inga värden inlästa'],
    ['År', `${basis.years.join(', ')} (höstterminens år: 2024 = läsåret 2024/25)`],
    ['Flikar', 'En flik per skolform med indikatorerna under sina delmål, och fliken Data med ett värde per rad.'],
    ['Riket och grupper', 'Medelvärden viktade med antal barn eller elever. Grupper med färre än 5 huvudmän visas inte.'],
    ['Förväntat värde', 'Beräknat med en regression över alla huvudmän på bakgrundsmåtten, med ett 95-procentigt intervall. Bedömningen anges bara när värdet ligger utanför intervallet.'],
    ['Tecken', '– = uppgift saknas eller dold (färre än 5 barn eller elever); .. = sekretess i källan; värden bakom färre än 10 är osäkra.'],
  ];
  for (const [k, v] of rows) sheet.addRow([k, v]);
  sheet.getColumn(1).font = { bold: true };
  sheet.getColumn(2).alignment = { wrapText: true, vertical: 'top' };
}

function formSheet(workbook: ExcelJS.Workbook, basis: AnalysisBasis, form: AnalysisBasis['schoolForms'][number]): void {
  const sheet = workbook.addWorksheet(sheetName(SCHOOL_FORM_LABELS[form.schoolForm].sv));
  const header = ['Prioriterat område', 'Delmål', 'Indikator', ...basis.years.map(String), 'Riket', 'Samma typ och storlek', 'Samma kommungrupp', 'Förväntat', 'Nedre gräns', 'Övre gräns', 'Jämfört med förväntat'];
  sheet.addRow(header).font = { bold: true };
  const indicator = (area: string, subGoal: string, row: IndicatorRow) => sheet.addRow([
    area, subGoal, row.name, ...row.trend.map(cell),
    round(row.national.value), round(row.sameKindAndSize.value), round(row.sameMunicipalityGroup.value),
    round(row.expected?.value ?? null), round(row.expected?.lower ?? null), round(row.expected?.upper ?? null),
    row.expected?.verdict ? VERDICT_TEXT[row.expected.verdict] : '',
  ]);
  for (const goal of form.goals) {
    sheet.addRow([goal.text]).font = { bold: true, italic: true };
    for (const sub of goal.subGoals) for (const row of sub.indicators) indicator(PRIORITY_AREA_LABELS[sub.priorityArea].sv, sub.text, row);
  }
  sheet.addRow([]);
  sheet.addRow(['Förutsättningar']).font = { bold: true };
  for (const c of form.conditions) sheet.addRow(['', '', c.name, ...c.trend.map(cell), round(c.national.value)]);
  if (form.gaps.length > 0) {
    sheet.addRow([]);
    sheet.addRow(['Det här saknas eller är osäkert']).font = { bold: true };
    for (const gap of form.gaps) sheet.addRow([gap]);
  }
  sheet.columns.forEach((column, i) => { column.width = i < 3 ? 40 : 12; });
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

function dataSheet(workbook: ExcelJS.Workbook, basis: AnalysisBasis): void {
  const sheet = workbook.addWorksheet('Data');
  sheet.addRow(['organisationsnummer', 'skolform', 'typ', 'matt', 'namn', 'enhet', 'ar', 'varde', 'antal', 'status']).font = { bold: true };
  for (const form of basis.schoolForms) {
    const rows = [
      ...form.goals.flatMap((g) => g.subGoals.flatMap((s) => s.indicators)).map((r) => ({ kind: 'indikator', key: r.key, name: r.name, unit: r.unit, trend: r.trend })),
      ...form.conditions.map((c) => ({ kind: 'forutsattning', key: c.key, name: c.name, unit: c.unit, trend: c.trend })),
    ];
    const seen = new Set<string>();
    for (const r of rows) {
      if (seen.has(r.key)) continue; // an indicator may serve several sub-goals
      seen.add(r.key);
      for (const v of r.trend) sheet.addRow([basis.organiser.orgNumber, form.schoolForm, r.kind, r.key, r.name, r.unit, v.year, v.value, v.n, v.status]);
    }
  }
}

export async function analysisBasisXlsx(basis: AnalysisBasis): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Kvalitetsnav';
  workbook.created = new Date(basis.vintage?.importedAt ?? Date.now());
  readMe(workbook, basis);
  for (const form of basis.schoolForms) formSheet(workbook, basis, form);
  dataSheet(workbook, basis);
  // The fastest deflate level: a quarter less time per file for files about a tenth larger (the batch builds thousands).
  return Buffer.from(await workbook.xlsx.writeBuffer({ zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } } }));
}

