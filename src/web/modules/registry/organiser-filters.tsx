/**
 * The filters of the organiser list, in a disclosure so that the table keeps the page's full width.
 * Every change is applied at once and kept in the URL; the disclosure opens by itself when the page
 * is reached with filters already chosen (a shared link), so that they are never hidden.
 */
import { Button } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { OfficeCode } from '../../../shared/offices.ts';
import { CheckboxGroup, SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { registryText } from './dictionary.ts';
import { kindOptions, officeOptions, schoolFormOptions, sizeClassOptions, statusOptions } from './labels.ts';
import { countFilters, EMPTY_ORGANISER_FILTERS, type OrganiserFilters } from './list-query.ts';
import { countyOptions, useReference } from './reference.ts';

interface OrganiserFiltersProps {
  filters: OrganiserFilters;
  onChange: (next: OrganiserFilters) => void;
}

export function OrganiserFilterPanel({ filters, onChange }: OrganiserFiltersProps) {
  const t = useText(registryText);
  const { lang } = useLang();
  const reference = useReference();
  const count = countFilters(filters);
  const [open, setOpen] = useState(count > 0);
  // Any filter change starts again from the first page.
  const set = (patch: Partial<OrganiserFilters>) => onChange({ ...filters, ...patch, page: 1 });
  return (
    <details className="filter-panel" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary>{count > 0 ? t.filtersChosen(count) : t.filtersHeading}</summary>
      <div className="filter-grid">
        <div className="filter-column">
          <SelectField label={t.colCounty} value={filters.county} emptyLabel={t.allCounties} options={countyOptions(reference)} onChange={(county) => set({ county })} />
          <SelectField
            label={t.colOffice}
            value={filters.office}
            emptyLabel={t.allOffices}
            options={officeOptions(lang)}
            onChange={(office) => set({ office: office as OfficeCode | '' })}
          />
          <CheckboxGroup legend={t.colStatus} options={statusOptions(lang)} selected={filters.status} onChange={(status) => set({ status })} />
        </div>
        <div className="filter-column">
          <CheckboxGroup legend={t.colSizeClass} options={sizeClassOptions(lang)} selected={filters.sizeClass} onChange={(sizeClass) => set({ sizeClass })} />
        </div>
        <div className="filter-column">
          <CheckboxGroup legend={t.colKind} options={kindOptions(lang)} selected={filters.kind} onChange={(kind) => set({ kind })} />
        </div>
        <div className="filter-column">
          <CheckboxGroup legend={t.schoolForm} options={schoolFormOptions(lang)} selected={filters.schoolForm} onChange={(schoolForm) => set({ schoolForm })} />
        </div>
      </div>
      {/* Always present, so that focus has somewhere to stay after the click. */}
      <Button
        variant="secondary"
        data-size="sm"
        aria-disabled={count === 0 || undefined}
        onClick={() => count > 0 && onChange({ ...EMPTY_ORGANISER_FILTERS, q: filters.q, sort: filters.sort })}
      >
        {t.clearFilters}
      </Button>
    </details>
  );
}
