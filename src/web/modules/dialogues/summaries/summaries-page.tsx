/**
 * /dialoger/sammanstallning: what the observation forms and the feedback survey show, per year and,
 * if chosen, per organiser group, for analysts and the agencies. The year and the breakdown live in
 * the address (?ar=2025&indelning=sizeClass), so that a view can be shared.
 */
import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { useSearchParams } from 'react-router';
import type { FeedbackSummary } from '../../../../shared/api/dialogue-feedback.ts';
import { SUMMARY_GROUPINGS, type ObservationSummary, type SummaryGrouping } from '../../../../shared/api/dialogue-observations.ts';
import { SelectField } from '../../../platform/fields.tsx';
import { formatNumber } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Page } from '../../../platform/page.tsx';
import { ErrorAlert, LiveStatus, Loading } from '../../../platform/status.tsx';
import { useApi } from '../../../platform/use-api.ts';
import { summariesText } from './dictionary.ts';
import { ObservationTable, SurveyTable } from './summary-tables.tsx';

const isGrouping = (value: string | null): value is SummaryGrouping => SUMMARY_GROUPINGS.includes(value as SummaryGrouping);

export function SummariesPage() {
  const t = useText(summariesText);
  const { lang } = useLang();
  const [params, setParams] = useSearchParams();
  const requested = params.get('indelning');
  const grouping: SummaryGrouping = isGrouping(requested) ? requested : 'none';
  const observations = useApi<ObservationSummary>(`/api/observations/summary?groupBy=${grouping}`);
  const survey = useApi<FeedbackSummary>(`/api/feedback/summary?groupBy=${grouping}`);

  const years = [...new Set([...(observations.data?.groups ?? []), ...(survey.data?.groups ?? [])].map((g) => g.year))].sort((a, b) => b - a);
  const wanted = Number(params.get('ar'));
  const year = years.includes(wanted) ? wanted : years[0];
  const choose = (key: 'ar' | 'indelning', value: string) => {
    const next = new URLSearchParams(params);
    next.set(key, value);
    setParams(next, { replace: true });
  };
  const loading = observations.loading || survey.loading;
  const minGroupSize = observations.data?.minGroupSize ?? survey.data?.minGroupSize ?? 5;

  return (
    <Page title={t.title} lead={<Paragraph>{t.lead}</Paragraph>}>
      <LiveStatus>{loading ? <Loading label={t.loading} /> : observations.data && survey.data ? <span className="ds-sr-only">{t.loaded}</span> : null}</LiveStatus>
      {observations.error ? <ErrorAlert error={observations.error} /> : null}
      {survey.error ? <ErrorAlert error={survey.error} /> : null}
      {observations.data && survey.data && year === undefined ? <Paragraph>{t.noYears}</Paragraph> : null}
      {year !== undefined ? (
        <div className="volumes">
          <div className="summary-choices">
            <SelectField label={t.year} value={String(year)} onChange={(value) => choose('ar', value)}
              options={years.map((y) => ({ value: String(y), label: String(y) }))} />
            <SelectField label={t.grouping} value={grouping} onChange={(value) => choose('indelning', value)}
              options={SUMMARY_GROUPINGS.map((g) => ({ value: g, label: t.groupings[g] }))} />
          </div>
          <Paragraph data-size="sm" className="suppressed-note">{t.suppressedNote(formatNumber(minGroupSize, lang))}</Paragraph>
          <section aria-labelledby="summaries-observations">
            <Heading level={2} data-size="sm" id="summaries-observations">{t.observationsHeading}</Heading>
            <Paragraph data-size="sm">{t.observationsNote}</Paragraph>
            {observations.data ? <ObservationTable summary={observations.data} year={year} /> : null}
          </section>
          <section aria-labelledby="summaries-survey">
            <Heading level={2} data-size="sm" id="summaries-survey">{t.surveyHeading}</Heading>
            <Paragraph data-size="sm">{t.surveyNote}</Paragraph>
            {survey.data ? <SurveyTable summary={survey.data} year={year} /> : null}
          </section>
        </div>
      ) : null}
    </Page>
  );
}
