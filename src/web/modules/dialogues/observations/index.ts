/**
 * Observations in the web client: the steward's page of taxonomy versions (`/observationer/teman`)
 * and the pair's observation form, a section the case page embeds.
 */
import './observations.css';

export { ObservationSection } from './observation-section.tsx';
export { TaxonomyPage } from './taxonomy-page.tsx';
