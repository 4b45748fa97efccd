/** Labels and filter options from the shared vocabulary, in the chosen language. */
import { OFFICES } from '../../../shared/offices.ts';
import {
  ORGANISER_KIND_LABELS,
  ORGANISER_KINDS,
  ORGANISER_STATUS_LABELS,
  ORGANISER_STATUSES,
  SIZE_CLASS_LABELS,
  SIZE_CLASSES,
} from '../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS, type SchoolForm } from '../../../shared/school-forms.ts';
import type { Option } from '../../platform/fields.tsx';
import { compareSv } from '../../platform/format.ts';
import type { Labelled, Lang } from '../../platform/i18n.tsx';

function optionsOf<T extends string>(values: readonly T[], labels: Record<T, Labelled>, lang: Lang): Option<T>[] {
  return values.map((value) => ({ value, label: labels[value][lang] }));
}

export const kindOptions = (lang: Lang) => optionsOf(ORGANISER_KINDS, ORGANISER_KIND_LABELS, lang);
export const sizeClassOptions = (lang: Lang) => optionsOf(SIZE_CLASSES, SIZE_CLASS_LABELS, lang);
export const schoolFormOptions = (lang: Lang) => optionsOf(SCHOOL_FORMS, SCHOOL_FORM_LABELS, lang);
export const statusOptions = (lang: Lang) => optionsOf(ORGANISER_STATUSES, ORGANISER_STATUS_LABELS, lang);

/** Offices by name; the head office is named as such. */
export function officeOptions(lang: Lang): Option<string>[] {
  const suffix = lang === 'sv' ? ' (huvudkontor)' : ' (head office)';
  return OFFICES.map((o) => ({ value: o.code, label: o.headOffice ? `${o.name}${suffix}` : o.name }))
    .sort((a, b) => compareSv(a.label, b.label));
}

export function officeName(code: string): string {
  return OFFICES.find((o) => o.code === code)?.name ?? code;
}

/** School forms in the order of the school system, not of the data. */
export function schoolFormList(forms: readonly SchoolForm[], lang: Lang): string {
  const present = new Set(forms);
  return SCHOOL_FORMS.filter((f) => present.has(f)).map((f) => SCHOOL_FORM_LABELS[f][lang]).join(', ');
}
