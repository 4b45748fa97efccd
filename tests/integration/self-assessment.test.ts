/**
 * Self-assessments end to end over the API: start, invite two colleagues (outbox with signed links),
 * answer through the links, two tabs at once, spread and own answers, sharing into the analysis
 * basis, and who reaches what (generated organiser pairs; expired, tampered and replaced links).
 */
import fc from 'fast-check';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisBasis } from '../../src/shared/api/analysis.ts';
import type { Answer, ResponseForm, SelfAssessmentDetail } from '../../src/shared/api/selfassessment.ts';
import { linkSigner } from '../../src/server/modules/access/links.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';
import { rows } from '../support/sql.ts';

let t: TestApp;
let rep: Session;
let leader: Session;
let otherRep: Session;

beforeAll(async () => {
  t = await createTestApp({ values: true });
  rep = await signIn(t.app, 'huvudman-kommun');
  leader = await signIn(t.app, 'ledare-spsm');
  otherRep = await signIn(t.app, 'huvudman-forskola');
});
afterAll(async () => t?.close());

const linkOf = (body: string) => /\/svara#([\w.-]+)/.exec(body)?.[1];

async function start(session: Session, title = 'Självskattning hösten 2026') {
  const res = await t.app.inject({ method: 'POST', url: `/api/organisers/${session.organiserId}/self-assessments`, headers: as(session), payload: { title } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as SelfAssessmentDetail;
}

async function invite(id: string, respondents: { name: string; email: string; position: string }[]) {
  return t.app.inject({ method: 'POST', url: `/api/self-assessments/${id}/invitations`, headers: as(rep), payload: { respondents } });
}

async function outboxLinks(relatedIds: string[]) {
  const messages = await rows<{ related_id: string; body_text: string; to_address: string }>(t.db,
    sql`select related_id, body_text, to_address from outbox_messages where related_id in ${relatedIds} order by created_at`);
  return messages.map((m) => ({ respondentId: m.related_id, address: m.to_address, token: linkOf(m.body_text)! }));
}

const respond = (token: string) => ({
  open: () => t.app.inject({ method: 'GET', url: '/api/respond', headers: { 'x-link-token': token } }),
  save: (statementKey: string, payload: { rating: number | null; dontKnow: boolean; comment: string; baseRevision: number }) =>
    t.app.inject({ method: 'PUT', url: `/api/respond/answers/${statementKey}`, headers: { 'x-link-token': token }, payload }),
});

describe('self-assessment', () => {
  let assessment: SelfAssessmentDetail;
  let tokens: string[];
  let statements: string[];

  it('is started by the representative, who becomes its first respondent', async () => {
    assessment = await start(rep);
    expect(assessment.respondents).toHaveLength(1);
    expect(assessment.respondents![0]!.isMe).toBe(true);
    expect(assessment.factors.length).toBeGreaterThanOrEqual(5);
    expect(assessment.sharedAt).toBeNull();
  });

  it('refuses a bad invitation with a message naming the field, and invites no one', async () => {
    const res = await invite(assessment.id, [
      { name: 'Anna Berg', email: 'anna.berg@ekero.se', position: 'Rektor' },
      { name: 'Bo Ek', email: 'inte-en-adress', position: 'Förvaltning' },
    ]);
    expect(res.statusCode).toBe(400);
    expect(res.json().error.details.some((d: { path: string; message: string }) => d.path.includes('respondents.1.email') && /e-postadress/.test(d.message))).toBe(true);
    const dup = await invite(assessment.id, [
      { name: 'Anna Berg', email: 'anna.berg@ekero.se', position: 'Rektor' },
      { name: 'Anna B', email: 'Anna.Berg@ekero.se', position: 'Rektor' },
    ]);
    expect(dup.statusCode).toBe(400);
    expect(dup.json().error.message).toMatch(/två gånger/);
    const after = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${assessment.id}`, headers: as(rep) });
    expect((after.json() as SelfAssessmentDetail).respondents).toHaveLength(1);
  });

  it('invites two colleagues by e-mail through the outbox, each with a personal link', async () => {
    const res = await invite(assessment.id, [
      { name: 'Anna Berg', email: 'anna.berg@ekero.se', position: 'Rektor, grundskola' },
      { name: 'Bo Ek', email: 'bo.ek@ekero.se', position: 'Förvaltningschef' },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json() as SelfAssessmentDetail;
    expect(detail.respondents).toHaveLength(3);
    const invited = detail.respondents!.filter((r) => !r.isMe);
    expect(invited.every((r) => r.mail === 'queued')).toBe(true);
    const links = await outboxLinks(invited.map((r) => r.id));
    expect(links.map((l) => l.address).sort()).toEqual(['anna.berg@ekero.se', 'bo.ek@ekero.se']);
    tokens = links.map((l) => l.token);
    expect(tokens.every(Boolean)).toBe(true);
  });

  it('opens the form through the link, without an account', async () => {
    const res = await respond(tokens[0]!).open();
    expect(res.statusCode, res.body).toBe(200);
    const form = res.json() as ResponseForm;
    expect(form.respondent.name).toBe('Anna Berg');
    expect(form.selfAssessment.organiserName).toMatch(/Ekerö/);
    statements = form.factors.flatMap((f) => f.statements.map((s) => s.key));
    expect(statements.length).toBeGreaterThan(20);
    expect(form.answers).toEqual([]);
  });

  it('saves answers as they come and refuses a rating together with "vet ej"', async () => {
    const a = respond(tokens[0]!);
    const first = await a.save(statements[0]!, { rating: 4, dontKnow: false, comment: '', baseRevision: 0 });
    expect(first.statusCode, first.body).toBe(200);
    const second = await a.save(statements[0]!, { rating: 4, dontKnow: false, comment: 'Vi följer upp varje termin.', baseRevision: (first.json() as Answer).revision });
    expect((second.json() as Answer).revision).toBe(2);
    const both = await a.save(statements[1]!, { rating: 3, dontKnow: true, comment: '', baseRevision: 0 });
    expect(both.statusCode).toBe(400);
    expect(both.json().error.message).toMatch(/Vet ej/);
    const unknown = await a.save('sf.finns-inte', { rating: 3, dontKnow: false, comment: '', baseRevision: 0 });
    expect(unknown.statusCode).toBe(404);
  });

  it('keeps both tabs\' edits of different statements, and reports the conflict on the same one without losing either', async () => {
    const tabA = respond(tokens[0]!);
    const tabB = respond(tokens[0]!);
    const [x, y] = await Promise.all([
      tabA.save(statements[2]!, { rating: 2, dontKnow: false, comment: 'flik A', baseRevision: 0 }),
      tabB.save(statements[3]!, { rating: 5, dontKnow: false, comment: 'flik B', baseRevision: 0 }),
    ]);
    expect([x.statusCode, y.statusCode]).toEqual([200, 200]);

    // Both tabs start from revision 2 of the first statement; the second save must not overwrite the first.
    const fromA = await tabA.save(statements[0]!, { rating: 5, dontKnow: false, comment: 'ändrat i flik A', baseRevision: 2 });
    expect(fromA.statusCode).toBe(200);
    const fromB = await tabB.save(statements[0]!, { rating: 1, dontKnow: false, comment: 'ändrat i flik B', baseRevision: 2 });
    expect(fromB.statusCode).toBe(409);
    expect(fromB.json().current).toMatchObject({ rating: 5, comment: 'ändrat i flik A', revision: 3 });
    // Tab B decides to keep its own answer: it saves again from the revision it was shown.
    const kept = await tabB.save(statements[0]!, { rating: 1, dontKnow: false, comment: 'ändrat i flik B', baseRevision: 3 });
    expect(kept.statusCode).toBe(200);
    const form = (await tabA.open()).json() as ResponseForm;
    expect(form.answers.find((a) => a.statementKey === statements[0])).toMatchObject({ rating: 1, revision: 4 });
    expect(form.answers).toHaveLength(3);
  });

  it('shows the organiser the spread per factor beside its own answers, never a colleague\'s answers', async () => {
    const b = respond(tokens[1]!);
    for (const [i, key] of statements.slice(0, 6).entries()) {
      const res = await b.save(key, { rating: i === 5 ? null : 3, dontKnow: i === 5, comment: i === 0 ? 'Bo: hemlig kommentar' : '', baseRevision: 0 });
      expect(res.statusCode).toBe(200);
    }
    const mine = await t.app.inject({ method: 'POST', url: `/api/self-assessments/${assessment.id}/my-link`, headers: as(rep) });
    expect(mine.statusCode).toBe(200);
    expect((await respond(mine.json().token).save(statements[0]!, { rating: 2, dontKnow: false, comment: 'min egen', baseRevision: 0 })).statusCode).toBe(200);

    const res = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${assessment.id}`, headers: as(rep) });
    const detail = res.json() as SelfAssessmentDetail;
    expect(detail.answeringRespondents).toBe(3);
    const first = detail.factors.find((f) => f.statements.some((s) => s.key === statements[0]))!;
    const statement = first.statements.find((s) => s.key === statements[0])!;
    // Anna 1 (after the tabs), Bo 3, the representative 2.
    expect(statement.distribution).toEqual([1, 1, 1, 0, 0]);
    expect(statement.median).toBe(2);
    expect(first.mine?.find((a) => a.statementKey === statements[0])?.comment).toBe('min egen');
    expect(res.body).not.toContain('hemlig kommentar');
    expect(res.body).not.toContain('ändrat i flik');
  });

  it('is hidden from leaders until shared, then shown in the analysis basis', async () => {
    expect((await t.app.inject({ method: 'GET', url: `/api/self-assessments/${assessment.id}`, headers: as(leader) })).statusCode).toBe(404);
    const before = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis`, headers: as(leader) });
    expect((before.json() as AnalysisBasis).selfAssessment).toBeNull();

    const current = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${assessment.id}`, headers: as(rep) });
    const stale = await t.app.inject({ method: 'PUT', url: `/api/self-assessments/${assessment.id}/sharing`, headers: as(rep, { 'if-match': '"999"' }), payload: { included: true } });
    expect(stale.statusCode).toBe(412);
    const shared = await t.app.inject({
      method: 'PUT', url: `/api/self-assessments/${assessment.id}/sharing`, headers: as(rep, { 'if-match': current.headers.etag as string }), payload: { included: true },
    });
    expect(shared.statusCode, shared.body).toBe(200);

    const seen = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${assessment.id}`, headers: as(leader) });
    expect(seen.statusCode).toBe(200);
    expect((seen.json() as SelfAssessmentDetail).respondents).toBeNull();
    expect(seen.body).not.toContain('anna.berg@ekero.se');
    const basis = (await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis`, headers: as(leader) })).json() as AnalysisBasis;
    expect(basis.selfAssessment?.id).toBe(assessment.id);
    expect(basis.selfAssessment?.respondents).toBe(3);
    expect(basis.selfAssessment?.factors.some((f) => f.median !== null)).toBe(true);
  });
});

describe('links', () => {
  let id: string;
  let respondentId: string;
  let token: string;

  beforeAll(async () => {
    id = (await start(rep, 'Länktest')).id;
    const res = await invite(id, [{ name: 'Cecilia Dahl', email: 'cecilia.dahl@ekero.se', position: 'Rektor' }]);
    respondentId = (res.json() as SelfAssessmentDetail).respondents!.find((r) => !r.isMe)!.id;
    token = (await outboxLinks([respondentId]))[0]!.token;
  });

  it('refuses a tampered link and a missing one', async () => {
    const [head, payload, signature] = token.split('.');
    const flipped = signature!.slice(0, -2) + (signature!.endsWith('AA') ? 'BB' : 'AA');
    for (const bad of [`${head}.${payload}.${flipped}`, `${head}.${Buffer.from('{"sub":"x"}').toString('base64url')}.${signature}`, 'inte-en-länk']) {
      const res = await respond(bad).open();
      expect(res.statusCode).toBe(401);
      expect(res.json().error.message).toMatch(/Länken är ogiltig/);
    }
    expect((await t.app.inject({ method: 'GET', url: '/api/respond' })).statusCode).toBe(401);
  });

  it('answers an expired link with 410 and a clear message, and changes nothing', async () => {
    const signer = await linkSigner(t.db, t.config.LINK_SECRET);
    const expired = await signer.sign({ purpose: 'self_assessment', subject: respondentId, version: 1 }, new Date(Date.now() - 60_000));
    const res = await respond(expired).save('x', { rating: 3, dontKnow: false, comment: '', baseRevision: 0 });
    expect(res.statusCode).toBe(410);
    expect(res.json().error.message).toMatch(/slutat gälla/);
    expect((await respond(expired).open()).statusCode).toBe(410);
  });

  it('stops the old link when a new one is sent', async () => {
    const res = await t.app.inject({ method: 'POST', url: `/api/self-assessments/${id}/respondents/${respondentId}/new-link`, headers: as(rep) });
    expect(res.statusCode, res.body).toBe(200);
    expect((await respond(token).open()).statusCode).toBe(401);
    const links = await outboxLinks([respondentId]);
    expect(links).toHaveLength(2);
    expect((await respond(links[1]!.token).open()).statusCode).toBe(200);
  });
});

describe('access with generated organiser pairs', () => {
  it('never lets one organiser reach another\'s self-assessments, invitations or analysis basis', async () => {
    // Never the fixed other representative's own organiser: that one must stay "another" organiser.
    const organisers = (await rows<{ id: string }>(t.db, sql`select id from organisers order by org_number`)).filter((o) => o.id !== otherRep.organiserId);
    const pairs = fc.sample(fc.tuple(fc.nat(organisers.length - 1), fc.nat(organisers.length - 1)).filter(([a, b]) => a !== b), { numRuns: 6, seed: 42 });
    for (const [n, [a, b]] of pairs.entries()) {
      const [own, other] = [organisers[a]!.id, organisers[b]!.id];
      await t.db.transaction((tx) => tx.execute(sql`insert into users (subject, name, email, role, organiser_id)
        values (${`demo:gen-rep-${n}`}, ${`Genererad ${n}`}, ${`gen${n}@example.se`}, 'organiser_rep', ${own})`));
      const session = await signIn(t.app, `gen-rep-${n}`);
      const created = await start(session, `Egen ${n}`);
      const foreign = await t.app.inject({ method: 'POST', url: `/api/organisers/${other}/self-assessments`, headers: as(session), payload: { title: 'x' } });
      expect(foreign.statusCode).toBe(404);
      const reads = [
        `/api/organisers/${other}/self-assessments`, `/api/organisers/${other}/analysis-basis`, `/api/organisers/${other}/analysis-basis.xlsx`,
      ];
      for (const url of reads) expect((await t.app.inject({ method: 'GET', url, headers: as(session) })).statusCode, url).toBe(404);
      // The other organiser's representative reaches none of this one's.
      const theirs = await t.app.inject({ method: 'GET', url: `/api/self-assessments/${created.id}`, headers: as(otherRep) });
      expect(theirs.statusCode).toBe(404);
      for (const path of ['invitations', 'my-link']) {
        const res = await t.app.inject({
          method: 'POST', url: `/api/self-assessments/${created.id}/${path}`, headers: as(otherRep),
          payload: path === 'invitations' ? { respondents: [{ name: 'X', email: 'x@example.se', position: 'Y' }] } : undefined,
        });
        expect(res.statusCode, path).toBe(404);
      }
      const count = await rows<{ n: number }>(t.db, sql`select count(*)::int as n from self_assessment_respondents where self_assessment_id = ${created.id}`);
      expect(count[0]!.n).toBe(1);
    }
  });
});
