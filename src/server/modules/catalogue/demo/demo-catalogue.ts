/**
 * The demo version of the national quality system catalogue: national goals for every school form
 * (fritidshem included), sub-goals in the three priority areas, indicators, conditions measures and
 * success factors. The facts follow the system the government decided in 2023; the wording is
 * Kvalitetsnav's own. Used to seed a first published catalogue version and as test data.
 */
import type { CatalogueContent } from '../../../../shared/api/catalogue.ts';
import { DEMO_CONDITIONS } from './conditions.ts';
import { FORSKOLA_GOALS } from './goals-forskola.ts';
import { GRUNDSKOLA_GOALS } from './goals-grundskola.ts';
import { GYMNASIESKOLA_GOALS } from './goals-gymnasieskola.ts';
import { OTHER_GOALS } from './goals-other.ts';
import { COMPULSORY_INDICATORS } from './indicators-compulsory.ts';
import { EARLY_YEARS_INDICATORS } from './indicators-early.ts';
import { UPPER_SECONDARY_AND_ADULT_INDICATORS } from './indicators-upper.ts';
import { DEMO_SUCCESS_FACTORS } from './success-factors.ts';

export const DEMO_CATALOGUE_LABEL = 'Kvalitetssystemet 2023 (demo)';

export const DEMO_CATALOGUE: CatalogueContent = {
  goals: [...FORSKOLA_GOALS, ...GRUNDSKOLA_GOALS, ...GYMNASIESKOLA_GOALS, ...OTHER_GOALS],
  indicators: [...EARLY_YEARS_INDICATORS, ...COMPULSORY_INDICATORS, ...UPPER_SECONDARY_AND_ADULT_INDICATORS],
  conditions: DEMO_CONDITIONS,
  successFactors: DEMO_SUCCESS_FACTORS,
};
