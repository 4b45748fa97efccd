/** Access-matrix requests for self-assessments and the respondents' signed links. */
import { as } from '../app.ts';
import type { Builder, Builders, Matrix, Target } from './matrix.ts';

export function selfAssessmentRequests(m: Matrix): Builders {
  /** A shared self-assessment of the target organiser, started by its own representative, and its current detail. */
  const started = new Map<Target, string>();
  const sharedSelfAssessment = async (target: Target) => {
    const owner = target === 'own' ? m.sessions.get('organiser_rep')! : m.otherRep;
    let id = started.get(target);
    if (!id) {
      const created = await m.t.app.inject({ method: 'POST', url: `/api/organisers/${owner.organiserId}/self-assessments`, headers: as(owner), payload: { title: 'Matris' } });
      id = created.json().id as string;
      await m.t.app.inject({ method: 'PUT', url: `/api/self-assessments/${id}/sharing`, headers: as(owner, { 'if-match': '"1"' }), payload: { included: true } });
      started.set(target, id);
    }
    const detail = await m.t.app.inject({ method: 'GET', url: `/api/self-assessments/${id}`, headers: as(owner) });
    return { owner, detail: detail.json() };
  };
  const respondentLink = async () => {
    const { owner, detail } = await sharedSelfAssessment('own');
    const res = await m.t.app.inject({ method: 'POST', url: `/api/self-assessments/${detail.id}/my-link`, headers: as(owner) });
    return res.json().token as string;
  };
  let invitations = 0;

  const ofShared: Builder = async (c) => ({ method: c.method, url: c.url.replace(':id', (await sharedSelfAssessment(c.target)).detail.id), headers: c.headers });
  return {
    'POST /api/organisers/:id/self-assessments': async (c) => ({ method: c.method, url: c.url.replace(':id', c.organiserId), headers: c.headers, payload: { title: 'Ny självskattning' } }),
    'GET /api/self-assessments/:id': ofShared,
    'POST /api/self-assessments/:id/my-link': ofShared,
    'POST /api/self-assessments/:id/invitations': async (c) => {
      invitations += 1;
      const { detail } = await sharedSelfAssessment(c.target);
      return {
        method: c.method, url: c.url.replace(':id', detail.id), headers: c.headers,
        payload: { respondents: [{ name: 'Inbjuden Person', email: `inbjuden${invitations}@example.se`, position: 'Rektor' }] },
      };
    },
    'POST /api/self-assessments/:id/respondents/:respondentId/new-link': async (c) => {
      const { detail } = await sharedSelfAssessment(c.target);
      return { method: c.method, url: `/api/self-assessments/${detail.id}/respondents/${detail.respondents[0].id}/new-link`, headers: c.headers };
    },
    'PUT /api/self-assessments/:id/sharing': async (c) => {
      const { detail } = await sharedSelfAssessment(c.target);
      return { method: c.method, url: c.url.replace(':id', detail.id), headers: { ...c.headers, 'if-match': `"${detail.version}"` }, payload: { included: true } };
    },
    'GET /api/respond': async (c) => ({ method: c.method, url: c.url, headers: { ...c.headers, 'x-link-token': await respondentLink() } }),
    'PUT /api/respond/answers/:statementKey': async (c) => {
      const token = await respondentLink();
      const form = (await m.t.app.inject({ method: 'GET', url: '/api/respond', headers: { 'x-link-token': token } })).json();
      const key = form.factors[0].statements[0].key as string;
      const revision = form.answers.find((a: { statementKey: string }) => a.statementKey === key)?.revision ?? 0;
      return {
        method: c.method, url: `/api/respond/answers/${key}`, headers: { ...c.headers, 'x-link-token': token },
        payload: { rating: 3, dontKnow: false, comment: '', baseRevision: revision },
      };
    },
  };
}
