/** What the value import's readers hand to the rules, and what the rules hand to the database step. */
import type { ValueImportFormat, ValueMarker } from '../../../../shared/api/value-import.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { Place, ProblemLog } from '../../registry/import/problems.ts';

/** How a file names the organiser: an organisation number, or (Kolada) the municipality it is the municipal organiser of. */
export type OrganiserRef = { kind: 'orgNumber'; orgNumber: string } | { kind: 'municipality'; code: string };

/** The parts of a value a problem can point at; `row` is the value as a whole. */
export type ValueField = 'organiser' | 'schoolForm' | 'measure' | 'year' | 'value' | 'n' | 'row';

/** One value as read from the file, before the checks against the registry and the catalogue. */
export interface RawValue {
  organiser: OrganiserRef;
  schoolForm: SchoolForm;
  measureKey: string;
  year: number;
  /** Null exactly when `status` is set. */
  value: number | null;
  status: ValueMarker | null;
  /** Null when the file gives no count; the registry's children and pupils are used then (see value-import.ts). */
  n: number | null;
  /** Where each part of the value is in the file, for problems. */
  at: (field: ValueField) => Place;
}

/** A measure of the published catalogue: an indicator (`ind.…`) or a conditions measure (`cond.…`). */
export interface CatalogueMeasure {
  key: string;
  name: string;
  unit: string;
  schoolForms: readonly SchoolForm[];
}

/** What a reader gets besides the bytes. */
export interface ReaderInput {
  log: ProblemLog;
  measures: ReadonlyMap<string, CatalogueMeasure>;
  /** The school form chosen on the page, for a PxWeb answer that does not name one. */
  schoolForm: SchoolForm | null;
}

export interface ReaderOutput {
  rows: RawValue[];
  skippedCountry: number;
  skippedUnits: number;
  warnings: string[];
}

export const emptyReaderOutput = (): ReaderOutput => ({ rows: [], skippedCountry: 0, skippedUnits: 0, warnings: [] });

export interface ParsedValueFile extends ReaderOutput {
  format: ValueImportFormat | null;
}
