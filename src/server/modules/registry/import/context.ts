/** What every format reader gets and gives back, before the checks across the whole file. */
import type { Place, ProblemLog } from './problems.ts';
import type { ImportOrganiser, ImportUnit } from './types.ts';

export interface ReadContext {
  log: ProblemLog;
  knownMunicipalityCodes: ReadonlySet<string>;
  /** Normalised (ten digits, no hyphen). */
  knownOrgNumbers: ReadonlySet<string>;
}

export interface UnitDraft {
  unit: ImportUnit;
  /** Where the unit names its organiser, for the reference check after all records are read. */
  orgPlace: Place;
}

export interface ReadOutput {
  organisers: ImportOrganiser[];
  units: UnitDraft[];
  /** Every well-formed organisation number of an organiser in the file, even one whose record has other problems. */
  fileOrgNumbers: Set<string>;
}

export const emptyOutput = (): ReadOutput => ({ organisers: [], units: [], fileOrgNumbers: new Set() });
