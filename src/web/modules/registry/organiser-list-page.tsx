/** /huvudman: search, filter, sort and page through the organisers; all state in the URL. */
import { useSearchParams } from 'react-router';
import type { OrganiserList } from '../../../shared/api/registry.ts';
import { useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { Pager, ResultStatus } from '../../platform/pager.tsx';
import { SearchForm } from '../../platform/search-form.tsx';
import { ErrorAlert } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { registryText } from './dictionary.ts';
import { OrganiserFilterPanel } from './organiser-filters.tsx';
import { OrganiserTable } from './organiser-table.tsx';
import { organiserApiPath, PAGE_SIZE, readOrganiserFilters, writeOrganiserFilters, type OrganiserFilters } from './list-query.ts';

export function OrganiserListPage() {
  const t = useText(registryText);
  const [params, setParams] = useSearchParams();
  const filters = readOrganiserFilters(params);
  const list = useApi<OrganiserList>(organiserApiPath(filters));
  const update = (next: OrganiserFilters) => setParams(writeOrganiserFilters(next));
  const range = list.data ? { offset: (filters.page - 1) * PAGE_SIZE, limit: PAGE_SIZE, total: list.data.total } : undefined;

  return (
    <Page title={t.organisersTitle} lead={<p>{t.organisersLead}</p>}>
      <SearchForm
        label={t.searchOrganisers}
        description={t.searchOrganisersHelp}
        buttonLabel={t.search}
        value={filters.q}
        onSearch={(q) => update({ ...filters, q, page: 1 })}
      />
      <OrganiserFilterPanel filters={filters} onChange={update} />
      <ResultStatus window={range} loading={list.loading} loadingLabel={t.loadingOrganisers} />
      {list.error ? <ErrorAlert error={list.error} /> : null}
      {list.data && list.data.items.length > 0 ? (
        <>
          <OrganiserTable
            items={list.data.items}
            sort={filters.sort}
            onSort={(sort) => update({ ...filters, sort, page: 1 })}
            caption={t.organiserTableCaption}
          />
          {range ? <Pager window={range} onPage={(page) => update({ ...filters, page })} /> : null}
        </>
      ) : null}
    </Page>
  );
}
