/**
 * The organisers as the history sees them: group (municipal, other public, private), size class,
 * school forms, office area and whether they lie in a metropolitan area.
 */
import { OFFICES, type OfficeCode } from '../../../../shared/offices.ts';
import { isPublicKind, sizeClassOf } from '../../../../shared/organiser.ts';
import { SCHOOL_FORMS, type SchoolForm } from '../../../../shared/school-forms.ts';
import type { DemoDataset, DemoMunicipality } from '../../demo/types.ts';
import { greatCircleKm, nearestOffice } from '../../registry/geography.ts';
import type { HistoryOrganiser, OrganiserGroup } from './types.ts';

/** Stockholm, Göteborg and Malmö; municipalities within commuting distance count as metropolitan. */
const METROPOLITAN_CODES = ['0180', '1480', '1280'];
const COMMUTING_KM = 45;

export interface Geography {
  officeOf(municipalityCode: string): OfficeCode;
  municipality(code: string): DemoMunicipality;
  /** Road distance estimate from an office to a municipality (great circle × 1.3). */
  roadKm(officeCode: OfficeCode, municipalityCode: string): number;
}

export function buildGeography(municipalities: readonly DemoMunicipality[]): Geography {
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const get = (code: string): DemoMunicipality => {
    const m = byCode.get(code);
    if (!m) throw new Error(`Kommunen ${code} saknas i kommunlistan som historiken fick.`);
    return m;
  };
  const offices = OFFICES.map((o) => ({ code: o.code as OfficeCode, lat: get(o.municipalityCode).lat, lon: get(o.municipalityCode).lon }));
  const officeByMunicipality = new Map(municipalities.map((m) => [m.code, nearestOffice(m, offices).code]));
  const officePoint = new Map(offices.map((o) => [o.code, o]));
  return {
    officeOf: (code) => officeByMunicipality.get(code) ?? nearestOffice(get(code), offices).code,
    municipality: get,
    roadKm: (officeCode, code) => 1.3 * greatCircleKm(officePoint.get(officeCode)!, get(code)),
  };
}

export const groupOf = (kind: HistoryOrganiser['kind']): OrganiserGroup =>
  kind === 'kommun' ? 'municipal' : isPublicKind(kind) ? 'other_public' : 'private';

export function organiserProfiles(dataset: DemoDataset, geography: Geography): HistoryOrganiser[] {
  const children = new Map<string, number>();
  // Forms with children; an organiser without any (dormant, ceased) keeps the forms its units list.
  const forms = new Map<string, Set<SchoolForm>>();
  const listed = new Map<string, Set<SchoolForm>>();
  const add = (map: Map<string, Set<SchoolForm>>, key: string, form: SchoolForm) => {
    const set = map.get(key) ?? new Set<SchoolForm>();
    set.add(form);
    map.set(key, set);
  };
  for (const unit of dataset.units) {
    for (const f of unit.schoolForms) {
      children.set(unit.organiserKey, (children.get(unit.organiserKey) ?? 0) + f.childrenPupils);
      add(listed, unit.organiserKey, f.schoolForm);
      if (f.childrenPupils > 0) add(forms, unit.organiserKey, f.schoolForm);
    }
  }
  const metro = METROPOLITAN_CODES.map((code) => geography.municipality(code));
  return dataset.organisers.map((o) => {
    const m = geography.municipality(o.municipalityCode);
    const own = forms.get(o.key) ?? listed.get(o.key) ?? new Set<SchoolForm>();
    const schoolForms = SCHOOL_FORMS.filter((f) => own.has(f));
    const count = children.get(o.key) ?? 0;
    const proper = schoolForms.filter((f) => f !== 'fritidshem');
    return {
      key: o.key, kind: o.kind, group: groupOf(o.kind), status: o.status, municipalityCode: o.municipalityCode,
      officeCode: geography.officeOf(o.municipalityCode), childrenPupils: count, sizeClass: sizeClassOf(count), schoolForms,
      preschoolOnly: proper.length === 1 && proper[0] === 'forskola',
      metropolitan: metro.some((c) => greatCircleKm(c, m) < COMMUTING_KM),
    };
  });
}
