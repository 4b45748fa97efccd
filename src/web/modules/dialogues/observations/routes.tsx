/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { TaxonomyPage } from './index.ts';

export function observationRoutes() {
  return (
    <Route
      path="/observationer/teman"
      element={<RequireAuth><RequireAbility ability="editTaxonomy"><TaxonomyPage /></RequireAbility></RequireAuth>}
    />
  );
}
