/** Analysis module of the web client: an organiser's analysis basis (analysunderlag). */
export { AnalysisBasisPage } from './analysis-basis-page.tsx';
