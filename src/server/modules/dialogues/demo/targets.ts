/**
 * The published figures the demo history reproduces (STK 2026:5 sections 3.3 and 6.2.4; see
 * /work/shared/reference/report-facts.md) and the model's own assumptions, named in one place.
 *
 * Reading of the report used here: "16 % declined; of them 45 % lack of time/resources, about 10 % not
 * interested at all, about 15 % not interested when asked; just over 10 % never answered" lists the
 * reasons of the 16 % (the state machine's decline reasons include 'no_answer'). Read as 10 % of all
 * invited on top of the 16 %, at most 74 % could take part, fewer than Table 1's 1,918 on-site
 * meetings from 2,475 invitations. Table 1 also counts on-site meetings (fysiska dialogmöten), not
 * organisers: about 1,840 organisers took part (75 %), so some large organisers held their on-site
 * dialogue in two meetings.
 */
import type { DeclineReason } from '../../../../shared/dialogues.ts';
import type { SizeClass } from '../../../../shared/organiser.ts';

export const HISTORY_YEARS = [2022, 2023, 2024, 2025] as const;
export type HistoryYear = (typeof HISTORY_YEARS)[number];

/** Table 1: organisers invited (by invitation date) and on-site meetings held (by meeting date). */
export const TABLE_1: Record<HistoryYear, { totalCost: number; invited: number; physical: number; costPerDialogue: number }> = {
  2022: { totalCost: 16_305_090, invited: 217, physical: 166, costPerDialogue: 98_223 },
  2023: { totalCost: 50_213_233, invited: 572, physical: 440, costPerDialogue: 114_121 },
  2024: { totalCost: 58_794_100, invited: 787, physical: 608, costPerDialogue: 96_701 },
  2025: { totalCost: 68_541_629, invited: 899, physical: 704, costPerDialogue: 97_360 },
};

export const TARGETED_INTERVENTIONS = 37;
export const TARGETED_SIZE = { min: 700, max: 30_000 } as const;
/** Municipalities nobody was offered: four without private organisers, one whose private one declined. */
export const MUNICIPALITIES_NOT_REACHED = { withoutPrivate: 4, privateDeclined: 1 } as const;

/** Shares of the organisers invited in 2022–2025. */
export const DECLINED_SHARE = 0.16;
export const DECLINE_REASON_SHARES: Record<DeclineReason, number> = {
  lack_of_resources: 0.45,
  not_interested: 0.10,
  not_interested_now: 0.15,
  no_answer: 0.11,
  organiser_ceased: 0.03,
  other_intervention: 0.06,
  other: 0.10,
};
/** Invitations withdrawn by the agencies because Skolinspektionen announced an inspection or review. */
export const WITHDRAWN_SHARE = 0.025;
/** Took part in the on-site dialogue, of those invited. */
export const PARTICIPATION = {
  municipal: 0.92,
  private: 0.72,
  size: { small: 0.67, medium: 0.81, large: 0.92 } satisfies Record<SizeClass, number>,
  /** Model choices within the published figures. */
  municipalMedium: 0.8,
  otherPublic: 0.875,
} as const;
/** Share of the organisers still to be offered after 2025 that are medium-sized, at most. */
export const NOT_YET_OFFERED_MEDIUM_CAP = 0.75;

/** Leaders' time use, share of recorded hours (report section 6.2.4; 2022 is the start-up year). */
export const TIME_SHARES: Record<HistoryYear, { preparation: number; travel: number; administration: number; other: number }> = {
  2022: { preparation: 0.38, travel: 0.08, administration: 0.31, other: 0.13 },
  2023: { preparation: 0.48, travel: 0.09, administration: 0.28, other: 0.05 },
  2024: { preparation: 0.46, travel: 0.11, administration: 0.31, other: 0.01 },
  2025: { preparation: 0.51, travel: 0.14, administration: 0.24, other: 0.01 },
};
/** Travel and lodging, share of the year's total cost ("just under 5 %" in 2025). */
export const TRAVEL_COST_SHARE: Record<HistoryYear, number> = { 2022: 0.04, 2023: 0.043, 2024: 0.046, 2025: 0.048 };
/** Planned personnel cost per recorded leader hour in fixed 2025 prices (the solved one lands near it). */
export const REAL_HOURLY_COST: Record<HistoryYear, number> = { 2022: 780, 2023: 790, 2024: 795, 2025: 800 };
export const SPSM_HOURLY_COST_FACTOR = 0.98;
/** Price index for government consumption, 2025 = 100 (demo values in the index's range; 2026 forecast). */
export const PRICE_INDEX: Record<number, number> = { 2022: 89.6, 2023: 94.1, 2024: 97.4, 2025: 100, 2026: 102.3 };
export const PRICE_BASE_YEAR = 2025;
