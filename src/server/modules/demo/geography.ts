/**
 * Geography rows for the demo: counties, the six offices at their municipalities' centroids, and
 * every municipality in the nearest office's area. The municipality group is a stand-in, labelled as
 * such, until the official SKR classification is imported.
 */
import { OFFICES } from '../../../shared/offices.ts';
import { greatCircleKm, nearestOffice } from '../registry/geography.ts';
import { readCounties, readMunicipalities, type ReferenceMunicipality } from '../registry/geography-data.ts';

const METROPOLITAN = ['0180', '1480', '1280'];

/** A rough grouping by distance to the three metropolitan areas and by latitude. Not SKR's list. */
function standInGroup(m: ReferenceMunicipality, all: Map<string, ReferenceMunicipality>): string {
  if (METROPOLITAN.includes(m.code)) return 'A1';
  const nearestMetroKm = Math.min(...METROPOLITAN.map((code) => greatCircleKm(m, all.get(code)!)));
  if (nearestMetroKm < 40) return 'A2';
  if (m.name.endsWith('stads kommun') || nearestMetroKm < 80) return 'B3';
  if (m.lat > 62.5) return 'C9';
  return nearestMetroKm < 150 ? 'B4' : 'C7';
}

export function demoGeography() {
  const municipalities = readMunicipalities();
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const offices = OFFICES.map((o) => {
    const m = byCode.get(o.municipalityCode)!;
    return { code: o.code, name: o.name, municipalityCode: o.municipalityCode, headOffice: o.headOffice, lat: m.lat, lon: m.lon };
  });
  return {
    counties: readCounties(),
    offices,
    municipalities: municipalities.map((m) => ({
      ...m,
      officeCode: nearestOffice(m, offices).code,
      officeOverridden: false,
      municipalityGroup: standInGroup(m, byCode),
      municipalityGroupSource: 'stand-in',
    })),
    reference: municipalities,
  };
}
