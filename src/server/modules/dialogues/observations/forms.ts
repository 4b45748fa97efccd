/**
 * Use cases of the pair's observation form: read it, save it (If-Match) and submit it. It is filled
 * in after the on-site dialogue, against the taxonomy version that was the latest published one when
 * the form was first saved; a submitted form is final, as the national picture counts it.
 */
import { OBSERVATION_STATES, type ObservationEntryInput, type ObservationForm } from '../../../../shared/api/dialogue-observations.ts';
import { DIALOGUE_STATE_LABELS } from '../../../../shared/dialogues.ts';
import type { Database, Queryable, Tx } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation, versionConflict } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { findDialogue, organisersOf, type DialogueRow } from '../repository.ts';
import { formProblems } from './form-rules.ts';
import { findForm, findLatestPublishedTaxonomy, findTaxonomy, insertForm, updateFormIfVersion, type FormRow, type TaxonomyRow } from './repository.ts';
import type { ObservationEntry } from './schema.ts';

function checkState(dialogue: DialogueRow): void {
  if (!OBSERVATION_STATES.includes(dialogue.state)) {
    throw new DomainError('conflict',
      `Observationsformuläret fylls i efter dialogen på plats. Dialogen har nu läget "${DIALOGUE_STATE_LABELS[dialogue.state].sv}".`,
      `observation form in state ${dialogue.state}`);
  }
}

const noTaxonomy = () =>
  new DomainError('conflict', 'Det finns ingen publicerad version av observationstemana ännu. Förvaltaren behöver publicera en först.', 'no published taxonomy');

const submittedAlready = () =>
  new DomainError('conflict', 'Observationsformuläret är redan inskickat och kan inte ändras.', 'observation form submitted');

function present(dialogueId: string, taxonomy: TaxonomyRow, form: FormRow | undefined, updatedByName: string | null): ObservationForm {
  return {
    dialogueId,
    taxonomy: { id: taxonomy.id, versionNo: taxonomy.versionNo, themes: taxonomy.themes },
    entries: form?.entries ?? [],
    internalComment: form?.internalComment ?? null,
    submittedAt: form?.submittedAt?.toISOString() ?? null,
    updatedAt: form ? form.updatedAt.toISOString() : null,
    updatedByName,
    version: form?.version ?? 0,
  };
}

/** The dialogue within the caller's reach, its form if any, and the taxonomy the form is (or will be) filled against. */
async function load(q: Queryable, actor: Actor, dialogueId: string) {
  const dialogue = await findDialogue(q, dialogueId, organiserScope(actor));
  if (!dialogue) throw notFound('Dialogen');
  const found = await findForm(q, dialogueId);
  if (!found) checkState(dialogue);
  const taxonomy = found ? await findTaxonomy(q, found.form.taxonomyId) : await findLatestPublishedTaxonomy(q);
  if (!taxonomy) throw noTaxonomy();
  return { dialogue, form: found?.form, updatedByName: found?.updatedByName ?? null, taxonomy };
}

export async function getObservationForm({ db, actor, dialogueId }: { db: Database; actor: Actor; dialogueId: string }) {
  const { form, updatedByName, taxonomy } = await db.read((q) => load(q, actor, dialogueId));
  return present(dialogueId, taxonomy, form, updatedByName);
}

export async function saveObservationForm({ db, actor, dialogueId, version, entries: input, internalComment }: {
  db: Database; actor: Actor; dialogueId: string; version: number; entries: ObservationEntryInput[]; internalComment: string | null;
}) {
  // The schema has checked the range of each level.
  const entries: ObservationEntry[] = input.map((e) => ({ themeKey: e.themeKey, needKeys: e.needKeys, level: e.level as ObservationEntry['level'] }));
  const comment = internalComment?.trim() ? internalComment.trim() : null;
  return db.transaction(async (tx) => {
    const { dialogue, form, taxonomy } = await load(tx, actor, dialogueId);
    checkState(dialogue);
    if (form?.submittedAt) throw submittedAlready();
    if ((form?.version ?? 0) !== version) throw versionConflict('Observationsformuläret');
    const problems = formProblems(entries, taxonomy.themes, taxonomy.versionNo);
    if (problems.length > 0) throw validation(problems);
    const now = new Date();
    const saved = form
      ? await updateFormIfVersion(tx, form.id, version, { entries, internalComment: comment, updatedBy: actor.userId, updatedAt: now })
      : await insertForm(tx, { dialogueId, taxonomyId: taxonomy.id, entries, internalComment: comment, updatedBy: actor.userId, updatedAt: now });
    if (!saved) throw versionConflict('Observationsformuläret');
    await auditForm(tx, actor, dialogueId, 'observation.form_saved', { form: saved.id, themes: entries.map((e) => e.themeKey) });
    return present(dialogueId, taxonomy, saved, actor.name);
  }).catch((error: unknown) => {
    // Two leaders saving the first version at once: the form is unique per dialogue, the second one loses.
    if (String((error as { code?: string }).code ?? (error as { cause?: { code?: string } }).cause?.code) === '23505') {
      throw versionConflict('Observationsformuläret');
    }
    throw error;
  });
}

export async function submitObservationForm({ db, actor, dialogueId, version }: { db: Database; actor: Actor; dialogueId: string; version: number }) {
  return db.transaction(async (tx) => {
    const { dialogue, form, taxonomy } = await load(tx, actor, dialogueId);
    checkState(dialogue);
    if (!form || form.entries.length === 0) {
      throw validation([{ path: 'entries', field: 'entries', message: 'Markera minst ett tema och spara formuläret innan du skickar in det.' }]);
    }
    if (form.submittedAt) throw submittedAlready();
    if (form.version !== version) throw versionConflict('Observationsformuläret');
    const now = new Date();
    const saved = await updateFormIfVersion(tx, form.id, version, { submittedAt: now, updatedBy: actor.userId, updatedAt: now });
    if (!saved) throw versionConflict('Observationsformuläret');
    await auditForm(tx, actor, dialogueId, 'observation.form_submitted', { form: saved.id, themes: saved.entries.length });
    return present(dialogueId, taxonomy, saved, actor.name);
  });
}

/** One record per organiser of the dialogue; never the internal comment. */
async function auditForm(tx: Tx, actor: Actor, dialogueId: string, event: 'observation.form_saved' | 'observation.form_submitted', details: Record<string, unknown>) {
  const members = await organisersOf(tx, dialogueId);
  await audit(tx, actor, members.map((m) => ({ event, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id, details })));
}
