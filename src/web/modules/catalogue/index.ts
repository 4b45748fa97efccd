/** Catalogue module of the web client: the national quality system by version and school form. */
export { CataloguePage } from './catalogue-page.tsx';
