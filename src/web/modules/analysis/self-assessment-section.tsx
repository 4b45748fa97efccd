/** The shared self-assessment in the analysis basis: the spread per success factor, or why there is none. */
import { Heading, Link as DsLink, Paragraph, Table } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import type { SelfAssessmentSummary } from '../../../shared/api/analysis.ts';
import { DataTable } from '../../platform/data-table.tsx';
import { formatDate, formatNumber } from '../../platform/format.ts';
import { useLang, useText } from '../../platform/i18n.tsx';
import { SpreadBar } from '../selfassessment/spread-table.tsx';
import { analysisText } from './dictionary.ts';

export function SelfAssessmentSection({ summary }: { summary: SelfAssessmentSummary | null }) {
  const t = useText(analysisText);
  const { lang } = useLang();
  return (
    <section aria-labelledby="basis-self-assessment" className="basis-form">
      <Heading level={2} data-size="sm" id="basis-self-assessment">{t.selfAssessmentHeading}</Heading>
      {summary ? (
        <>
          <Paragraph data-size="sm">
            {t.selfAssessmentMeta(summary.title, summary.respondents, formatDate(summary.sharedAt, lang))}{' '}
            <DsLink asChild><Link to={`/sjalvskattning/${summary.id}`}>{t.selfAssessmentOpen}</Link></DsLink>
          </Paragraph>
          <DataTable caption={t.selfAssessmentCaption}>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell>{t.colFactor}</Table.HeaderCell>
                {[1, 2, 3, 4, 5].map((n) => <Table.HeaderCell key={n} className="numeric">{n}</Table.HeaderCell>)}
                <Table.HeaderCell className="numeric">{t.colDontKnow}</Table.HeaderCell>
                <Table.HeaderCell className="numeric">{t.colMedian}</Table.HeaderCell>
                <Table.HeaderCell><span className="ds-sr-only">{t.colSpread}</span></Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {summary.factors.map((f) => (
                <Table.Row key={f.key}>
                  <Table.HeaderCell scope="row">{f.name}</Table.HeaderCell>
                  {f.distribution.map((n, i) => <Table.Cell key={i} className="numeric">{n}</Table.Cell>)}
                  <Table.Cell className="numeric">{f.dontKnow}</Table.Cell>
                  <Table.Cell className="numeric">{f.median === null ? '–' : formatNumber(f.median, lang)}</Table.Cell>
                  <Table.Cell><SpreadBar spread={f} /></Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </DataTable>
        </>
      ) : <Paragraph data-size="sm">{t.selfAssessmentNone}</Paragraph>}
    </section>
  );
}
