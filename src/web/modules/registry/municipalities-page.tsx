/** The 290 municipalities with their county, office area and (stand-in) municipality group. */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useState } from 'react';
import { DataTable } from '../../platform/data-table.tsx';
import { useAbilities } from '../../platform/guards.tsx';
import { useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { Loading } from '../../platform/status.tsx';
import { compareSv } from '../../platform/format.ts';
import { registryText } from './dictionary.ts';
import { officeName } from './labels.ts';
import { municipalityText } from './municipality-dictionary.ts';
import { MunicipalityOfficeForm } from './municipality-office-form.tsx';
import { forgetReference, useReference } from './reference.ts';

export function MunicipalitiesPage() {
  const t = useText(municipalityText);
  const r = useText(registryText);
  const can = useAbilities();
  const [round, setRound] = useState(0);
  const reference = useReference(round);
  const reload = () => {
    forgetReference();
    setRound((n) => n + 1);
  };
  const rows = [...(reference?.municipalities ?? [])].sort((a, b) => compareSv(a.name, b.name));
  const groupLabel = (group: string | null, source: string | null) => (!group ? '–' : source === 'stand-in' ? t.standIn(group) : group);

  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      {!reference ? <Loading label={t.loading} /> : null}
      {reference && can.editReference ? <MunicipalityOfficeForm reference={reference} onSaved={reload} /> : null}
      {reference ? (
        <>
          {rows.some((m) => m.municipalityGroupSource === 'stand-in') ? <Paragraph data-size="sm">{t.standInNote}</Paragraph> : null}
          <DataTable caption={t.tableCaption}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{r.colMunicipality}</Table.HeaderCell>
                <Table.HeaderCell>{r.colCounty}</Table.HeaderCell>
                <Table.HeaderCell>{r.colOffice}</Table.HeaderCell>
                <Table.HeaderCell>{t.colChoice}</Table.HeaderCell>
                <Table.HeaderCell>{t.colGroup}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((m) => (
                <Table.Row key={m.code}>
                  <Table.Cell>{m.name}</Table.Cell>
                  <Table.Cell>{m.countyName}</Table.Cell>
                  <Table.Cell>{officeName(m.officeCode)}</Table.Cell>
                  <Table.Cell>{m.officeOverridden ? t.manual : t.nearest}</Table.Cell>
                  <Table.Cell>{groupLabel(m.municipalityGroup, m.municipalityGroupSource)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        </>
      ) : null}
    </Page>
  );
}
