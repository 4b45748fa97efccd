/** Shapes of the demo national dataset; plain data, no database types, so seeds and tests share them. */
import type { OrganiserKind, OrganiserStatus, UnitStatus } from '../../../shared/organiser.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';

export interface DemoMunicipality { code: string; name: string; shortName: string; countyCode: string; lat: number; lon: number }

export interface DemoConcern { key: string; name: string }

export interface DemoOrganiser {
  key: string;
  /** Ten digits without hyphen; passes orgNumberProblem(). */
  orgNumber: string;
  name: string;
  kind: OrganiserKind;
  municipalityCode: string;
  status: OrganiserStatus;
  concernKey: string | null;
}

export interface DemoUnitSchoolForm { schoolForm: SchoolForm; childrenPupils: number }

export interface DemoUnit {
  /** Eight digits, unique. */
  code: string;
  name: string;
  organiserKey: string;
  municipalityCode: string;
  /** Units that are not active report 0 children and pupils for every school form they list. */
  status: UnitStatus;
  lat: number;
  lon: number;
  schoolForms: DemoUnitSchoolForm[];
}

export interface DemoContact {
  organiserKey: string;
  name: string;
  role: string;
  email: string;
  phone: string;
  /** YYYY-MM-DD, inclusive. */
  validFrom: string;
  /** YYYY-MM-DD, inclusive (the last day the person held the role); null while current. */
  validTo: string | null;
  source: 'demo';
}

export interface DemoDataset {
  concerns: DemoConcern[];
  organisers: DemoOrganiser[];
  units: DemoUnit[];
  contacts: DemoContact[];
}
