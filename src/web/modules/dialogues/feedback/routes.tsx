/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { FeedbackRespondPage } from './index.ts';

export function feedbackRoutes() {
  // Reached through a signed link, without an account.
  return <Route path="/aterkoppling" element={<FeedbackRespondPage />} />;
}
