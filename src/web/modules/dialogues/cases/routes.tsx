/** The dialogue list and the case page, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { CaseListPage } from './case-list-page.tsx';
import { CasePage } from './case-page.tsx';

export function caseRoutes() {
  return (
    <>
      <Route path="/dialoger" element={<RequireAuth><RequireAbility ability="dialogues"><CaseListPage /></RequireAbility></RequireAuth>} />
      {/* Representatives reach their own organiser's cases; the server refuses any other. */}
      <Route path="/dialoger/:id" element={<RequireAuth><RequireAbility ability="dialogues"><CasePage /></RequireAbility></RequireAuth>} />
    </>
  );
}
