/** The routes of the web client; Swedish paths, one page component per route. */
import { Route, Routes } from 'react-router';
import { ApiKeysPage, SignInPage, StartPage } from './modules/access/index.ts';
import { AnalysisBasisPage, BasisBatchPage, ValueImportPage } from './modules/analysis/index.ts';
import { CataloguePage } from './modules/catalogue/index.ts';
import { ImportPage, MunicipalitiesPage, OrganiserListPage, OrganiserPage, StatsPage, UnitListPage } from './modules/registry/index.ts';
import { OutboxPage } from './modules/messaging/index.ts';
import { RespondPage, SelfAssessmentListPage, SelfAssessmentPage } from './modules/selfassessment/index.ts';
import { caseRoutes } from './modules/dialogues/cases/routes.tsx';
import { weekRoutes } from './modules/dialogues/week/routes.tsx';
import { feedbackRoutes } from './modules/dialogues/feedback/routes.tsx';
import { observationRoutes } from './modules/dialogues/observations/routes.tsx';
import { planningRoutes } from './modules/dialogues/planning/routes.tsx';
import { notesReviewRoutes } from './modules/dialogues/notes-review/routes.tsx';
import { summaryRoutes } from './modules/dialogues/summaries/routes.tsx';
import { volumeRoutes } from './modules/dialogues/volumes/routes.tsx';
import { NotFoundPage } from './platform/error-pages.tsx';
import { RequireAbility, RequireAuth } from './platform/guards.tsx';
import { Layout } from './platform/layout.tsx';

export function App() {
  return (
    <Routes>
      <Route element={<Layout />}>
        <Route path="/logga-in" element={<SignInPage />} />
        <Route path="/" element={<RequireAuth><StartPage /></RequireAuth>} />
        <Route
          path="/huvudman"
          element={<RequireAuth><RequireAbility ability="registry"><OrganiserListPage /></RequireAbility></RequireAuth>}
        />
        {/* Representatives reach their own organiser; the server refuses any other. */}
        <Route path="/huvudman/:id" element={<RequireAuth><OrganiserPage /></RequireAuth>} />
        <Route
          path="/huvudman/:id/analysunderlag"
          element={<RequireAuth><RequireAbility ability="analysisBasis"><AnalysisBasisPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/skolenheter"
          element={<RequireAuth><RequireAbility ability="registry"><UnitListPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/kvalitetssystemet"
          element={<RequireAuth><RequireAbility ability="catalogue"><CataloguePage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/kommuner"
          element={<RequireAuth><RequireAbility ability="registry"><MunicipalitiesPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/import"
          element={<RequireAuth><RequireAbility ability="importRegistry"><ImportPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/import/varden"
          element={<RequireAuth><RequireAbility ability="importValues"><ValueImportPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/analysunderlag/bygg"
          element={<RequireAuth><RequireAbility ability="runBasisBatch"><BasisBatchPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/statistik"
          element={<RequireAuth><RequireAbility ability="stats"><StatsPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/huvudman/:id/sjalvskattning"
          element={<RequireAuth><RequireAbility ability="selfAssessment"><SelfAssessmentListPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/sjalvskattning/:id"
          element={<RequireAuth><RequireAbility ability="selfAssessment"><SelfAssessmentPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/api-nycklar"
          element={<RequireAuth><RequireAbility ability="apiKeys"><ApiKeysPage /></RequireAbility></RequireAuth>}
        />
        <Route
          path="/utkorg"
          element={<RequireAuth><RequireAbility ability="outbox"><OutboxPage /></RequireAbility></RequireAuth>}
        />
        {caseRoutes()}
        {weekRoutes()}
        {planningRoutes()}
        {observationRoutes()}
        {feedbackRoutes()}
        {volumeRoutes()}
        {summaryRoutes()}
        {notesReviewRoutes()}
        {/* Reached through a signed link, without an account. */}
        <Route path="/svara" element={<RespondPage />} />
        <Route path="*" element={<NotFoundPage />} />
      </Route>
    </Routes>
  );
}
