/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { HoldsPage } from './holds-page.tsx';
import { RoundPage } from './round-page.tsx';
import { RoundsPage } from './rounds-page.tsx';

export function planningRoutes() {
  return (
    <>
      <Route path="/dialoger/omgangar" element={<RequireAuth><RequireAbility ability="rounds"><RoundsPage /></RequireAbility></RequireAuth>} />
      <Route path="/dialoger/omgangar/:id" element={<RequireAuth><RequireAbility ability="rounds"><RoundPage /></RequireAbility></RequireAuth>} />
      <Route path="/uppehall" element={<RequireAuth><RequireAbility ability="holds"><HoldsPage /></RequireAbility></RequireAuth>} />
    </>
  );
}
