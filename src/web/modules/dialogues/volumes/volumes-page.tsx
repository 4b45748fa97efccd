/**
 * /dialoger/siffror: the yearly volumes of the quality dialogues for analysts and the agencies, with
 * the complete years together as the evaluation reports them. Figures built on fewer organisers than
 * the server's minimum arrive without a value and are shown as "–" with the reason.
 */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DialogueVolumes } from '../../../../shared/api/dialogue-volumes.ts';
import { formatDate, formatNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { volumesText } from './dictionary.ts';
import { AnswersTable, MunicipalitiesTable, OverviewTable, ParticipationTables, ReasonsTable, type PeriodRow } from './volume-tables.tsx';

function periodsOf(data: DialogueVolumes, label: { year: (y: number, complete: boolean) => string; period: (from: number, to: number) => string }): PeriodRow[] {
  const rows: PeriodRow[] = data.years.map((y) => ({ key: String(y.year), label: label.year(y.year, y.complete), set: y, year: true }));
  if (data.summary) rows.push({ key: 'summary', label: label.period(data.summary.fromYear, data.summary.toYear), set: data.summary, year: false });
  return rows;
}

export function VolumesPage() {
  const t = useText(volumesText);
  const { lang } = useLang();
  const volumes = useApi<DialogueVolumes>('/api/dialogues/volumes');
  const data = volumes.data;
  const periods = data ? periodsOf(data, {
    year: (y, complete) => (complete ? String(y) : t.yearSoFar(y, formatDate(data.countedOn, lang))),
    period: t.period,
  }) : [];
  const minGroupSize = data?.minGroupSize ?? 5;
  const props = { periods, minGroupSize };

  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <LiveStatus>{volumes.loading ? <Loading label={t.loading} /> : data ? <span className="ds-sr-only">{t.loaded}</span> : null}</LiveStatus>
      {volumes.error ? <ErrorAlert error={volumes.error} /> : null}
      {data && data.years.length === 0 ? <Paragraph>{t.noData}</Paragraph> : null}
      {data && data.years.length > 0 ? (
        <div className="volumes">
          <Paragraph data-size="sm">{t.countedOn(formatDate(data.countedOn, lang))}</Paragraph>
          <Paragraph data-size="sm" className="suppressed-note">{t.suppressedNote(formatNumber(minGroupSize, lang))}</Paragraph>
          <section aria-labelledby="volumes-overview">
            <Heading level={2} data-size="sm" id="volumes-overview">{t.overviewHeading}</Heading>
            <Paragraph data-size="sm">{t.overviewNote}</Paragraph>
            <OverviewTable {...props} />
          </section>
          <section aria-labelledby="volumes-answers">
            <Heading level={2} data-size="sm" id="volumes-answers">{t.answersHeading}</Heading>
            <AnswersTable {...props} />
            <ReasonsTable {...props} />
          </section>
          <section aria-labelledby="volumes-participation">
            <Heading level={2} data-size="sm" id="volumes-participation">{t.participationHeading}</Heading>
            <Paragraph data-size="sm">{t.participationNote}</Paragraph>
            <ParticipationTables {...props} />
          </section>
          <section aria-labelledby="volumes-municipalities">
            <Heading level={2} data-size="sm" id="volumes-municipalities">{t.municipalitiesHeading}</Heading>
            <MunicipalitiesTable {...props} />
          </section>
        </div>
      ) : null}
    </Page>
  );
}
