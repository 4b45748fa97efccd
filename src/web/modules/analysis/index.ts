/** Analysis module of the web client: an organiser's analysis basis (analysunderlag) and the import of values. */
export { AnalysisBasisPage } from './analysis-basis-page.tsx';
export { BasisBatchPage } from './basis-batch-page.tsx';
export { ValueImportPage } from './value-import-page.tsx';
