/** The pages of this part of the dialogues module, as route elements for the app's <Routes>. */
import { Route } from 'react-router';
import { NotesReviewPage } from './review-page.tsx';
import './notes-review.css';

export function notesReviewRoutes() {
  // Reached through a signed link, without an account.
  return <Route path="/anteckningar" element={<NotesReviewPage />} />;
}
