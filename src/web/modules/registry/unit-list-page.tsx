/** /skolenheter: search the school units by name or code, filter by school form and municipality. */
import { Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useSearchParams } from 'react-router';
import type { SchoolUnit } from '../../../shared/api/registry.ts';
import type { SchoolForm } from '../../../shared/school-forms.ts';
import { SelectField } from '../../platform/fields.tsx';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { Pager, ResultStatus } from '../../platform/pager.tsx';
import { SearchForm } from '../../platform/search-form.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { registryText } from './dictionary.ts';
import { schoolFormOptions } from './labels.ts';
import { PAGE_SIZE, readUnitFilters, unitApiPath, writeUnitFilters, type UnitFilters } from './list-query.ts';
import { municipalityOptions, useReference } from './reference.ts';
import { UnitsTable } from './units-table.tsx';

interface UnitList {
  total: number;
  items: SchoolUnit[];
}

export function UnitListPage() {
  const t = useText(registryText);
  const { lang } = useLang();
  const reference = useReference();
  const [params, setParams] = useSearchParams();
  const filters = readUnitFilters(params);
  const list = useApi<UnitList>(unitApiPath(filters));
  const update = (next: UnitFilters) => setParams(writeUnitFilters(next));
  const range = list.data ? { offset: (filters.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, total: list.data.total } : undefined;

  return (
    <Page title={t.unitsTitle} lead={<p>{t.unitsLead}</p>}>
      <SearchForm
        label={t.searchUnits}
        description={t.searchUnitsHelp}
        buttonLabel={t.search}
        value={filters.q}
        onSearch={(q) => update({ ...filters, q, page: 1 })}
      />
      <div className="inline-filters">
        <SelectField
          label={t.schoolForm}
          value={filters.schoolForm}
          emptyLabel={t.allSchoolForms}
          options={schoolFormOptions(lang)}
          onChange={(value) => update({ ...filters, schoolForm: value as SchoolForm | '', page: 1 })}
        />
        <SelectField
          label={t.colMunicipality}
          value={filters.municipality}
          emptyLabel={t.allMunicipalities}
          options={municipalityOptions(reference)}
          onChange={(municipality) => update({ ...filters, municipality, page: 1 })}
        />
      </div>
      {filters.organiserId ? (
        <Paragraph data-size="sm">
          {t.onlyOrganiser(list.data?.items[0]?.organiserName ?? null)}{' '}
          <DsLink asChild><Link to={{ search: writeUnitFilters({ ...filters, organiserId: '', page: 1 }).toString() }}>{t.showAllUnits}</Link></DsLink>
        </Paragraph>
      ) : null}
      <ResultStatus window={range} loading={list.loading} loadingLabel={t.loadingUnits} />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <UnitsTable units={list.data.items} caption={t.unitTableCaption} showOrganiser />
          {range ? <Pager window={range} onPage={(page) => update({ ...filters, page })} /> : null}
        </>
      ) : null}
    </Page>
  );
}
