/** Reference data use cases: geography and the offices' areas. */
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, versionConflict } from '../../platform/errors.ts';
import { audit } from '../audit/audit.ts';
import { nearestOffice } from './geography.ts';
import { findMunicipality, listOffices, setMunicipalityOfficeIfVersion } from './reference-repository.ts';
import { listReference } from './repository.ts';

export const getReferenceData = (db: Database) => db.read(listReference);

/** Moves a municipality to another office's area; `null` returns it to the nearest office. */
export async function setMunicipalityOffice({ db, actor, code, officeCode, version }: {
  db: Database; actor: Actor; code: string; officeCode: string | null; version: number;
}) {
  await db.transaction(async (tx) => {
    const municipality = await findMunicipality(tx, code);
    if (!municipality) throw notFound('Kommunen');
    if (municipality.version !== version) throw versionConflict('Kommunen');
    const offices = await listOffices(tx);
    const target = officeCode ?? nearestOffice(municipality, offices).code;
    if (!offices.some((o) => o.code === target)) {
      throw new DomainError('validation', `Kontoret "${target}" finns inte.`, 'unknown office', [{ path: 'officeCode', field: 'officeCode', message: 'okänt kontor' }]);
    }
    const updated = await setMunicipalityOfficeIfVersion(tx, code, version, target, officeCode !== null);
    if (!updated) throw versionConflict('Kommunen');
    await audit(tx, actor, {
      event: 'municipality.office_changed', entityType: 'municipality', entityId: code,
      details: { from: municipality.officeCode, to: target, overridden: officeCode !== null },
    });
  });
  const data = await getReferenceData(db);
  return data.municipalities.find((m) => m.code === code)!;
}
