/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { RequireAbility, RequireAuth } from '../../../platform/guards.tsx';
import { VolumesPage } from './volumes-page.tsx';
import './volumes.css';

export function volumeRoutes() {
  return (
    <Route
      path="/dialoger/siffror"
      element={<RequireAuth><RequireAbility ability="dialogueAggregates"><VolumesPage /></RequireAbility></RequireAuth>}
    />
  );
}
