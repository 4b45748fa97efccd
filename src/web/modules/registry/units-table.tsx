/** School units with their school forms and children/pupils; on the unit list also their organiser. */
import { Link as DsLink, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { SchoolUnit } from '../../../shared/api/registry.ts';
import { UNIT_STATUS_LABELS } from '../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS } from '../../../shared/school-forms.ts';
import { formatNumber } from '../../platform/format.ts';
import { useLang, useText, type Lang } from '../../platform/i18n.tsx';
import { registryText } from './dictionary.ts';
import { DataTable } from '../../platform/data-table.tsx';

function schoolFormCounts(unit: SchoolUnit, lang: Lang): string {
  const order = (form: string) => SCHOOL_FORMS.indexOf(form as (typeof SCHOOL_FORMS)[number]);
  return [...unit.schoolForms]
    .sort((a, b) => order(a.schoolForm) - order(b.schoolForm))
    .map((f) => `${SCHOOL_FORM_LABELS[f.schoolForm][lang]} ${formatNumber(f.childrenPupils, lang)}`)
    .join(', ');
}

interface UnitsTableProps {
  units: readonly SchoolUnit[];
  caption: string;
  showOrganiser?: boolean;
}

export function UnitsTable({ units, caption, showOrganiser }: UnitsTableProps) {
  const t = useText(registryText);
  const { lang } = useLang();
  return (
    <DataTable caption={caption}>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell>{t.colUnitCode}</Table.HeaderCell>
            <Table.HeaderCell>{t.colName}</Table.HeaderCell>
            {showOrganiser ? <Table.HeaderCell>{t.colOrganiser}</Table.HeaderCell> : null}
            <Table.HeaderCell>{t.colMunicipality}</Table.HeaderCell>
            <Table.HeaderCell>{t.colSchoolForms}</Table.HeaderCell>
            <Table.HeaderCell className="numeric">{t.colChildrenPupils}</Table.HeaderCell>
            <Table.HeaderCell>{t.colStatus}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {units.map((unit) => (
            <Table.Row key={unit.id}>
              <Table.Cell className="nowrap">{unit.code}</Table.Cell>
              <Table.Cell>{unit.name}</Table.Cell>
              {showOrganiser ? (
                <Table.Cell>
                  <DsLink asChild><Link to={`/huvudman/${unit.organiserId}`}>{unit.organiserName}</Link></DsLink>
                </Table.Cell>
              ) : null}
              <Table.Cell>{unit.municipalityName}</Table.Cell>
              <Table.Cell>{schoolFormCounts(unit, lang)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(unit.childrenPupils, lang)}</Table.Cell>
              <Table.Cell>{UNIT_STATUS_LABELS[unit.status][lang]}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </DataTable>
  );
}
