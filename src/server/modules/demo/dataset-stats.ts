/**
 * Per-organiser figures derived from a demo dataset, in the evaluation's terms: children and pupils
 * (all school forms including fritidshem) and the school forms run (fritidshem not counted, as the
 * evaluation counts it beside the school forms).
 */
import type { SchoolForm } from '../../../shared/school-forms.ts';
import type { DemoDataset } from './types.ts';

export interface OrganiserFigures {
  childrenPupils: number;
  /** School forms of all units, fritidshem excluded. */
  schoolForms: Set<SchoolForm>;
  unitCount: number;
}

export function organiserFigures(dataset: DemoDataset): Map<string, OrganiserFigures> {
  const figures = new Map<string, OrganiserFigures>(
    dataset.organisers.map((o) => [o.key, { childrenPupils: 0, schoolForms: new Set<SchoolForm>(), unitCount: 0 }]));
  for (const unit of dataset.units) {
    const f = figures.get(unit.organiserKey);
    if (!f) continue;
    f.unitCount++;
    for (const form of unit.schoolForms) {
      f.childrenPupils += form.childrenPupils;
      if (form.schoolForm !== 'fritidshem') f.schoolForms.add(form.schoolForm);
    }
  }
  return figures;
}
