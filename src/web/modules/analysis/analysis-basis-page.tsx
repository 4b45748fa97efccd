/** One organiser's analysis basis in the browser: per school form, indicators under their sub-goals, conditions, gaps. */
import { Alert, Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link, useParams } from 'react-router';
import type { AnalysisBasis, IndicatorRow } from '../../../shared/api/analysis.ts';
import { PRIORITY_AREA_LABELS } from '../../../shared/api/catalogue.ts';
import { SCHOOL_FORM_LABELS } from '../../../shared/school-forms.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDate, formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { Page } from '../../platform/page.tsx';
import { ErrorAlert, Loading } from '../../platform/status.tsx';
import { useApi } from '../../platform/use-api.ts';
import { analysisText } from './dictionary.ts';
import { SelfAssessmentSection } from './self-assessment-section.tsx';
import { SnapshotList } from './snapshot-list.tsx';
import { formatMeasure, GroupCell, YearCell } from './values.tsx';

function IndicatorTable({ caption, rows, years }: { caption: string; rows: IndicatorRow[]; years: number[] }) {
  const t = useText(analysisText);
  const { lang } = useLang();
  return (
    <DataTable caption={caption}>
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell>{t.colIndicator}</Table.HeaderCell>
          {years.map((y) => <Table.HeaderCell key={y}>{y}</Table.HeaderCell>)}
          <Table.HeaderCell>{t.colNational}</Table.HeaderCell>
          <Table.HeaderCell>{t.colSameKind}</Table.HeaderCell>
          <Table.HeaderCell>{t.colSameGroup}</Table.HeaderCell>
          <Table.HeaderCell>{t.colExpected}</Table.HeaderCell>
          <Table.HeaderCell>{t.colVerdict}</Table.HeaderCell>
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {rows.map((row) => (
          <Table.Row key={row.key}>
            <Table.HeaderCell scope="row">{row.name}</Table.HeaderCell>
            {row.trend.map((v) => <Table.Cell key={v.year}><YearCell value={v} unit={row.unit} /></Table.Cell>)}
            <Table.Cell><GroupCell group={row.national} unit={row.unit} /></Table.Cell>
            <Table.Cell><GroupCell group={row.sameKindAndSize} unit={row.unit} /></Table.Cell>
            <Table.Cell><GroupCell group={row.sameMunicipalityGroup} unit={row.unit} /></Table.Cell>
            <Table.Cell>
              {row.expected
                ? <>{formatMeasure(row.expected.value, row.unit, lang)} ({t.interval(formatMeasure(row.expected.lower, row.unit, lang), formatMeasure(row.expected.upper, row.unit, lang))})</>
                : <span title={row.expectedMissingReason ?? undefined}>{t.noExpected}</span>}
            </Table.Cell>
            <Table.Cell>{row.expected?.verdict ? t.verdict[row.expected.verdict] : '–'}</Table.Cell>
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}

function SchoolFormSection({ form, years }: { form: AnalysisBasis['schoolForms'][number]; years: number[] }) {
  const t = useText(analysisText);
  const { lang } = useLang();
  const label = SCHOOL_FORM_LABELS[form.schoolForm][lang];
  const headingId = `form-${form.schoolForm}`;
  return (
    <section aria-labelledby={headingId} className="basis-form">
      <Heading level={2} data-size="sm" id={headingId}>{label}</Heading>
      <Paragraph data-size="sm">{t.childrenPupils(formatNumber(form.childrenPupils, lang))}</Paragraph>
      {form.gaps.length > 0 ? (
        <Alert data-color="info">
          <Heading level={3} data-size="2xs">{t.gapsHeading}</Heading>
          <ul>{form.gaps.map((g) => <li key={g}>{g}</li>)}</ul>
        </Alert>
      ) : null}
      {form.goals.map((goal) => (
        <div key={goal.key} className="basis-goal">
          <Heading level={3} data-size="xs">{goal.text}</Heading>
          {goal.subGoals.filter((s) => s.indicators.length > 0).map((sub) => (
            <IndicatorTable key={sub.key} caption={t.tableCaption(PRIORITY_AREA_LABELS[sub.priorityArea][lang], sub.text)} rows={sub.indicators} years={years} />
          ))}
        </div>
      ))}
      {form.conditions.length > 0 ? (
        <>
          <Heading level={3} data-size="xs">{t.conditionsHeading}</Heading>
          <DataTable caption={t.conditionsCaption(label.toLowerCase())}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.colMeasure}</Table.HeaderCell>
                {years.map((y) => <Table.HeaderCell key={y}>{y}</Table.HeaderCell>)}
                <Table.HeaderCell>{t.colNational}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {form.conditions.map((c) => (
                <Table.Row key={c.key}>
                  <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
                  {c.trend.map((v) => <Table.Cell key={v.year}><YearCell value={v} unit={c.unit} /></Table.Cell>)}
                  <Table.Cell><GroupCell group={c.national} unit={c.unit} /></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        </>
      ) : null}
    </section>
  );
}

export function AnalysisBasisPage() {
  const t = useText(analysisText);
  const { lang } = useLang();
  const { id = '' } = useParams();
  const basis = useApi<AnalysisBasis>(`/api/organisers/${id}/analysis-basis`);
  const data = basis.data;
  const title = data ? t.title(data.organiser.name) : t.loading;
  return (
    <Page title={title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <DsLink asChild><Link to={`/huvudman/${id}`}>{t.backToOrganiser}</Link></DsLink>
      {basis.error ? <ErrorAlert error={basis.error} /> : null}
      {!data && basis.loading ? <Loading label={t.loading} /> : null}
      {data ? (
        <>
          <Paragraph data-size="sm">
            {t.meta(data.catalogue.label, data.vintage ? `${data.vintage.label}, ${formatDate(data.vintage.importedAt, lang)}` : t.noVintage)}
          </Paragraph>
          <Paragraph data-size="sm">{t.legend}</Paragraph>
          <Paragraph>
            <DsLink href={`/api/organisers/${id}/analysis-basis.xlsx`} download>{t.downloadXlsx}</DsLink>
            {' · '}
            <DsLink href={`/api/organisers/${id}/analysis-basis.pdf`} download>{t.downloadPdf}</DsLink>
          </Paragraph>
          {data.schoolForms.map((form) => <SchoolFormSection key={form.schoolForm} form={form} years={data.years} />)}
          <SelfAssessmentSection summary={data.selfAssessment} />
          <SnapshotList organiserId={id} />
        </>
      ) : null}
    </Page>
  );
}
