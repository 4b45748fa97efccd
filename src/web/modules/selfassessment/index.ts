/** Self-assessment module of the web client: an organiser's self-assessments, one self-assessment, the respondent's form. */
export { RespondPage } from './respond-page.tsx';
export { SelfAssessmentListPage } from './self-assessment-list-page.tsx';
export { SelfAssessmentPage } from './self-assessment-page.tsx';
