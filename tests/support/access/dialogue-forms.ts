/** Access-matrix requests for the observation taxonomy and form, the feedback survey and the reported actions. */
import { sql } from 'drizzle-orm';
import { FEEDBACK_QUESTION_KEYS } from '../../../src/shared/feedback-questions.ts';
import { rows } from '../sql.ts';
import { dialogueCases } from './dialogues.ts';
import { at, headersOf, type Builder, type Builders, type Matrix } from './matrix.ts';

export function dialogueFormRequests(m: Matrix): Builders {
  const { caseOf, caseInState } = dialogueCases(m);
  const steward = () => headersOf(m, 'steward');
  const admin = () => headersOf(m, 'admin');

  const taxonomies = async () => (await m.t.app.inject({ method: 'GET', url: '/api/observation-taxonomies', headers: steward() })).json().items as { id: string; status: string }[];
  const published = async () => (await taxonomies()).find((v) => v.status === 'published')!;
  const taxonomyDraft = async () => {
    let draft: { id: string } | undefined = (await taxonomies()).find((v) => v.status === 'draft');
    if (!draft) draft = (await m.t.app.inject({ method: 'POST', url: '/api/observation-taxonomies/drafts', headers: steward() })).json();
    return (await m.t.app.inject({ method: 'GET', url: `/api/observation-taxonomies/${draft!.id}`, headers: steward() })).json();
  };
  /** One survey link, sent once for a case of the representative's own organiser (which has contacts with e-mail). */
  let feedbackToken: string | undefined;
  const surveyLink = async () => {
    if (!feedbackToken) {
      const { id } = await caseInState(m.ownOrganiser, 'feedback_held');
      await m.t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/feedback-survey`, headers: admin() });
      const [mail] = await rows<{ body_text: string }>(m.t.db, sql`select o.body_text from outbox_messages o join feedback_surveys s on s.id = o.related_id where s.dialogue_id = ${id} limit 1`);
      feedbackToken = /\/aterkoppling#([\w.-]+)/.exec(mail!.body_text)![1]!;
    }
    return feedbackToken;
  };

  const afterOnSite: Builder = async (c) => at(c, (await caseInState(c.organiserId, 'physical_held')).id);
  return {
    'GET /api/observation-taxonomies/:id': async (c) => at(c, (await published()).id),
    'POST /api/observation-taxonomies/drafts': async (c) => {
      await m.t.db.read((q) => q.execute(sql`delete from observation_taxonomies where status = 'draft'`));
      return { method: c.method, url: c.url, headers: c.headers };
    },
    'PUT /api/observation-taxonomies/:id/themes': async (c) => {
      const draft = await taxonomyDraft();
      return { ...at(c, draft.id), headers: { ...c.headers, 'if-match': `"${draft.version}"` }, payload: { themes: draft.themes } };
    },
    'POST /api/observation-taxonomies/:id/publish': async (c) => {
      const draft = await taxonomyDraft();
      return { ...at(c, draft.id), headers: { ...c.headers, 'if-match': `"${draft.version}"` } };
    },
    'GET /api/dialogues/:id/observation': afterOnSite,
    'PUT /api/dialogues/:id/observation': async (c) => ({ ...(await afterOnSite(c)), headers: { ...c.headers, 'if-match': '"0"' }, payload: { entries: [], internalComment: null } }),
    'POST /api/dialogues/:id/observation/submit': async (c) => {
      const { id } = await caseInState(c.organiserId, 'physical_held');
      const taxonomy = (await m.t.app.inject({ method: 'GET', url: `/api/observation-taxonomies/${(await published()).id}`, headers: admin() })).json();
      await m.t.app.inject({ method: 'PUT', url: `/api/dialogues/${id}/observation`, headers: headersOf(m, 'admin', { 'if-match': '"0"' }), payload: { entries: [{ themeKey: taxonomy.themes[0].key, needKeys: [], level: 2 }] } });
      return { ...at(c, id), headers: { ...c.headers, 'if-match': '"1"' } };
    },
    'GET /api/dialogues/:id/feedback-survey': async (c) => at(c, (await caseInState(c.organiserId, 'feedback_held')).id),
    // The own organiser has contacts with e-mail; representatives are refused by role anyway.
    'POST /api/dialogues/:id/feedback-survey': async (c) => at(c, (await caseInState(m.ownOrganiser, 'feedback_held')).id),
    'GET /api/feedback': async (c) => ({ method: c.method, url: c.url, headers: { ...c.headers, 'x-link-token': await surveyLink() } }),
    'POST /api/feedback/responses': async (c) => ({
      method: c.method, url: c.url, headers: { ...c.headers, 'x-link-token': await surveyLink() }, payload: { answers: Object.fromEntries(FEEDBACK_QUESTION_KEYS.map((k) => [k, 3])) },
    }),
    'GET /api/dialogues/:id/actions': async (c) => at(c, (await caseOf(c.organiserId)).id),
    'POST /api/dialogues/:id/actions': async (c) => ({ ...at(c, (await caseInState(c.organiserId, 'feedback_held')).id), payload: { text: 'Ny rutin', reportedOn: '2025-01-15' } }),
    'PATCH /api/dialogue-actions/:id': async (c) => {
      const { id } = await caseInState(c.organiserId, 'feedback_held');
      const list = (await m.t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/actions`, headers: admin(), payload: { text: 'Ny rutin', reportedOn: '2025-01-15' } })).json();
      return { ...at(c, list.items[0].id), headers: { ...c.headers, 'if-match': list.items[0].etag }, payload: { status: 'done' } };
    },
  };
}
