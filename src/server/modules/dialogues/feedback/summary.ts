/**
 * The feedback survey's results for analysts: per year (and organiser group), how the answers spread
 * over the scale for each question. Only groups whose answers come from at least the minimum of
 * organisers are shown; comments and anything that names an organiser never leave here.
 */
import type { FeedbackAnswers } from './schema.ts';
import type { FeedbackSummary } from '../../../../shared/api/dialogue-feedback.ts';
import type { SummaryGroup, SummaryGrouping } from '../../../../shared/api/dialogue-observations.ts';
import { FEEDBACK_QUESTIONS } from '../../../../shared/feedback-questions.ts';
import type { OrganiserKind, SizeClass } from '../../../../shared/organiser.ts';
import type { Database } from '../../../platform/db/database.ts';
import { GROUPS, groupOf, suppress, swedishYear, Tally } from '../observations/grouping.ts';
import { responseRows } from './repository.ts';

export interface ResponseRowForSummary {
  responseId: string;
  submittedAt: Date;
  answers: FeedbackAnswers;
  organiserId: string;
  sizeClass: SizeClass;
  kind: OrganiserKind;
}

interface Bucket {
  tally: Tally;
  answers: Map<string, FeedbackAnswers>;
}

function distribution(answers: readonly FeedbackAnswers[]) {
  return FEEDBACK_QUESTIONS.map((question) => {
    const ratings = [0, 0, 0, 0, 0];
    let dontKnow = 0;
    let sum = 0;
    for (const a of answers) {
      const value = a[question.key];
      if (typeof value === 'number' && value >= 1 && value <= 5) {
        ratings[value - 1]! += 1;
        sum += value;
      } else {
        dontKnow += 1;
      }
    }
    const rated = ratings.reduce((n, r) => n + r, 0);
    return { key: question.key, ratings, dontKnow, mean: rated > 0 ? Math.round((sum / rated) * 100) / 100 : null };
  });
}

export function summariseFeedback({ rows, groupBy, year, minGroupSize }: {
  rows: readonly ResponseRowForSummary[]; groupBy: SummaryGrouping; year?: number | undefined; minGroupSize: number;
}): FeedbackSummary {
  const buckets = new Map<number, Map<SummaryGroup, Bucket>>();
  for (const row of rows) {
    const y = swedishYear(row.submittedAt);
    if (year !== undefined && y !== year) continue;
    const byGroup = buckets.get(y) ?? new Map<SummaryGroup, Bucket>();
    buckets.set(y, byGroup);
    const group = groupOf(groupBy, row);
    const bucket = byGroup.get(group) ?? { tally: new Tally(), answers: new Map() };
    byGroup.set(group, bucket);
    bucket.tally.add(row.responseId, row.organiserId);
    // A response of a group dialogue has a row per organiser; it counts once.
    bucket.answers.set(row.responseId, row.answers);
  }
  const groups: FeedbackSummary['groups'] = [];
  for (const y of [...buckets.keys()].sort((a, b) => a - b)) {
    const byGroup = buckets.get(y)!;
    const names = GROUPS[groupBy];
    const cells = suppress(names.map((g) => ({ organisers: byGroup.get(g)?.tally.organisers.size ?? 0, suppressed: false })), minGroupSize, groupBy !== 'none');
    names.forEach((group, i) => {
      const bucket = byGroup.get(group);
      const { suppressed, organisers } = cells[i]!;
      groups.push({
        year: y, group, suppressed,
        responses: suppressed ? null : bucket?.tally.items.size ?? 0,
        organisers: suppressed ? null : organisers,
        questions: suppressed || !bucket ? [] : distribution([...bucket.answers.values()]),
      });
    });
  }
  return { minGroupSize, groupBy, groups };
}

export async function feedbackSummary({ db, groupBy, year, minGroupSize }: {
  db: Database; groupBy: SummaryGrouping; year?: number | undefined; minGroupSize: number;
}): Promise<FeedbackSummary> {
  const rows = await db.read(responseRows);
  return summariseFeedback({ rows, groupBy, year, minGroupSize });
}
