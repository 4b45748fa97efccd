/**
 * Importing organisers and units. Parse and validate the whole file first; nothing is written unless
 * it is clean. The real run is one transaction; a row equal to what is stored changes nothing, so the
 * same file imported twice changes nothing the second time. Every change goes to the audit log, which
 * is also the organiser's history.
 */
import type { ImportResult } from '../../../shared/api/registry.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { Database, Queryable, Tx } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { audit, type AuditEntry } from '../audit/audit.ts';
import { parseRegistryImport, type ImportOrganiser, type ImportUnit, type ParsedImport } from './import/parse.ts';
import {
  insertOrganisers, insertUnits, knownOrgNumbers, organisersByOrgNumber, replaceUnitForms, unitsByCode, updateOrganiserFields, updateUnitFields,
} from './import-repository.ts';
import { municipalityCodes } from './reference-repository.ts';
import { refreshOrganiserTotals } from './repository.ts';

type Diff = Record<string, { from: unknown; to: unknown }>;

function diffFields(before: Record<string, unknown>, after: Record<string, unknown>): Diff {
  const diff: Diff = {};
  for (const [key, value] of Object.entries(after)) {
    if (JSON.stringify(before[key]) !== JSON.stringify(value)) diff[key] = { from: before[key], to: value };
  }
  return diff;
}

interface Plan {
  organisers: { create: ImportOrganiser[]; update: { id: string; diff: Diff; set: Record<string, unknown> }[]; unchanged: number };
  units: {
    create: ImportUnit[];
    update: { id: string; organiserOrgNumber: string; diff: Diff; set: Record<string, unknown>; forms: { schoolForm: SchoolForm; childrenPupils: number }[] | null }[];
    unchanged: number;
  };
}

async function plan(q: Queryable, parsed: ParsedImport): Promise<Plan> {
  const existingOrganisers = new Map(
    (await organisersByOrgNumber(q, parsed.organisers.map((o) => o.orgNumber))).map((o) => [o.orgNumber, o]),
  );
  const result: Plan = { organisers: { create: [], update: [], unchanged: 0 }, units: { create: [], update: [], unchanged: 0 } };
  for (const row of parsed.organisers) {
    const current = existingOrganisers.get(row.orgNumber);
    if (!current) {
      result.organisers.create.push(row);
      continue;
    }
    // A register document without the organiser's own record (an organiser list entry, a unit's
    // `included`) carries no municipality and only a guess at kind and status: keep the stored ones.
    const after: Record<string, unknown> = row.municipalityCode
      ? { name: row.name, kind: row.kind, status: row.status, municipalityCode: row.municipalityCode }
      : { name: row.name };
    const diff = diffFields(current, after);
    if (Object.keys(diff).length === 0) result.organisers.unchanged++;
    else result.organisers.update.push({ id: current.id, diff, set: after });
  }

  const existingUnits = new Map((await unitsByCode(q, parsed.units.map((u) => u.code))).map((u) => [u.unit.code, u]));
  const orgIds = new Map((await organisersByOrgNumber(q, parsed.units.map((u) => u.orgNumber))).map((o) => [o.orgNumber, o.id]));
  for (const row of parsed.units) {
    const current = existingUnits.get(row.code);
    if (!current) {
      result.units.create.push(row);
      continue;
    }
    const stored = new Map(current.forms.map((f) => [f.schoolForm, f.childrenPupils]));
    // The register names a unit's school forms but not its children: keep the stored counts then.
    const forms = row.schoolForms
        .map((f) => ({ schoolForm: f.schoolForm, childrenPupils: f.childrenPupils ?? stored.get(f.schoolForm) ?? 0 }))
      .sort((a, b) => a.schoolForm.localeCompare(b.schoolForm));
    const after: Record<string, unknown> = {
      name: row.name, municipalityCode: row.municipalityCode, status: row.status, organiserId: orgIds.get(row.orgNumber) ?? row.orgNumber,
    };
    if (row.lat !== null) Object.assign(after, { lat: row.lat, lon: row.lon });
    if (row.swerefN !== null) Object.assign(after, { swerefN: row.swerefN, swerefE: row.swerefE });
    const diff = diffFields(current.unit, after);
    const formsChanged = JSON.stringify(forms) !== JSON.stringify(current.forms);
    if (formsChanged) diff.schoolForms = { from: current.forms, to: forms };
    if (Object.keys(diff).length === 0) result.units.unchanged++;
    else result.units.update.push({ id: current.unit.id, organiserOrgNumber: row.orgNumber, diff, set: after, forms: formsChanged ? forms : null });
  }
  return result;
}

async function apply(tx: Tx, actor: Actor, work: Plan, format: string): Promise<void> {
  const entries: AuditEntry[] = [];
  const created = await insertOrganisers(tx, work.organisers.create.map((o) => ({
    orgNumber: o.orgNumber, name: o.name, kind: o.kind, municipalityCode: o.municipalityCode, status: o.status, source: `import:${format}`,
  })));
  for (const o of created) entries.push({ event: 'organiser.created', entityType: 'organiser', entityId: o.id, organiserId: o.id, details: { orgNumber: o.orgNumber, source: format } });
  for (const u of work.organisers.update) {
    await updateOrganiserFields(tx, u.id, u.set);
    entries.push({ event: 'organiser.updated', entityType: 'organiser', entityId: u.id, organiserId: u.id, details: { changes: u.diff, source: format } });
  }

  const allOrgNumbers = [...new Set([...work.units.create.map((u) => u.orgNumber), ...work.units.update.map((u) => u.organiserOrgNumber)])];
  const orgIds = new Map((await organisersByOrgNumber(tx, allOrgNumbers)).map((o) => [o.orgNumber, o.id]));
  const newUnits = await insertUnits(tx, work.units.create.map((u) => ({
    code: u.code, name: u.name, organiserId: orgIds.get(u.orgNumber)!, municipalityCode: u.municipalityCode, status: u.status,
    lat: u.lat, lon: u.lon, swerefN: u.swerefN, swerefE: u.swerefE,
  })));
  const unitIdByCode = new Map(newUnits.map((u) => [u.code, u.id]));
  const formRows: { unitId: string; schoolForm: SchoolForm; childrenPupils: number }[] = [];
  for (const u of work.units.create) {
    const id = unitIdByCode.get(u.code)!;
    for (const f of u.schoolForms) formRows.push({ unitId: id, schoolForm: f.schoolForm, childrenPupils: f.childrenPupils ?? 0 });
    const organiserId = orgIds.get(u.orgNumber)!;
    entries.push({ event: 'unit.created', entityType: 'unit', entityId: id, organiserId, details: { code: u.code, name: u.name, source: format } });
  }
  const replaced: string[] = [];
  for (const u of work.units.update) {
    const { organiserId: orgRef, ...rest } = u.set;
    await updateUnitFields(tx, u.id, { ...rest, organiserId: orgIds.get(u.organiserOrgNumber) ?? (orgRef as string) });
    if (u.forms) {
      replaced.push(u.id);
      for (const f of u.forms) formRows.push({ unitId: u.id, ...f });
    }
    entries.push({ event: 'unit.updated', entityType: 'unit', entityId: u.id, organiserId: orgIds.get(u.organiserOrgNumber) ?? null, details: { changes: u.diff, source: format } });
  }
  await replaceUnitForms(tx, formRows, replaced);
  await refreshOrganiserTotals(tx, [...new Set([...orgIds.values(), ...created.map((o) => o.id), ...work.organisers.update.map((o) => o.id)])]);
  await audit(tx, actor, entries);
}

export async function importRegistry({ db, actor, bytes, filename, dryRun, maxBytes }: {
  db: Database; actor: Actor; bytes: Uint8Array; filename: string; dryRun: boolean; maxBytes: number;
}): Promise<ImportResult> {
  const [municipalities, orgNumbers] = await db.read((q) => Promise.all([municipalityCodes(q), knownOrgNumbers(q)]));
  const parsed = await parseRegistryImport({ bytes, filename, maxBytes, knownMunicipalityCodes: municipalities, knownOrgNumbers: orgNumbers });
  const empty = { created: 0, updated: 0, unchanged: 0 };
  if (parsed.problems.length > 0) {
    return { dryRun, format: parsed.format, ok: false, problems: parsed.problems, summary: { organisers: empty, units: empty } };
  }
  const work = dryRun
    ? await db.read((q) => plan(q, parsed))
    : await db.transaction(async (tx) => {
        const p = await plan(tx, parsed);
        await apply(tx, actor, p, parsed.format);
        return p;
      });
  return {
    dryRun, format: parsed.format, ok: true, problems: [],
    summary: {
      organisers: { created: work.organisers.create.length, updated: work.organisers.update.length, unchanged: work.organisers.unchanged },
      units: { created: work.units.create.length, updated: work.units.update.length, unchanged: work.units.unchanged },
    },
  };
}
