/**
 * The yearly volumes of the quality dialogues, counted as the evaluation (STK 2026:5, 3.3 and Table 1)
 * and `historyFacts` (demo/facts.ts) count them: organisers invited per year of invitation, on-site
 * dialogues held per year, how each year's invitations were answered, who took part by organiser
 * group and size class, and the municipalities not reached by the year's end.
 *
 * Suppression: a count between 1 and the minimum group size is withheld, and so is a share whose
 * group (denominator) is smaller than the minimum or whose count is withheld, since the share and
 * the group would give the count back. Zero is shown: it points at nobody.
 */
import { createHash } from 'node:crypto';
import { ORGANISER_GROUPS, organiserGroupOf, type DialogueVolumes, type VolumeFigure, type VolumeSet } from '../../../../shared/api/dialogue-volumes.ts';
import { DECLINE_REASONS, type DeclineReason } from '../../../../shared/dialogues.ts';
import { SIZE_CLASSES } from '../../../../shared/organiser.ts';
import type { Database, Queryable } from '../../../platform/db/database.ts';
import { Refresher } from '../../../platform/db/refresher.ts';
import { invitationRows, municipalityOrganisers, physicalHeldByYear, volumesFingerprint, type InvitationRow } from './repository.ts';

export interface VolumeInputs {
  invitations: InvitationRow[];
  physicalByYear: Map<number, number>;
  municipalities: { code: string; municipalOrganiserId: string | null }[];
}

type Answer = 'accepted' | 'declined' | 'withdrawn' | 'awaiting';

/** As the evaluation reads them: an accept wins; a decline or no answer is "declined" with its reason. */
function answerOf(row: InvitationRow): Answer {
  if (row.acceptedOn) return 'accepted';
  if (row.declinedOn || row.noAnswerOn) return 'declined';
  return row.withdrawnOn ? 'withdrawn' : 'awaiting';
}

const reasonOf = (row: InvitationRow): DeclineReason => (row.declinedOn ? row.declineReason ?? 'other' : 'no_answer');

function figures(minGroupSize: number) {
  const countFigure = (n: number): VolumeFigure => (n > 0 && n < minGroupSize ? { value: null, suppressed: true } : { value: n, suppressed: false });
  const shareFigure = (n: number, of: number): VolumeFigure => {
    if (of === 0) return { value: null, suppressed: false };
    if (of < minGroupSize || countFigure(n).suppressed) return { value: null, suppressed: true };
    return { value: n / of, suppressed: false };
  };
  return { countFigure, shareFigure };
}

interface Period { from: number; to: number; countedOn: string }

function volumeSet(inputs: VolumeInputs, period: Period, minGroupSize: number): VolumeSet {
  const { countFigure, shareFigure } = figures(minGroupSize);
  const yearOf = (date: string) => Number(date.slice(0, 4));
  const cohort = inputs.invitations.filter((r) => yearOf(r.invitedOn) >= period.from && yearOf(r.invitedOn) <= period.to);
  const answers = new Map<Answer, InvitationRow[]>([['accepted', []], ['declined', []], ['withdrawn', []], ['awaiting', []]]);
  for (const row of cohort) answers.get(answerOf(row))!.push(row);
  const countAndShare = (rows: readonly InvitationRow[]) => ({ count: countFigure(rows.length), share: shareFigure(rows.length, cohort.length) });
  const declined = answers.get('declined')!;
  const part = (rows: readonly InvitationRow[]) => {
    const took = rows.filter((r) => r.tookPart).length;
    const group = countFigure(rows.length);
    return { invited: group, tookPart: group.suppressed ? group : countFigure(took), share: shareFigure(took, rows.length) };
  };
  let physical = 0;
  for (let year = period.from; year <= period.to; year++) physical += inputs.physicalByYear.get(year) ?? 0;

  return {
    organisersInvited: countFigure(new Set(cohort.map((r) => r.organiserId)).size),
    physicalHeld: countFigure(physical),
    answers: {
      invitations: countFigure(cohort.length),
      accepted: countAndShare(answers.get('accepted')!),
      declined: countAndShare(declined),
      declineReasons: DECLINE_REASONS.map((reason) => {
        const n = declined.filter((r) => reasonOf(r) === reason).length;
        return { reason, count: countFigure(n), share: shareFigure(n, declined.length) };
      }),
      withdrawnBeforeAnswer: countAndShare(answers.get('withdrawn')!),
      awaitingAnswer: countAndShare(answers.get('awaiting')!),
    },
    participation: {
      all: part(cohort),
      byGroup: ORGANISER_GROUPS.map((group) => ({ group, ...part(cohort.filter((r) => organiserGroupOf(r.kind) === group)) })),
      bySize: SIZE_CLASSES.map((sizeClass) => ({ sizeClass, ...part(cohort.filter((r) => r.sizeClass === sizeClass)) })),
    },
    municipalities: { countedOn: period.countedOn, ...municipalitiesOn(inputs, period.countedOn, countFigure) },
  };
}

/** As `historyFacts` counts them: by the day, the municipality (as organiser) not invited and nobody there accepted. */
function municipalitiesOn(inputs: VolumeInputs, day: string, countFigure: (n: number) => VolumeFigure) {
  const invitedBy = inputs.invitations.filter((r) => r.invitedOn <= day);
  const invited = new Set(invitedBy.map((r) => r.organiserId));
  const offeredIn = new Set(invitedBy.map((r) => r.municipalityCode));
  const acceptedIn = new Set(invitedBy.filter((r) => r.acceptedOn !== null && r.acceptedOn <= day).map((r) => r.municipalityCode));
  const notReached = inputs.municipalities.filter((m) => m.municipalOrganiserId !== null && !invited.has(m.municipalOrganiserId) && !acceptedIn.has(m.code));
  return { notReached: countFigure(notReached.length), noneOffered: countFigure(inputs.municipalities.filter((m) => !offeredIn.has(m.code)).length) };
}

export function computeVolumes(inputs: VolumeInputs, { today, minGroupSize }: { today: string; minGroupSize: number }): DialogueVolumes {
  const thisYear = Number(today.slice(0, 4));
  let first = Infinity;
  for (const r of inputs.invitations) first = Math.min(first, Number(r.invitedOn.slice(0, 4)));
  for (const year of inputs.physicalByYear.keys()) first = Math.min(first, year);
  const years: DialogueVolumes['years'] = [];
  for (let year = Number.isFinite(first) ? first : thisYear + 1; year <= thisYear; year++) {
    const complete = year < thisYear;
    years.push({ year, complete, ...volumeSet(inputs, { from: year, to: year, countedOn: complete ? `${year}-12-31` : today }, minGroupSize) });
  }
  const done = years.filter((y) => y.complete);
  const summary = done.length === 0 ? null : {
    fromYear: done[0]!.year, toYear: done.at(-1)!.year,
    ...volumeSet(inputs, { from: done[0]!.year, to: done.at(-1)!.year, countedOn: `${done.at(-1)!.year}-12-31` }, minGroupSize),
  };
  return { minGroupSize, countedOn: today, years, summary };
}

async function loadInputs(db: Queryable): Promise<VolumeInputs> {
  const [invitations, physicalByYear, municipalities] = [await invitationRows(db), await physicalHeldByYear(db), await municipalityOrganisers(db)];
  return { invitations, physicalByYear, municipalities };
}

/** The Refresher wants a number: the first 52 bits of the fingerprint's SHA-256. */
const revisionOf = (fingerprint: string): number => Number.parseInt(createHash('sha256').update(fingerprint).digest('hex').slice(0, 13), 16);

/**
 * The counted inputs stay in memory until something they depend on changes (checked at most every
 * second, at once after this process commits): the dashboard then answers without a query per
 * request, which PGlite could not do for many callers at once.
 */
export function dialogueVolumeSource(db: Database) {
  const inputs = new Refresher(db, { readRevision: async (q) => revisionOf(await volumesFingerprint(q)), load: loadInputs, maxAgeMs: 1000 });
  let last: { inputs: VolumeInputs; key: string; answer: DialogueVolumes } | null = null;
  return async ({ today, minGroupSize }: { today: string; minGroupSize: number }): Promise<DialogueVolumes> => {
    const current = await inputs.current();
    const key = `${today}|${minGroupSize}`;
    if (last?.inputs !== current || last.key !== key) last = { inputs: current, key, answer: computeVolumes(current, { today, minGroupSize }) };
    return last.answer;
  };
}
