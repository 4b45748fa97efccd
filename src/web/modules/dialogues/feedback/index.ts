/**
 * The feedback survey and reported actions in the web client: the respondent's page
 * (`/aterkoppling`, reached through a signed link), and the sections the case page embeds.
 */
import './feedback.css';

export { ActionsSection } from './actions-section.tsx';
export { FeedbackSection } from './feedback-section.tsx';
export { FeedbackRespondPage } from './respond-page.tsx';
