/**
 * Loads the demo national dataset into an empty database in one transaction: geography, the
 * generated organisers, units and contacts, and the demo personas.
 */
import { sql } from 'drizzle-orm';
import type { Database, Tx } from '../../platform/db/database.ts';
import { insertUsers } from '../access/repository.ts';
import { audit } from '../audit/audit.ts';
import { DEMO_CATALOGUE, DEMO_CATALOGUE_LABEL } from '../catalogue/demo/demo-catalogue.ts';
import { insertVersion } from '../catalogue/repository.ts';
import { countMunicipalities, insertGeography } from '../registry/reference-repository.ts';
import { refreshOrganiserTotals } from '../registry/repository.ts';
import { concerns, contactPersons, organisers, schoolUnits, unitSchoolForms } from '../registry/schema.ts';
import { generateDemoDataset } from './generate.ts';
import { demoGeography } from './geography.ts';
import { PERSONA_MUNICIPALITY, PERSONAS } from './personas.ts';

async function insertChunked<T extends Record<string, unknown>>(tx: Tx, table: Parameters<Tx['insert']>[0], rows: T[], size = 1000) {
  for (let i = 0; i < rows.length; i += size) await tx.insert(table).values(rows.slice(i, i + size) as never);
}

export async function isEmpty(db: Database): Promise<boolean> {
  return (await db.read(countMunicipalities)) === 0;
}

export async function seedDemo(db: Database, { seed }: { seed: number }): Promise<{ organisers: number; units: number }> {
  const geography = demoGeography();
  const data = generateDemoDataset({ seed, municipalities: geography.reference });
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
    await insertUsers(tx, PERSONAS.map((p) => ({
      subject: `demo:${p.id}`, name: p.name, email: `${p.id}@demo.kvalitetsnav.example`, role: p.role, agency: p.agency, officeCode: p.officeCode,
      organiserId: p.organiser === 'municipality' ? organiserIds.get(municipal!.key)! : p.organiser === 'small_private' ? organiserIds.get(smallPrivate!.key)! : null,
    })));
    // The national goals were decided on 17 May 2023; the demo catalogue is published as of then.
    const published = new Date('2023-05-17T00:00:00Z');
    await insertVersion(tx, { label: DEMO_CATALOGUE_LABEL, status: 'published', content: DEMO_CATALOGUE, createdAt: published, publishedAt: published });
    await audit(tx, { system: 'seed' }, {
      event: 'demo.seeded', entityType: 'dataset', entityId: `demo-${seed}`,
      details: { seed, organisers: data.organisers.length, units: data.units.length, contacts: data.contacts.length },
    });
    await tx.execute(sql`analyze`);
    return { organisers: data.organisers.length, units: data.units.length };
  });
}
