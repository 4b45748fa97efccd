/**
 * Use cases of the organiser's side of a self-assessment: start it, invite colleagues (e-mail with a
 * signed, expiring link through the outbox), send a new link, answer oneself, see the group's spread
 * beside one's own answers, and share the summary into the analysis basis.
 */
import type { InvitationCreate } from '../../../shared/api/selfassessment.ts';
import type { SelfAssessmentSummary } from '../../../shared/api/analysis.ts';
import type { Config } from '../../platform/config.ts';
import type { Database } from '../../platform/db/database.ts';
import type { Actor } from '../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../platform/errors.ts';
import { linkSigner, type LinkSigner } from '../access/links.ts';
import { audit } from '../audit/audit.ts';
import { findLatestPublished } from '../catalogue/repository.ts';
import { deliveryStates } from '../messaging/repository.ts';
import { enqueueMail } from '../messaging/outbox.ts';
import { getOrganiserProfile } from '../registry/organisers.ts';
import { invitationMail } from './mail.ts';
import { presentAnswer } from './responding.ts';
import {
  answersOfAssessment, answersOfAssessments, answersOfRespondent, findLatestSharedOf, findRespondentOfUser, findSelfAssessment, insertRespondents,
  insertSelfAssessment, listRespondents, listSelfAssessments, renewRespondentLink, setSharedIfVersion, userEmail,
  type RespondentRow, type Visibility,
} from './repository.ts';
import { answeringRespondents, factorSpreads } from './summary.ts';

type Deps = { db: Database; config: Config; actor: Actor };

const DAY_MS = 24 * 60 * 60 * 1000;
const SELF = 'Huvudmannens företrädare';

/** Representatives reach their own organiser's self-assessments; staff only the shared ones. */
function visibilityOf(actor: Actor): Visibility {
  if (actor.role === 'organiser_rep') return { kind: 'organiser', organiserId: actor.organiserId ?? '00000000-0000-0000-0000-000000000000' };
  return { kind: 'shared' };
}

const iso = (d: Date | null) => (d ? d.toISOString() : null);
const expiry = (config: Config, from = new Date()) => new Date(from.getTime() + config.SELF_ASSESSMENT_LINK_DAYS * DAY_MS);

export const responseUrl = (config: Config, token: string) => `${config.PUBLIC_URL.replace(/\/$/, '')}/svara#${token}`;

const linkFor = (signer: LinkSigner, respondent: RespondentRow) =>
  signer.sign({ purpose: 'self_assessment', subject: respondent.id, version: respondent.linkVersion }, respondent.linkExpiresAt);

export async function listForOrganiser({ db, actor, organiserId }: Omit<Deps, 'config'> & { organiserId: string }) {
  await getOrganiserProfile({ db, actor, id: organiserId });
  const rows = await db.read((q) => listSelfAssessments(q, organiserId, visibilityOf(actor)));
  return { items: rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString(), sharedAt: iso(r.sharedAt) })) };
}

export async function startSelfAssessment({ db, config, actor, organiserId, title }: Deps & { organiserId: string; title: string }) {
  // Only the organiser's own representatives: anyone else meets "not found", as for the organiser itself.
  if (actor.role !== 'organiser_rep' || actor.organiserId !== organiserId) throw notFound('Huvudmannen');
  const id = await db.transaction(async (tx) => {
    const catalogue = await findLatestPublished(tx);
    if (!catalogue) throw new DomainError('conflict', 'Det finns ingen publicerad version av kvalitetssystemet att skatta sig mot.', 'no published catalogue');
    const email = (await userEmail(tx, actor.userId)) ?? '';
    const row = await insertSelfAssessment(tx, { organiserId, catalogueVersionId: catalogue.id, title, createdBy: actor.userId });
    await insertRespondents(tx, [{ selfAssessmentId: row.id, name: actor.name, email, position: SELF, userId: actor.userId, linkExpiresAt: expiry(config) }]);
    await audit(tx, actor, { event: 'self_assessment.created', entityType: 'self_assessment', entityId: row.id, organiserId, details: { title, catalogue: catalogue.label } });
    return row.id;
  });
  return getSelfAssessment({ db, actor, id });
}

async function ownAssessment(db: Database, actor: Actor, id: string) {
  const found = await db.read((q) => findSelfAssessment(q, id, visibilityOf(actor)));
  if (!found || actor.role !== 'organiser_rep') throw notFound('Självskattningen');
  return found;
}

export async function inviteRespondents({ db, config, actor, id, respondents }: Deps & { id: string; respondents: InvitationCreate['respondents'] }) {
  const found = await ownAssessment(db, actor, id);
  const existing = new Set((await db.read((q) => listRespondents(q, id))).map((r) => r.respondent.email.toLowerCase()));
  const seen = new Set<string>();
  const problems = respondents.flatMap((r, i) => {
    const email = r.email.toLowerCase();
    const duplicate = existing.has(email) ? 'är redan inbjuden till den här självskattningen' : seen.has(email) ? 'står två gånger i listan' : null;
    seen.add(email);
    return duplicate ? [{ path: `respondents.${i}.email`, field: 'email', message: `${r.email} ${duplicate}.` }] : [];
  });
  if (problems.length > 0) throw validation(problems);

  const signer = await linkSigner(db, config.LINK_SECRET);
  await db.transaction(async (tx) => {
    const created = await insertRespondents(tx, respondents.map((r) => ({
      selfAssessmentId: id, name: r.name, email: r.email, position: r.position, linkExpiresAt: expiry(config),
    })));
    const mails = await Promise.all(created.map(async (respondent) => invitationMail({
      respondent, organiserId: found.assessment.organiserId, organiserName: found.organiserName, title: found.assessment.title,
      invitedBy: actor.name, url: responseUrl(config, await linkFor(signer, respondent)), expiresAt: respondent.linkExpiresAt, renewed: false,
    })));
    await enqueueMail(tx, mails);
    await audit(tx, actor, {
      event: 'self_assessment.invited', entityType: 'self_assessment', entityId: id, organiserId: found.assessment.organiserId,
      details: { respondents: created.map((r) => r.id) },
    });
  });
  return getSelfAssessment({ db, actor, id });
}

/** A new link for a respondent (e.g. after the old one expired); the old link stops working. */
export async function renewLink({ db, config, actor, id, respondentId }: Deps & { id: string; respondentId: string }) {
  const found = await ownAssessment(db, actor, id);
  const respondents = await db.read((q) => listRespondents(q, id));
  const target = respondents.find((r) => r.respondent.id === respondentId)?.respondent;
  if (!target) throw notFound('Den svarande');
  const signer = await linkSigner(db, config.LINK_SECRET);
  await db.transaction(async (tx) => {
    const renewed = (await renewRespondentLink(tx, respondentId, expiry(config)))!;
    if (!renewed.userId) {
      await enqueueMail(tx, invitationMail({
        respondent: renewed, organiserId: found.assessment.organiserId, organiserName: found.organiserName, title: found.assessment.title,
        invitedBy: actor.name, url: responseUrl(config, await linkFor(signer, renewed)), expiresAt: renewed.linkExpiresAt, renewed: true,
      }));
    }
    await audit(tx, actor, { event: 'self_assessment.link_renewed', entityType: 'self_assessment', entityId: id, organiserId: found.assessment.organiserId, details: { respondent: respondentId } });
  });
  return getSelfAssessment({ db, actor, id });
}

/** The representative's own link, to answer in the same form as everyone else. */
export async function ownLink({ db, config, actor, id }: Deps & { id: string }) {
  await ownAssessment(db, actor, id);
  let respondent = await db.read((q) => findRespondentOfUser(q, id, actor.userId));
  if (!respondent) throw notFound('Din svarsrad');
  if (respondent.linkExpiresAt.getTime() <= Date.now()) {
    const current = respondent;
    respondent = await db.transaction((tx) => renewRespondentLink(tx, current.id, expiry(config))) ?? current;
  }
  const token = await linkFor(await linkSigner(db, config.LINK_SECRET), respondent);
  return { url: responseUrl(config, token), token };
}

export async function getSelfAssessment({ db, actor, id }: Omit<Deps, 'config'> & { id: string }) {
  const found = await db.read((q) => findSelfAssessment(q, id, visibilityOf(actor)));
  if (!found) throw notFound('Självskattningen');
  const own = actor.role === 'organiser_rep';
  const [answers, respondents, me] = await db.read((q) => Promise.all([
    answersOfAssessment(q, id),
    own ? listRespondents(q, id) : Promise.resolve([]),
    own ? findRespondentOfUser(q, id, actor.userId) : Promise.resolve(undefined),
  ]));
  const [mine, mail] = await db.read((q) => Promise.all([
    me ? answersOfRespondent(q, me.id) : Promise.resolve([]),
    deliveryStates(q, 'self_assessment_respondent', respondents.map((r) => r.respondent.id)),
  ]));
  const latestMail = new Map<string, 'queued' | 'sent' | 'failed'>();
  for (const m of mail) if (m.relatedId && !latestMail.has(m.relatedId)) latestMail.set(m.relatedId, m.status);
  const mineByKey = new Map(mine.map((a) => [a.statementKey, presentAnswer(a)]));
  const { assessment, catalogue } = found;
  return {
    id: assessment.id,
    organiser: { id: assessment.organiserId, name: found.organiserName },
    title: assessment.title,
    catalogueLabel: found.catalogueLabel,
    createdAt: assessment.createdAt.toISOString(),
    sharedAt: iso(assessment.sharedAt),
    version: assessment.version,
    statements: catalogue.successFactors.reduce((n, f) => n + f.statements.length, 0),
    respondents: own
      ? respondents.map(({ respondent: r, answered }) => ({
        id: r.id, name: r.name, email: r.email, position: r.position, isMe: r.userId === actor.userId, answered,
        invitedAt: r.invitedAt.toISOString(), linkExpiresAt: r.linkExpiresAt.toISOString(), lastAnsweredAt: iso(r.lastAnsweredAt),
        mail: latestMail.get(r.id) ?? null,
      }))
      : null,
    factors: factorSpreads(catalogue, answers).map((factor) => ({
      ...factor,
      mine: me ? catalogue.successFactors.find((f) => f.key === factor.key)!.statements.flatMap((s) => mineByKey.get(s.key) ?? []) : null,
    })),
    answeringRespondents: answeringRespondents(answers),
  };
}

export async function setSharing({ db, actor, id, version, included }: Omit<Deps, 'config'> & { id: string; version: number; included: boolean }) {
  const found = await ownAssessment(db, actor, id);
  if (found.assessment.version !== version) throw versionConflict('Självskattningen');
  await db.transaction(async (tx) => {
    const row = await setSharedIfVersion(tx, id, version, included ? new Date() : null);
    if (!row) throw versionConflict('Självskattningen');
    await audit(tx, actor, {
      event: included ? 'self_assessment.shared' : 'self_assessment.unshared', entityType: 'self_assessment', entityId: id, organiserId: row.organiserId,
    });
  });
  return getSelfAssessment({ db, actor, id });
}

/**
 * What the analysis basis shows of each organiser's self-assessments: the latest one it shares, as a
 * summary of the spread, or null.
 */
export async function sharedSummaries(db: Database, organiserIds: readonly string[]): Promise<Map<string, SelfAssessmentSummary>> {
  const shared = await db.read((q) => findLatestSharedOf(q, organiserIds));
  const answers = await db.read((q) => answersOfAssessments(q, shared.map((s) => s.assessment.id)));
  const byAssessment = new Map<string, typeof answers>();
  for (const a of answers) {
    const list = byAssessment.get(a.selfAssessmentId);
    if (list) list.push(a);
    else byAssessment.set(a.selfAssessmentId, [a]);
  }
  return new Map(shared.map(({ assessment, catalogue }) => {
    const own = byAssessment.get(assessment.id) ?? [];
    return [assessment.organiserId, {
      id: assessment.id,
      title: assessment.title,
      sharedAt: assessment.sharedAt!.toISOString(),
      respondents: answeringRespondents(own),
      factors: factorSpreads(catalogue, own),
    }];
  }));
}
