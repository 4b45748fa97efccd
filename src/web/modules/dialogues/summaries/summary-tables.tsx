/**
 * The two tables of "Vad dialogerna visar" for one year: themes and needs by organiser group, and the
 * survey statements by organiser group. A group withheld by the server shows "–" with the reason.
 */
import { Paragraph, Table } from '@digdir/designsystemet-react';
import { Fragment } from 'react';
import type { FeedbackSummary } from '../../../../shared/api/dialogue-feedback.ts';
import type { ObservationSummary } from '../../../../shared/api/dialogue-observations.ts';
import { FEEDBACK_QUESTIONS } from '../../../../shared/feedback-questions.ts';
import { DataTable } from '../../../platform/data-table.tsx';
import { formatDecimal, formatNumber, formatShare } from '../../../platform/format.ts';
import { useLang, useText } from '../../../platform/i18n.tsx';
import { Dash } from '../volumes/figures.tsx';
import { summariesText } from './dictionary.ts';

interface TableProps<T> {
  summary: T;
  year: number;
}

function Withheld({ minGroupSize }: { minGroupSize: number }) {
  const t = useText(summariesText);
  const { lang } = useLang();
  return <Dash why={t.suppressedCell(formatNumber(minGroupSize, lang))} mark="–" />;
}

type ObservationGroup = ObservationSummary['groups'][number];
type Counted = { forms: number | null; suppressed: boolean };

/** "281 (42,2 %)": forms noting it and their share of the group's forms. */
function FormsCell({ cell, group, minGroupSize }: { cell: Counted | undefined; group: ObservationGroup; minGroupSize: number }) {
  const { lang } = useLang();
  if (!cell || cell.suppressed || cell.forms === null || group.forms === null) return <Withheld minGroupSize={minGroupSize} />;
  return <>{`${formatNumber(cell.forms, lang)} (${formatShare(group.forms === 0 ? 0 : cell.forms / group.forms, lang)})`}</>;
}

export function ObservationTable({ summary, year }: TableProps<ObservationSummary>) {
  const t = useText(summariesText);
  const { lang } = useLang();
  const groups = summary.groups.filter((g) => g.year === year);
  const themes = groups[0]?.themes ?? [];
  if (groups.length === 0 || themes.length === 0) return <Paragraph>{t.noForms(year)}</Paragraph>;
  const heading = (g: ObservationGroup) => (g.forms === null ? t.groups[g.group]! : t.groupForms(t.groups[g.group]!, formatNumber(g.forms, lang)));
  return (
    <DataTable caption={t.observationsCaption(year)} className="findings-table">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t.colTheme}</Table.HeaderCell>
          {groups.map((g) => <Table.HeaderCell key={g.group} scope="col" className="numeric">{heading(g)}</Table.HeaderCell>)}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        {themes.map((theme) => (
          <Fragment key={theme.key}>
            <Table.Row className="theme-row">
              <Table.HeaderCell scope="row">{theme.label}</Table.HeaderCell>
              {groups.map((g) => (
                <Table.Cell key={g.group} className="numeric">
                  <FormsCell cell={g.themes.find((x) => x.key === theme.key)} group={g} minGroupSize={summary.minGroupSize} />
                </Table.Cell>
              ))}
            </Table.Row>
            {theme.needs.map((need) => (
              <Table.Row key={need.key} className="need-row">
                <Table.HeaderCell scope="row">{need.label}</Table.HeaderCell>
                {groups.map((g) => (
                  <Table.Cell key={g.group} className="numeric">
                    <FormsCell cell={g.themes.find((x) => x.key === theme.key)?.needs.find((n) => n.key === need.key)} group={g} minGroupSize={summary.minGroupSize} />
                  </Table.Cell>
                ))}
              </Table.Row>
            ))}
          </Fragment>
        ))}
      </Table.Body>
    </DataTable>
  );
}

type SurveyGroup = FeedbackSummary['groups'][number];

/** Of those who took a position (1–5), the share answering 4 or 5. */
const agreeing = (ratings: readonly number[]): number | null => {
  const rated = ratings.reduce((n, r) => n + r, 0);
  return rated === 0 ? null : ((ratings[3] ?? 0) + (ratings[4] ?? 0)) / rated;
};

function StatementCell({ group, questionKey, minGroupSize }: { group: SurveyGroup; questionKey: string; minGroupSize: number }) {
  const t = useText(summariesText);
  const { lang } = useLang();
  const question = group.questions.find((q) => q.key === questionKey);
  const share = question ? agreeing(question.ratings) : null;
  if (group.suppressed || !question || share === null || question.mean === null) return <Withheld minGroupSize={minGroupSize} />;
  return <>{t.agreeWithMean(formatShare(share, lang), formatDecimal(question.mean, lang))}</>;
}

export function SurveyTable({ summary, year }: TableProps<FeedbackSummary>) {
  const t = useText(summariesText);
  const { lang } = useLang();
  const groups = summary.groups.filter((g) => g.year === year);
  if (groups.length === 0) return <Paragraph>{t.noResponses(year)}</Paragraph>;
  return (
    <DataTable caption={t.surveyCaption(year)} className="findings-table">
      <Table.Head>
        <Table.Row>
          <Table.HeaderCell scope="col">{t.colStatement}</Table.HeaderCell>
          {groups.map((g) => <Table.HeaderCell key={g.group} scope="col" className="numeric">{t.groups[g.group]}</Table.HeaderCell>)}
        </Table.Row>
      </Table.Head>
      <Table.Body>
        <Table.Row>
          <Table.HeaderCell scope="row">{t.responsesRow}</Table.HeaderCell>
          {groups.map((g) => (
            <Table.Cell key={g.group} className="numeric">
              {g.suppressed || g.responses === null ? <Withheld minGroupSize={summary.minGroupSize} /> : formatNumber(g.responses, lang)}
            </Table.Cell>
          ))}
        </Table.Row>
        {FEEDBACK_QUESTIONS.map((q) => (
          <Table.Row key={q.key}>
            <Table.HeaderCell scope="row">{q[lang]}</Table.HeaderCell>
            {groups.map((g) => (
              <Table.Cell key={g.group} className="numeric">
                <StatementCell group={g} questionKey={q.key} minGroupSize={summary.minGroupSize} />
              </Table.Cell>
            ))}
          </Table.Row>
        ))}
      </Table.Body>
    </DataTable>
  );
}
