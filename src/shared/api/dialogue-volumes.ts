/**
 * The yearly volumes of the quality dialogues as the API answers them (GET /api/dialogues/volumes):
 * aggregates only, never an organiser's identity. Every figure says whether it was suppressed because
 * it is built on fewer organisers than the configured minimum; a suppressed figure has no value.
 */
import { z } from 'zod';
import { DECLINE_REASONS } from '../dialogues.ts';
import { isPublicKind, SIZE_CLASSES, type OrganiserKind } from '../organiser.ts';

/** The organiser groups of the evaluation's participation figures (STK 2026:5, 3.3). */
export const ORGANISER_GROUPS = ['municipal', 'private', 'other_public'] as const;
export type OrganiserGroup = (typeof ORGANISER_GROUPS)[number];

export const ORGANISER_GROUP_LABELS: Record<OrganiserGroup, { sv: string; en: string }> = {
  municipal: { sv: 'Kommunala huvudmän', en: 'Municipal organisers' },
  private: { sv: 'Enskilda huvudmän', en: 'Private organisers' },
  other_public: { sv: 'Övriga offentliga huvudmän (region, staten)', en: 'Other public organisers (region, state)' },
};

export const organiserGroupOf = (kind: OrganiserKind): OrganiserGroup =>
  kind === 'kommun' ? 'municipal' : isPublicKind(kind) ? 'other_public' : 'private';

/**
 * A count or a share (a fraction of 1). `value` is null when suppressed, and also when a share has
 * nothing to be a share of (nobody in the group); `suppressed` tells the two apart.
 */
export const volumeFigure = z.object({ value: z.number().nullable(), suppressed: z.boolean() });
export type VolumeFigure = z.infer<typeof volumeFigure>;

const countAndShare = z.object({ count: volumeFigure, share: volumeFigure });

/** Of the organisers invited: how many had an on-site dialogue held (by the time of counting). */
const participation = z.object({ invited: volumeFigure, tookPart: volumeFigure, share: volumeFigure });

export const volumeSet = z.object({
  /** Distinct organisers invited in the period. */
  organisersInvited: volumeFigure,
  /** On-site dialogues (physical meetings) held in the period. */
  physicalHeld: volumeFigure,
  /** How the period's invitations (one per organiser and dialogue) were answered; shares of all of them. */
  answers: z.object({
    invitations: volumeFigure,
    accepted: countAndShare,
    /** Declined or never answered, as the evaluation counts them. */
    declined: countAndShare,
    /** Each reason's share is a share of the declined (the evaluation's "of them"). */
    declineReasons: z.array(z.object({ reason: z.enum(DECLINE_REASONS), count: volumeFigure, share: volumeFigure })),
    /** Withdrawn by the agencies before any answer (e.g. a hold came up). */
    withdrawnBeforeAnswer: countAndShare,
    awaitingAnswer: countAndShare,
  }),
  participation: z.object({
    all: participation,
    byGroup: z.array(participation.extend({ group: z.enum(ORGANISER_GROUPS) })),
    bySize: z.array(participation.extend({ sizeClass: z.enum(SIZE_CLASSES) })),
  }),
  /** At the end of the period (or today, for the year under way). */
  municipalities: z.object({
    countedOn: z.iso.date(),
    /** The municipality itself not offered a dialogue and no organiser there accepted one (the evaluation's measure). */
    notReached: volumeFigure,
    /** No organiser at all in the municipality offered a dialogue. */
    noneOffered: volumeFigure,
  }),
});
export type VolumeSet = z.infer<typeof volumeSet>;

export const dialogueVolumes = z.object({
  minGroupSize: z.number().int(),
  /** The day the figures were counted (Swedish date). */
  countedOn: z.iso.date(),
  /** Calendar years from the first invitation to this year; `complete` is false for the year under way. */
  years: z.array(volumeSet.extend({ year: z.number().int(), complete: z.boolean() })),
  /** The complete years together (the evaluation's "2022–2025"); null before a year is complete. */
  summary: volumeSet.extend({ fromYear: z.number().int(), toYear: z.number().int() }).nullable(),
});
export type DialogueVolumes = z.infer<typeof dialogueVolumes>;
