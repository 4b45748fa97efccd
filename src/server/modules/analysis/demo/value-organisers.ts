/**
 * The demo registry's organisers as the value generator needs them: children and pupils and units
 * per school form, summed over the organiser's units. Units that are not active report 0 children,
 * so a dormant or ceased organiser keeps its forms with 0, and its values come out as missing.
 */
import type { SchoolForm } from '../../../../shared/school-forms.ts';
import type { DemoDataset } from '../../demo/types.ts';
import type { ValueOrganiser } from './value-types.ts';

export function valueOrganisersFromDataset(dataset: Pick<DemoDataset, 'organisers' | 'units'>): ValueOrganiser[] {
  const forms = new Map<string, Map<SchoolForm, { childrenPupils: number; units: number }>>();
  for (const unit of dataset.units) {
    const own = forms.get(unit.organiserKey) ?? forms.set(unit.organiserKey, new Map()).get(unit.organiserKey)!;
    for (const f of unit.schoolForms) {
      const sum = own.get(f.schoolForm) ?? { childrenPupils: 0, units: 0 };
      sum.childrenPupils += f.childrenPupils;
      if (f.childrenPupils > 0) sum.units += 1;
      own.set(f.schoolForm, sum);
    }
  }
  return dataset.organisers.map((o) => ({
    key: o.key,
    kind: o.kind,
    municipalityCode: o.municipalityCode,
    schoolForms: [...(forms.get(o.key) ?? new Map<SchoolForm, { childrenPupils: number; units: number }>())]
      .map(([schoolForm, sum]) => ({ schoolForm, ...sum })),
  }));
}
