/** The organiser list as a table whose column headings sort it (aria-sort tells which way). */
import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { Fragment, type ReactNode } from 'react';
import { Link } from 'react-router';
import type { OrganiserSummary } from '../../../shared/api/registry.ts';
import { ORGANISER_KIND_LABELS, SIZE_CLASS_LABELS } from '../../../shared/organiser.ts';
import { formatNumber, formatOrgNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { registryText } from './dictionary.ts';
import { schoolFormList } from './labels.ts';
import { nextSort, sortDirection, type OrganiserSort } from './list-query.ts';
import { DataTable } from '../../platform/data-table.tsx';

type SortColumn = 'name' | 'children' | 'municipality' | 'org_number';

/** "Mellan (51–1 000)" → "Mellan": the limits are in the filter, the table needs the room. */
const sizeClassShort = (label: string) => label.replace(/\s*\(.*\)$/, '');

/** A heading word that may break at the given places: <wbr> adds no text to the accessible name. */
function Breakable({ parts }: { parts: readonly string[] }) {
  return <>{parts.map((part, i) => <Fragment key={part}>{i > 0 ? <wbr /> : null}{part}</Fragment>)}</>;
}

interface SortHeaderProps {
  column: SortColumn;
  label: ReactNode;
  sort: OrganiserSort;
  onSort: (sort: OrganiserSort) => void;
  numeric?: boolean;
}

/** Designsystemet draws the sort button and arrow from aria-sort; the click reaches the cell. */
function SortHeader({ column, label, sort, onSort, numeric }: SortHeaderProps) {
  return (
    <Table.HeaderCell
      sort={sortDirection(sort, column) ?? 'none'}
      onClick={() => onSort(nextSort(sort, column))}
      className={numeric ? 'numeric' : undefined}
    >
      {label}
    </Table.HeaderCell>
  );
}

interface OrganiserTableProps {
  items: readonly OrganiserSummary[];
  sort: OrganiserSort;
  onSort: (sort: OrganiserSort) => void;
  caption: string;
}

export function OrganiserTable({ items, sort, onSort, caption }: OrganiserTableProps) {
  const t = useText(registryText);
  const { lang } = useLang();
  return (
    <DataTable caption={caption}>
        <Table.Head>
          <Table.Row>
            <SortHeader column="name" label={t.colName} sort={sort} onSort={onSort} />
            <SortHeader column="org_number" label={<Breakable parts={t.breakOrgNumber} />} sort={sort} onSort={onSort} />
            <Table.HeaderCell><Breakable parts={t.breakKind} /></Table.HeaderCell>
            <SortHeader column="municipality" label={t.colMunicipality} sort={sort} onSort={onSort} />
            <Table.HeaderCell>{t.colCounty}</Table.HeaderCell>
            <Table.HeaderCell>{t.colOffice}</Table.HeaderCell>
            <SortHeader column="children" label={t.colChildrenPupils} sort={sort} onSort={onSort} numeric />
            <Table.HeaderCell><Breakable parts={t.breakSizeClass} /></Table.HeaderCell>
            <Table.HeaderCell>{t.colSchoolForms}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((o) => (
            <Table.Row key={o.id}>
              <Table.Cell>
                <DsLink asChild><Link to={`/huvudman/${o.id}`}>{o.name}</Link></DsLink>
              </Table.Cell>
              <Table.Cell className="nowrap">{formatOrgNumber(o.orgNumber)}</Table.Cell>
              <Table.Cell>{ORGANISER_KIND_LABELS[o.kind][lang]}</Table.Cell>
              <Table.Cell>{o.municipalityName}</Table.Cell>
              <Table.Cell>{o.countyName}</Table.Cell>
              <Table.Cell>{o.officeName}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(o.childrenPupils, lang)}</Table.Cell>
              <Table.Cell>{sizeClassShort(SIZE_CLASS_LABELS[o.sizeClass][lang])}</Table.Cell>
              <Table.Cell className="school-forms">{schoolFormList(o.schoolForms, lang)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
  );
}
