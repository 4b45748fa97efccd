/**
 * Importing indicator and conditions values (PxWeb json-stat2, Kolada, CSV). The whole file is read
 * and checked first; nothing is written unless it is clean. The real run is one transaction: new
 * values are inserted, changed ones overwritten, equal ones left alone, then one `value_imports` row
 * (the data vintage the analysis basis states) and one audit record. A file that changes nothing
 * writes nothing, so importing the same file twice leaves the second time without a trace.
 *
 * n: a value without a count in the file (a PxWeb table without "Elever, antal", any Kolada value,
 * an empty n in a CSV line) takes the organiser's children and pupils in the school form from the
 * registry (its active units), and the answer says for how many values that was done. Where the
 * registry has none either, n is 0, and the analysis basis then does not show the value.
 */
import type { ValueImportFormat, ValueImportResult } from '../../../../shared/api/value-import.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { Database, DatabaseKind, Queryable, Tx } from '../../../platform/db/database.ts';
import type { Actor } from '../../../platform/http/access.ts';
import { audit } from '../../audit/audit.ts';
import { findLatestPublished } from '../../catalogue/repository.ts';
import { formatSv, ProblemLog } from '../../registry/import/problems.ts';
import { insertImport } from '../repository.ts';
import { parseValueFile } from './parse.ts';
import { checkValues, type CheckedValue, type RuleContext } from './rules.ts';
import type { CatalogueMeasure } from './types.ts';
import { childrenPupilsByForm, organiserKeys, storedValues, upsertMeasureValues, type StoredValue } from './value-import-repository.ts';

export const SOURCE_LABELS: Record<ValueImportFormat, string> = {
  pxweb: 'Skolverkets statistikdatabas (PxWeb)',
  kolada: 'Kolada',
  csv: 'CSV',
};

type Value = CheckedValue & { n: number };

interface Plan {
  insert: Value[];
  update: Value[];
  unchanged: number;
}

const keyOf = (v: CheckedValue): string => `${v.organiserId}|${v.schoolForm}|${v.measureKey}|${v.year}`;
const same = (a: Value, b: StoredValue): boolean => a.value === b.value && a.n === b.n && a.status === b.status;

async function loadContext(q: Queryable): Promise<Omit<RuleContext, 'currentYear'> | null> {
  const catalogue = await findLatestPublished(q);
  if (!catalogue) return null;
  const measures = new Map<string, CatalogueMeasure>(
    [...catalogue.content.indicators, ...catalogue.content.conditions].map((m) => [m.key, { key: m.key, name: m.name, unit: m.unit, schoolForms: m.schoolForms }]),
  );
  const organiserIds = new Map<string, string>();
  const municipalOrganisers = new Map<string, string[]>();
  for (const o of await organiserKeys(q)) {
    organiserIds.set(o.orgNumber, o.id);
    if (o.kind === 'kommun') municipalOrganisers.set(o.municipalityCode, [...(municipalOrganisers.get(o.municipalityCode) ?? []), o.id]);
  }
  return { measures, organiserIds, municipalOrganisers };
}

/** Gives every value an n; returns the warnings that say where n came from the registry. */
async function completeCounts(q: Queryable, values: CheckedValue[]): Promise<{ values: Value[]; warnings: string[] }> {
  const without = values.filter((v) => v.n === null);
  if (without.length === 0) return { values: values as Value[], warnings: [] };
  const counts = await childrenPupilsByForm(q, [...new Set(without.map((v) => v.organiserId))]);
  let zero = 0;
  const completed = values.map((v): Value => {
    if (v.n !== null) return v as Value;
    const n = counts.get(`${v.organiserId}|${v.schoolForm}`) ?? 0;
    if (n === 0) zero++;
    return { ...v, n };
  });
  const one = without.length === 1;
  const warnings = [`${formatSv(without.length)} ${one ? 'värde saknar' : 'värden saknar'} antal barn eller elever i filen. För ${one ? 'det' : 'dem'}`
    + ' används antalet barn och elever i huvudmannens aktiva enheter i skolformen enligt registret.'];
  if (zero > 0) {
    warnings.push(`${one ? 'Huvudmannen har' : `För ${formatSv(zero)} av dem har huvudmannen`} inga barn eller elever i skolformen enligt`
      + ` registret; ${one ? 'värdet får' : 'de får'} antalet 0 och visas därför inte i analysunderlaget.`);
  }
  return { values: completed, warnings };
}

async function plan(q: Queryable, values: Value[]): Promise<Plan> {
  const stored = await storedValues(q, {
    measureKeys: [...new Set(values.map((v) => v.measureKey))],
    schoolForms: [...new Set(values.map((v) => v.schoolForm))] as SchoolForm[],
    years: [...new Set(values.map((v) => v.year))],
  });
  const out: Plan = { insert: [], update: [], unchanged: 0 };
  for (const v of values) {
    const current = stored.get(keyOf(v));
    if (!current) out.insert.push(v);
    else if (same(v, current)) out.unchanged++;
    else out.update.push(v);
  }
  return out;
}

async function apply(tx: Tx, kind: DatabaseKind, actor: Actor, work: Plan, meta: { format: ValueImportFormat; filename: string; skipped: Record<string, number> }) {
  const changed = [...work.insert, ...work.update];
  if (changed.length === 0) return null;
  const load = await insertImport(tx, {
    label: `${SOURCE_LABELS[meta.format]}: ${meta.filename}`, source: meta.format, rows: changed.length, importedBy: actor.userId,
  });
  await upsertMeasureValues(kind, tx, changed.map((v) => ({ ...v, importId: load.id })));
  await audit(tx, actor, {
    event: 'import.applied', entityType: 'value_import', entityId: load.id,
    details: {
      kind: 'values', source: meta.format, filename: meta.filename,
      inserted: work.insert.length, updated: work.update.length, unchanged: work.unchanged, ...meta.skipped,
      measures: [...new Set(changed.map((v) => v.measureKey))].sort(),
      years: [...new Set(changed.map((v) => v.year))].sort(),
    },
  });
  return load.id;
}

export async function importValues({ db, actor, bytes, filename, dryRun, maxBytes, schoolForm, now = new Date() }: {
  db: Database; actor: Actor; bytes: Uint8Array; filename: string; dryRun: boolean; maxBytes: number; schoolForm: SchoolForm | null; now?: Date;
}): Promise<ValueImportResult> {
  const log = new ProblemLog();
  const context = await db.read(loadContext);
  if (!context) log.add(null, 'det finns ingen publicerad version av kvalitetssystemet att pröva måtten mot');
  const parsed = parseValueFile({ bytes, filename, maxBytes, measures: context?.measures ?? new Map(), schoolForm, log });
  const checked = context ? checkValues(parsed.rows, { ...context, currentYear: now.getFullYear() }, log) : [];
  const skipped = { skippedCountry: parsed.skippedCountry, skippedUnits: parsed.skippedUnits };
  if (log.count === 0 && checked.length === 0) {
    const skippedAny = parsed.skippedCountry + parsed.skippedUnits > 0;
    log.add(null, `filen innehåller inga värden för huvudmän${skippedAny ? ` (${formatSv(parsed.skippedCountry)} värden för riket och`
      + ` ${formatSv(parsed.skippedUnits)} för skolenheter hoppades över)` : ''}`);
  }
  const summary = { values: 0, inserted: 0, updated: 0, unchanged: 0, ...skipped };
  if (log.count > 0) {
    return { dryRun, format: parsed.format, ok: false, problems: log.list(parsed.format === 'csv'), warnings: parsed.warnings, summary, importId: null };
  }
  const format = parsed.format!;
  const run = async (q: Queryable, tx: Tx | null) => {
    const { values, warnings } = await completeCounts(q, checked);
    const work = await plan(q, values);
    const importId = tx ? await apply(tx, db.kind, actor, work, { format, filename, skipped }) : null;
    return { work, warnings, importId };
  };
  const { work, warnings, importId } = dryRun ? await db.read((q) => run(q, null)) : await db.transaction((tx) => run(tx, tx));
  return {
    dryRun, format, ok: true, problems: [], warnings: [...parsed.warnings, ...warnings], importId,
    summary: { ...summary, values: checked.length, inserted: work.insert.length, updated: work.update.length, unchanged: work.unchanged },
  };
}
