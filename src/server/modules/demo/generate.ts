/**
 * The demo national dataset: about 2,800 organisers and 10,000 school units over the 290 real
 * municipalities, calibrated to the published facts of the evaluation (see calibration.test.ts), with
 * contact persons and concerns. Pure and deterministic: the same seed gives the same dataset.
 *
 * "Children and pupils" of an organiser is the sum of childrenPupils over all its units and all their
 * school forms, fritidshem included; units that are not active report 0, so this equals the
 * registry's sum over active units.
 */
import type { OrganiserStatus } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { assignConcerns } from './concerns.ts';
import { generateContacts } from './contacts.ts';
import { planMunicipalities } from './municipal-plan.ts';
import { schoolStem } from './names.ts';
import { createOrgNumberAllocator } from './org-numbers.ts';
import { concernMemberBaseName, legalSuffix, privateOrganiserBaseName } from './organiser-names.ts';
import { planPrivateOrganisers } from './private-plan.ts';
import { sizePrivateOrganisers } from './private-sizes.ts';
import { createRandom } from './random.ts';
import { planStateAndRegions, type FixedUnit } from './state-and-regions.ts';
import type { DemoDataset, DemoMunicipality, DemoOrganiser, DemoUnit } from './types.ts';
import { createUnitBuilder } from './units.ts';

export type {
  DemoConcern, DemoContact, DemoDataset, DemoMunicipality, DemoOrganiser, DemoUnit, DemoUnitSchoolForm,
} from './types.ts';

export const DEFAULT_DEMO_SEED = 20221;

/** Dormant and ceased private organisers for the whole country, all among the small ones. */
const DORMANT_290 = 24;
const CEASED_290 = 16;
/**
 * Private organisers cluster in the big cities a little more than children do (hence the exponent);
 * the floor gives nearly every small municipality one or two (the evaluation names only four without).
 */
const PRIVATE_LOCATION_EXPONENT = 1.15;
const PRIVATE_LOCATION_FLOOR = 4000;

interface Draft {
  organiser: DemoOrganiser;
  childrenPupils: number;
  schoolForms: readonly SchoolForm[];
  spread: boolean;
  fixedUnits: readonly FixedUnit[] | null;
}

export function generateDemoDataset(options: { seed: number; municipalities: DemoMunicipality[] }): DemoDataset {
  const { seed, municipalities } = options;
  const root = createRandom(seed);
  const n = municipalities.length;
  const byCode = new Map(municipalities.map((m) => [m.code, m]));
  const orgNumbers = createOrgNumberAllocator(root.fork('org-numbers'));
  const nameRandom = root.fork('names');

  const municipalPlans = planMunicipalities(root.fork('municipalities'), municipalities)
    .sort((a, b) => a.municipality.code.localeCompare(b.municipality.code));
  const fixed = planStateAndRegions(root.fork('state'), municipalities, () => `${schoolStem(nameRandom)}skolan`);
  const fixedSizes = fixed.map((o) => o.units.reduce((s, u) => s + Object.values(u.forms).reduce((a, v) => a + (v ?? 0), 0), 0));
  const privatePlans = planPrivateOrganisers(root.fork('private'), n);
  const sizes = sizePrivateOrganisers(root.fork('sizes'), {
    propensities: privatePlans.map((p) => p.propensity),
    municipalSizes: municipalPlans.map((p) => p.childrenPupils),
    otherPublicSizes: fixedSizes,
    organiserCount: municipalPlans.length + fixed.length + privatePlans.length,
  });

  const statusRandom = root.fork('status');
  const smallOnes = statusRandom.shuffle(privatePlans.map((_, i) => i).filter((i) => (sizes[i] ?? 0) < 50));
  const dormant = Math.round((DORMANT_290 * n) / 290);
  const ceased = Math.round((CEASED_290 * n) / 290);
  const statuses: OrganiserStatus[] = privatePlans.map(() => 'active');
  smallOnes.slice(0, dormant).forEach((i) => { statuses[i] = 'dormant'; });
  smallOnes.slice(dormant, dormant + ceased).forEach((i) => { statuses[i] = 'ceased'; });

  const locationRandom = root.fork('locations');
  const codes = municipalPlans.map((p) => p.municipality.code);
  const locationWeights = municipalPlans.map((p) => p.childrenPupils ** PRIVATE_LOCATION_EXPONENT + PRIVATE_LOCATION_FLOOR);
  const sampleHome = locationRandom.weightedSampler(locationWeights);
  const homes = privatePlans.map(() => codes[sampleHome()] ?? '');

  const concernPlan = assignConcerns(root.fork('concerns'),
    privatePlans.map((p, i) => ({ kind: p.kind, childrenPupils: sizes[i] ?? 0, active: statuses[i] === 'active' })), n);

  const drafts: Draft[] = [];
  for (const plan of municipalPlans) {
    const m = plan.municipality;
    drafts.push({
      organiser: { key: `kommun-${m.code}`, orgNumber: orgNumbers.next('kommun'), name: m.name, kind: 'kommun', municipalityCode: m.code, status: 'active', concernKey: null },
      childrenPupils: plan.childrenPupils, schoolForms: plan.schoolForms, spread: false, fixedUnits: null,
    });
  }
  fixed.forEach((o, i) => drafts.push({
    organiser: { key: o.key, orgNumber: orgNumbers.next(o.kind), name: o.name, kind: o.kind, municipalityCode: o.municipalityCode, status: 'active', concernKey: null },
    childrenPupils: fixedSizes[i] ?? 0, schoolForms: [], spread: false, fixedUnits: o.units,
  }));

  const takenNames = new Set(drafts.map((d) => d.organiser.name));
  const uniqueName = (draw: () => string, place: string, suffix: string): string => {
    let base = draw();
    for (let attempt = 0; attempt < 5 && takenNames.has(base + suffix); attempt++) base = draw();
    if (takenNames.has(base + suffix)) base = `${base} i ${place}`;
    let name = base + suffix;
    for (let k = 2; takenNames.has(name); k++) name = `${base} ${k}${suffix}`;
    takenNames.add(name);
    return name;
  };
  privatePlans.forEach((plan, i) => {
    const home = homes[i] ?? '';
    const place = byCode.get(home)?.shortName ?? '';
    const concernKey = concernPlan.memberOf[i] ?? null;
    const brand = concernKey ? concernPlan.brands.get(concernKey) : undefined;
    const draw = brand && plan.kind === 'aktiebolag'
      ? () => concernMemberBaseName(nameRandom, brand, plan.profile, place)
      : () => privateOrganiserBaseName(nameRandom, plan.kind, plan.profile);
    const size = sizes[i] ?? 0;
    drafts.push({
      organiser: {
        key: `enskild-${String(i + 1).padStart(4, '0')}`, orgNumber: orgNumbers.next(plan.kind),
        name: uniqueName(draw, place, legalSuffix(plan.kind)), kind: plan.kind, municipalityCode: home,
        status: statuses[i] ?? 'active', concernKey,
      },
      childrenPupils: size, schoolForms: plan.schoolForms, spread: size >= 1000, fixedUnits: null,
    });
  });

  const buildUnits = createUnitBuilder({
    random: root.fork('units'), municipalities: byCode, spreadCodes: codes, spreadWeights: locationWeights,
  });
  const units: DemoUnit[] = drafts.flatMap((d) => buildUnits({
    key: d.organiser.key, status: d.organiser.status, municipalityCode: d.organiser.municipalityCode,
    childrenPupils: d.childrenPupils, schoolForms: d.schoolForms, spread: d.spread, fixedUnits: d.fixedUnits,
  }));

  const contacts = generateContacts(root.fork('contacts'), drafts.map((d) => ({
    key: d.organiser.key, name: d.organiser.name, kind: d.organiser.kind, status: d.organiser.status, childrenPupils: d.childrenPupils,
  })));

  return { concerns: concernPlan.concerns, organisers: drafts.map((d) => d.organiser), units, contacts };
}
