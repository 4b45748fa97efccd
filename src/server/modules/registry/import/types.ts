/** What the registry import hands to the database step: plain records, already normalised and checked. */
import type { ImportProblem } from '../../../../shared/api/registry.ts';
import type { OrganiserKind, OrganiserStatus, UnitStatus } from '../../../../shared/organiser.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';

export type ImportFormat = 'csv' | 'xlsx' | 'register-v2';

export interface ImportOrganiser {
  /** Ten digits, no hyphen. */
  orgNumber: string;
  name: string;
  kind: OrganiserKind;
  /**
   * Four digits, or '' when the file does not say (register v2 organiser lists and units' `included`
   * organisers carry no municipality). '' only ever occurs for an organisation number that is in
   * `knownOrgNumbers`: the caller must then keep the municipality it already has stored.
   */
  municipalityCode: string;
  status: OrganiserStatus;
  /** Line (CSV) or row (XLSX) the record came from; null for JSON. */
  line: number | null;
}

export interface ImportUnitSchoolForm {
  schoolForm: SchoolForm;
  /** Null when the source has no count (the register v2 never has one; an empty CSV cell). */
  childrenPupils: number | null;
}

export interface ImportUnit {
  /** Eight digits. */
  code: string;
  name: string;
  /** Ten digits, no hyphen; an organiser in the same file or in `knownOrgNumbers`. */
  orgNumber: string;
  municipalityCode: string;
  status: UnitStatus;
  lat: number | null;
  lon: number | null;
  /** SWEREF 99 TM northing and easting in metres. */
  swerefN: number | null;
  swerefE: number | null;
  schoolForms: ImportUnitSchoolForm[];
  /** First line/row of the unit (CSV, XLSX); null for JSON. */
  line: number | null;
}

/**
 * The parsed file. `organisers` and `units` hold only records that passed every check; any problem
 * means the file as a whole must not be applied (the lists are still useful for a dry-run summary).
 */
export interface ParsedImport {
  format: ImportFormat;
  organisers: ImportOrganiser[];
  units: ImportUnit[];
  problems: ImportProblem[];
}

export interface ParseImportInput {
  bytes: Uint8Array;
  filename: string;
  maxBytes: number;
  knownMunicipalityCodes: ReadonlySet<string>;
  /** Organisation numbers already in the registry: a unit may refer to one of these or to one in the same file. */
  knownOrgNumbers: ReadonlySet<string>;
}
