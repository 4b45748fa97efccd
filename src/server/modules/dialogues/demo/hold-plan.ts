/** Puts the history's holds together (see holds.ts) and keeps those registered before today. */
import type { Random } from '../../demo/random.ts';
import { dateOf, yearOf } from './calendar.ts';
import type { CoveragePlan } from './coverage.ts';
import { currentHolds, explainingHolds, manualHolds, targetedHolds, type HoldDraft, type WithdrawalPlan } from './holds.ts';
import type { PlannedDialogue } from './timeline.ts';
import type { HistoryHold } from './types.ts';

const EXPLAINED_INVITATIONS = 30;
const CURRENT_HOLDS = 12;
const MANUAL_HOLDS = 3;

export function planHolds(options: {
  random: Random; coverage: CoveragePlan; dialogues: readonly PlannedDialogue[]; withdrawals: WithdrawalPlan; today: number;
}): HistoryHold[] {
  const { random, dialogues } = options;
  const held = new Set(options.withdrawals.holds.map((h) => h.organiserKey));
  const firstInvitation = new Map<string, PlannedDialogue>();
  for (const d of dialogues) if (!firstInvitation.has(d.organiser.key)) firstInvitation.set(d.organiser.key, d);

  const late = random.shuffle([...firstInvitation.values()].filter((d) => d.round.number >= 3 && d.round.number <= 16
    && d.outcome.kind !== 'withdrawn' && !held.has(d.organiser.key))).slice(0, EXPLAINED_INVITATIONS);
  for (const d of late) held.add(d.organiser.key);

  const invited2026 = new Set(dialogues.filter((d) => d.round.year === 2026).map((d) => d.organiser.key));
  const waiting = dialogues.filter((d) => d.round.year <= 2023 && d.organiser.status === 'active'
    && !invited2026.has(d.organiser.key) && !held.has(d.organiser.key)).slice(0, CURRENT_HOLDS);
  for (const d of waiting) held.add(d.organiser.key);

  const notNow = dialogues.filter((d) => yearOf(d.round.invitationDay) === 2025 && d.outcome.reason === 'not_interested_now'
    && d.outcome.kind === 'declined' && !held.has(d.organiser.key)).slice(0, MANUAL_HOLDS);

  const drafts: HoldDraft[] = [
    ...targetedHolds(random, options.coverage.targeted),
    ...options.withdrawals.holds,
    ...explainingHolds(random, late.map((d) => ({ organiserKey: d.organiser.key, invitationDay: d.round.invitationDay }))),
    ...currentHolds(random, waiting.map((d) => d.organiser.key)),
    ...manualHolds(notNow.map((d) => ({ organiserKey: d.organiser.key, day: d.answerDay! }))),
  ];
  const today = dateOf(options.today);
  return drafts
    .filter((h) => h.startsOn < today)
    .sort((a, b) => a.startsOn.localeCompare(b.startsOn) || a.organiserKey.localeCompare(b.organiserKey))
    .map((h, i) => ({ key: `uppehall-${String(i + 1).padStart(3, '0')}`, ...h }));
}
