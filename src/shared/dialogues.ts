/**
 * The quality dialogue's vocabulary: states of a dialogue case, answers, decline reasons, meeting
 * kinds, hold kinds and time activities, with their Swedish and English labels. The transitions
 * between states and their guards live in the dialogues module's state machine.
 */

/**
 * planned → invited → (declined | no_answer | accepted) → intro_held → pre_meeting_held →
 * physical_held → feedback_held → (follow_up_held) → closed. A dialogue can also be withdrawn
 * before it is accepted (e.g. a hold came up).
 */
export const DIALOGUE_STATES = [
  'planned', 'invited', 'declined', 'no_answer', 'accepted', 'intro_held', 'pre_meeting_held', 'physical_held',
  'feedback_held', 'follow_up_held', 'closed', 'withdrawn',
] as const;
export type DialogueState = (typeof DIALOGUE_STATES)[number];

export const DIALOGUE_STATE_LABELS: Record<DialogueState, { sv: string; en: string }> = {
  planned: { sv: 'Planerad', en: 'Planned' },
  invited: { sv: 'Inbjuden', en: 'Invited' },
  declined: { sv: 'Tackat nej', en: 'Declined' },
  no_answer: { sv: 'Inget svar', en: 'No answer' },
  accepted: { sv: 'Tackat ja', en: 'Accepted' },
  intro_held: { sv: 'Introduktionsmöte hållet', en: 'Intro meeting held' },
  pre_meeting_held: { sv: 'Förmöte hållet', en: 'Pre-meeting held' },
  physical_held: { sv: 'Dialog på plats hållen', en: 'On-site dialogue held' },
  feedback_held: { sv: 'Återkopplingsmöte hållet', en: 'Feedback meeting held' },
  follow_up_held: { sv: 'Uppföljningsmöte hållet', en: 'Follow-up meeting held' },
  closed: { sv: 'Avslutad', en: 'Closed' },
  withdrawn: { sv: 'Återkallad', en: 'Withdrawn' },
};

export const DECLINE_REASONS = [
  'lack_of_resources', 'not_interested', 'not_interested_now', 'no_answer', 'organiser_ceased', 'other_intervention', 'other',
] as const;
export type DeclineReason = (typeof DECLINE_REASONS)[number];

export const DECLINE_REASON_LABELS: Record<DeclineReason, { sv: string; en: string }> = {
  lack_of_resources: { sv: 'Brist på tid eller resurser', en: 'Lack of time or resources' },
  not_interested: { sv: 'Inte intresserad alls', en: 'Not interested at all' },
  not_interested_now: { sv: 'Inte intresserad just nu', en: 'Not interested now' },
  no_answer: { sv: 'Inget svar', en: 'No answer' },
  organiser_ceased: { sv: 'Huvudmannen har upphört', en: 'Organiser ceased' },
  other_intervention: { sv: 'Deltar i annan riktad insats', en: 'In another targeted intervention' },
  other: { sv: 'Annat', en: 'Other' },
};

export const MEETING_KINDS = ['intro', 'pre_meeting', 'physical', 'feedback', 'follow_up'] as const;
export type MeetingKind = (typeof MEETING_KINDS)[number];

export const MEETING_KIND_LABELS: Record<MeetingKind, { sv: string; en: string }> = {
  intro: { sv: 'Introduktionsmöte (digitalt)', en: 'Intro meeting (digital)' },
  pre_meeting: { sv: 'Förmöte (digitalt)', en: 'Pre-meeting (digital)' },
  physical: { sv: 'Dialog på plats', en: 'On-site dialogue' },
  feedback: { sv: 'Återkopplingsmöte (digitalt)', en: 'Feedback meeting (digital)' },
  follow_up: { sv: 'Uppföljningsmöte', en: 'Follow-up meeting' },
};

/** Digital meetings have a video link; the on-site dialogue has a place. */
export const DIGITAL_MEETINGS: readonly MeetingKind[] = ['intro', 'pre_meeting', 'feedback'];

export const HOLD_KINDS = ['inspection', 'quality_review', 'targeted_intervention', 'manual'] as const;
export type HoldKind = (typeof HOLD_KINDS)[number];

export const HOLD_KIND_LABELS: Record<HoldKind, { sv: string; en: string }> = {
  inspection: { sv: 'Planerad tillsyn (Skolinspektionen)', en: 'Planned inspection (Schools Inspectorate)' },
  quality_review: { sv: 'Planerad kvalitetsgranskning (Skolinspektionen)', en: 'Planned quality review (Schools Inspectorate)' },
  targeted_intervention: { sv: 'Pågående riktad insats', en: 'Ongoing targeted intervention' },
  manual: { sv: 'Manuellt uppehåll', en: 'Manual hold' },
};

export const TIME_ACTIVITIES = ['preparation', 'dialogue', 'travel', 'administration', 'other'] as const;
export type TimeActivity = (typeof TIME_ACTIVITIES)[number];

export const TIME_ACTIVITY_LABELS: Record<TimeActivity, { sv: string; en: string }> = {
  preparation: { sv: 'Förberedelse', en: 'Preparation' },
  dialogue: { sv: 'Dialog', en: 'Dialogue' },
  travel: { sv: 'Resa', en: 'Travel' },
  administration: { sv: 'Administration', en: 'Administration' },
  other: { sv: 'Annat', en: 'Other' },
};

/** The two agencies that hold dialogues together, one leader each. */
export const DIALOGUE_AGENCIES = ['skolverket', 'spsm'] as const;
export type DialogueAgency = (typeof DIALOGUE_AGENCIES)[number];
