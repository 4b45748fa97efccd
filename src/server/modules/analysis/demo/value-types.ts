/** Shapes of the demo values: plain data, so that the seed and the tests share them without a database. */
import type { OrganiserKind } from '../../../../shared/organiser.ts';
import type { SchoolForm } from '../../../../shared/school-forms.ts';

export interface ValueOrganiserForm {
  schoolForm: SchoolForm;
  /** Children or pupils in the form in the last generated year. */
  childrenPupils: number;
  /** School or preschool units with the form; estimated from the size when not given. */
  units?: number;
}

export interface ValueOrganiser {
  key: string;
  kind: OrganiserKind;
  municipalityCode: string;
  schoolForms: ValueOrganiserForm[];
}

/** The statistics database's markers: `.` missing, `..` confidential (fewer than 10 children or pupils). */
export type ValueStatus = null | '.' | '..';

export interface DemoConditionValue {
  organiserKey: string;
  schoolForm: SchoolForm;
  conditionKey: string;
  year: number;
  value: number | null;
  n: number;
  /** Null when a value is given; background measures are confidential below 10 pupils like indicators. */
  status: ValueStatus;
}

export interface DemoIndicatorValue {
  organiserKey: string;
  schoolForm: SchoolForm;
  indicatorKey: string;
  year: number;
  value: number | null;
  n: number;
  status: ValueStatus;
}
