/**
 * Loads the demo national dataset into an empty database in one transaction: geography, the
 * generated organisers, units and contacts, the demo personas, and (unless told not to) the dialogue
 * history 2022–2026 generated from the same dataset and seed.
 */
import { sql } from 'drizzle-orm';
import type { Database, DatabaseKind, Tx } from '../../platform/db/database.ts';
import { insertUsers } from '../access/repository.ts';
import { audit } from '../audit/audit.ts';
import { DEMO_CATALOGUE, DEMO_CATALOGUE_LABEL } from '../catalogue/demo/demo-catalogue.ts';
import { insertVersion } from '../catalogue/repository.ts';
import { generateDemoValues } from '../analysis/demo/generate-values.ts';
import { valueOrganisersFromDataset } from '../analysis/demo/value-organisers.ts';
import { copyMeasureValues, insertImport } from '../analysis/repository.ts';
import { generateDialogueHistory } from '../dialogues/demo/history.ts';
import { loadDialogueHistory } from '../dialogues/demo/load.ts';
import { generateFormsAndSurveys } from '../dialogues/demo/forms-and-surveys.ts';
import { loadFormsAndSurveys } from '../dialogues/demo/load-forms-and-surveys.ts';
import { DEMO_TAXONOMY, seedObservationTaxonomy } from '../dialogues/observations/demo-taxonomy.ts';
import { countMunicipalities, insertGeography } from '../registry/reference-repository.ts';
import { refreshOrganiserTotals } from '../registry/repository.ts';
import { concerns, contactPersons, organisers, schoolUnits, unitSchoolForms } from '../registry/schema.ts';
import { generateDemoDataset, type DemoDataset } from './generate.ts';
import { demoGeography } from './geography.ts';
import { PERSONA_MUNICIPALITY, PERSONAS } from './personas.ts';

async function insertChunked<T extends Record<string, unknown>>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

/** Five years of indicator and conditions values, generated to be consistent with each organiser. */
async function seedValues(tx: Tx, kind: DatabaseKind, seed: number, data: DemoDataset, organiserIds: Map<string, string>): Promise<void> {
  const values = generateDemoValues({ seed, organisers: valueOrganisersFromDataset(data), catalogue: DEMO_CATALOGUE });
  const load = await insertImport(tx, { label: 'Demodata (genererade värden)', source: 'demo', rows: values.indicators.length + values.conditions.length });
  await copyMeasureValues(kind, tx, [
    ...values.indicators.map((v) => ({ organiserId: organiserIds.get(v.organiserKey)!, schoolForm: v.schoolForm, measureKey: v.indicatorKey, year: v.year, value: v.value, n: v.n, status: v.status, importId: load.id })),
    ...values.conditions.map((v) => ({ organiserId: organiserIds.get(v.organiserKey)!, schoolForm: v.schoolForm, measureKey: v.conditionKey, year: v.year, value: v.value, n: v.n, status: v.status, importId: load.id })),
  ]);
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.read(countMunicipalities)) === 0;
}

export interface SeedOptions {
  seed: number;
  /** `false` leaves out the five years of measure values (most tests do not need 400,000 rows). */
  values?: boolean;
  /** `false` leaves out the dialogue history (tests that assume no dialogues). */
  dialogues?: boolean;
}

export async function seedDemo(db: Database, { seed, values: withValues = true, dialogues: withDialogues = true }: SeedOptions): Promise<{ organisers: number; units: number; dialogues: number }> {
  const geography = demoGeography();
  const data = generateDemoDataset({ seed, municipalities: geography.reference });
  // Pure and about a second: generated before the transaction opens, so that it holds no connection meanwhile.
  const history = withDialogues ? generateDialogueHistory({ dataset: data, municipalities: geography.reference, seed }) : null;
  return db.transaction(async (tx) => {
    await insertGeography(tx, geography);

    const concernIds = new Map<string, string>();
    for (const c of data.concerns) concernIds.set(c.key, crypto.randomUUID());
    await insertChunked(tx, concerns, data.concerns.map((c) => ({ id: concernIds.get(c.key)!, name: c.name })));

    const organiserIds = new Map(data.organisers.map((o) => [o.key, crypto.randomUUID()]));
    await insertChunked(tx, organisers, data.organisers.map((o) => ({
      id: organiserIds.get(o.key)!, orgNumber: o.orgNumber, name: o.name, kind: o.kind, municipalityCode: o.municipalityCode,
      status: o.status, concernId: o.concernKey ? concernIds.get(o.concernKey)! : null, source: 'demo',
    })));

    const unitIds = data.units.map(() => crypto.randomUUID());
    await insertChunked(tx, schoolUnits, data.units.map((u, i) => ({
      id: unitIds[i]!, code: u.code, name: u.name, organiserId: organiserIds.get(u.organiserKey)!, municipalityCode: u.municipalityCode,
      status: u.status, lat: u.lat, lon: u.lon,
    })));
    await insertChunked(tx, unitSchoolForms, data.units.flatMap((u, i) =>
      u.schoolForms.map((f) => ({ unitId: unitIds[i]!, schoolForm: f.schoolForm, childrenPupils: f.childrenPupils }))), 2000);
    await insertChunked(tx, contactPersons, data.contacts.map((c) => ({
      organiserId: organiserIds.get(c.organiserKey)!, name: c.name, role: c.role, email: c.email, phone: c.phone,
      validFrom: c.validFrom, validTo: c.validTo, source: c.source,
    })));
    await refreshOrganiserTotals(tx, [...organiserIds.values()]);

    const municipal = data.organisers.find((o) => o.kind === 'kommun' && o.municipalityCode === PERSONA_MUNICIPALITY);
    const smallPrivate = data.organisers.find((o) => o.kind === 'aktiebolag' && o.status === 'active'
      && data.units.some((u) => u.organiserKey === o.key && u.schoolForms.every((f) => f.schoolForm === 'forskola')));
    const personaUserIds = new Map(PERSONAS.map((p) => [p.id, crypto.randomUUID()]));
    await insertUsers(tx, PERSONAS.map((p) => ({
      id: personaUserIds.get(p.id)!, subject: `demo:${p.id}`, name: p.name, email: `${p.id}@demo.kvalitetsnav.example`, role: p.role, agency: p.agency, officeCode: p.officeCode,
      organiserId: p.organiser === 'municipality' ? organiserIds.get(municipal!.key)! : p.organiser === 'small_private' ? organiserIds.get(smallPrivate!.key)! : null,
    })));
    // The national goals were decided on 17 May 2023; the demo catalogue is published as of then.
    const published = new Date('2023-05-17T00:00:00Z');
    await insertVersion(tx, { label: DEMO_CATALOGUE_LABEL, status: 'published', content: DEMO_CATALOGUE, createdAt: published, publishedAt: published });
    const taxonomyId = await seedObservationTaxonomy(tx);
    if (withValues) await seedValues(tx, db.kind, seed, data, organiserIds);
    await audit(tx, { system: 'seed' }, {
      event: 'demo.seeded', entityType: 'dataset', entityId: `demo-${seed}`,
      details: { seed, organisers: data.organisers.length, units: data.units.length, contacts: data.contacts.length },
    });
    if (history) {
      const loaded = await loadDialogueHistory(tx, { history, organiserIds, personaUserIds, kind: db.kind });
      if (taxonomyId) {
        const data = generateFormsAndSurveys(history, DEMO_TAXONOMY);
        await loadFormsAndSurveys(tx, { data, dialogueIds: loaded.dialogueIds, taxonomyId, kind: db.kind });
      }
    }
    await tx.execute(sql`analyze`);
    return { organisers: data.organisers.length, units: data.units.length, dialogues: history?.dialogues.length ?? 0 };
  });
}
