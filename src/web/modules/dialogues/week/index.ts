/**
 * The leader's week (/min-vecka) and the organiser's timeline of every state contact, which the
 * organiser page embeds: <OrganiserTimeline organiserId={id} />.
 */
export { LeaderWeekPage } from './leader-week-page.tsx';
export { OrganiserTimeline } from './organiser-timeline.tsx';
