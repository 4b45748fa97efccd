/** The facts of one organiser, its children and pupils per school form, and its concern. */
import { Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { OrganiserDetail } from '../../../shared/api/registry.ts';
import { ORGANISER_KIND_LABELS, ORGANISER_STATUS_LABELS, SIZE_CLASS_LABELS } from '../../../shared/organiser.ts';
import { SCHOOL_FORM_LABELS, SCHOOL_FORMS } from '../../../shared/school-forms.ts';
import { compareSv, formatNumber, formatOrgNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { registryText } from './dictionary.ts';
import { organiserText } from './organiser-dictionary.ts';

export function OrganiserFacts({ organiser }: { organiser: OrganiserDetail }) {
  const t = useText(registryText);
  const o = useText(organiserText);
  const { lang } = useLang();
  const facts: [string, string][] = [
    [t.colOrgNumber, formatOrgNumber(organiser.orgNumber)],
    [t.colKind, ORGANISER_KIND_LABELS[organiser.kind][lang]],
    [t.colMunicipality, organiser.municipalityName],
    [t.colCounty, organiser.countyName],
    [t.colOffice, organiser.officeName],
    [t.colStatus, ORGANISER_STATUS_LABELS[organiser.status][lang]],
    [t.colSizeClass, SIZE_CLASS_LABELS[organiser.sizeClass][lang]],
    [t.colChildrenPupils, formatNumber(organiser.childrenPupils, lang)],
    [o.unitCount, formatNumber(organiser.unitCount, lang)],
  ];
  const totals = [...organiser.schoolFormTotals].sort((a, b) => SCHOOL_FORMS.indexOf(a.schoolForm) - SCHOOL_FORMS.indexOf(b.schoolForm));
  return (
    <section aria-labelledby="facts-heading" className="section">
      <Heading level={2} data-size="sm" id="facts-heading">{o.factsHeading}</Heading>
      <div className="facts-layout">
        <dl className="facts">
          {facts.map(([term, value]) => (
            <div key={term} className="fact">
              <dt>{term}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {totals.length > 0 ? (
          <Table data-size="sm" className="data-table school-form-totals">
            <caption>{o.perSchoolFormCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.schoolForm}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t.colChildrenPupils}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {totals.map((row) => (
                <Table.Row key={row.schoolForm}>
                  <Table.Cell>{SCHOOL_FORM_LABELS[row.schoolForm][lang]}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(row.childrenPupils, lang)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        ) : null}
      </div>
    </section>
  );
}

export function ConcernSection({ organiser }: { organiser: OrganiserDetail }) {
  const o = useText(organiserText);
  const others = (organiser.concern?.organisers ?? [])
    .filter((member) => member.id !== organiser.id)
    .sort((a, b) => compareSv(a.name, b.name));
  return (
    <section aria-labelledby="concern-heading" className="section">
      <Heading level={2} data-size="sm" id="concern-heading">{o.concernHeading}</Heading>
      {!organiser.concern ? <Paragraph>{o.noConcern}</Paragraph> : (
        <>
          <Paragraph>{o.concernName(organiser.concern.name)}</Paragraph>
          {others.length === 0 ? <Paragraph>{o.concernAlone}</Paragraph> : (
            <>
              <Heading level={3} data-size="2xs" id="concern-others-heading">{o.concernOthers}</Heading>
              <ul className="plain-list" aria-labelledby="concern-others-heading">
                {others.map((member) => (
                  <li key={member.id}>
                    <DsLink asChild><Link to={`/huvudman/${member.id}`}>{member.name}</Link></DsLink>{' '}
                    <span className="muted">({formatOrgNumber(member.orgNumber)})</span>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </section>
  );
}
