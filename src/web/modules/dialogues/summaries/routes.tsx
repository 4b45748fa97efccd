/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { SummariesPage } from './summaries-page.tsx';
import './summaries.css';

export function summaryRoutes() {
  return (
    <Route
      path="/dialoger/sammanstallning"
      element={<RequireAuth><RequireAbility ability="dialogueAggregates"><SummariesPage /></RequireAbility></RequireAuth>}
    />
  );
}
