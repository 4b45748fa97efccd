/**
 * Writes the demo's observation forms and feedback surveys (forms-and-surveys.ts) for the cases the
 * history loaded, inside the caller's transaction, with COPY. The survey responses carry nothing about
 * who answered, as live ones do not.
 */
import type { Tx, DatabaseKind } from '../../../platform/db/database.ts';
import { copyTable } from '../../../platform/db/bulk.ts';
import { audit } from '../../audit/audit.ts';
import { feedbackResponses, feedbackSurveys } from '../feedback/schema.ts';
import { observationForms } from '../observations/schema.ts';
import type { FormsAndSurveys } from './forms-and-surveys.ts';

export async function loadFormsAndSurveys(tx: Tx, { data, dialogueIds, taxonomyId, kind }: {
  data: FormsAndSurveys;
  /** History dialogue key → case id, as loadDialogueHistory answered. */
  dialogueIds: ReadonlyMap<string, string>;
  /** The published taxonomy version the forms were filled in against. */
  taxonomyId: string;
  kind: DatabaseKind;
}): Promise<{ forms: number; surveys: number; responses: number }> {
  const caseId = (key: string) => {
    const id = dialogueIds.get(key);
    if (!id) throw new Error(`Demoformuläret hänvisar till dialogen "${key}" som inte finns i databasen.`);
    return id;
  };
  await copyTable(kind, tx, observationForms, data.forms.map((f) => ({
    dialogueId: caseId(f.dialogueKey), taxonomyId, entries: f.entries,
    submittedAt: new Date(f.submittedAt), updatedAt: new Date(f.submittedAt), version: 2,
  })));
  const surveys = data.surveys.map((s) => ({ id: crypto.randomUUID(), ...s }));
  await copyTable(kind, tx, feedbackSurveys, surveys.map((s) => ({
    id: s.id, dialogueId: caseId(s.dialogueKey), sentAt: new Date(s.sentAt), expiresAt: new Date(s.expiresAt), linkVersion: 1,
  })));
  const responses = surveys.flatMap((s) => s.responses.map((r) => ({ surveyId: s.id, answers: r.answers, submittedAt: new Date(r.submittedAt) })));
  await copyTable(kind, tx, feedbackResponses, responses);
  const counts = { forms: data.forms.length, surveys: surveys.length, responses: responses.length };
  await audit(tx, { system: 'seed' }, { event: 'dialogue.history_loaded', entityType: 'dataset', entityId: 'demo-forms-and-surveys', details: counts });
  return counts;
}
