/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { LeaderWeekPage } from './leader-week-page.tsx';
import './week.css';

export function weekRoutes() {
  return (
    <Route
      path="/min-vecka"
      element={<RequireAuth><RequireAbility ability="leaderWeek"><LeaderWeekPage /></RequireAbility></RequireAuth>}
    />
  );
}
