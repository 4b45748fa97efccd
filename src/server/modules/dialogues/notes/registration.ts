/**
 * Registration (diarieföring) of agreed notes: one entry in each agency's register, numbered from
 * the agency's own series in its own format, in one transaction; and the registered record as an
 * export in a documented format (docs/ARCHITECTURE.md, "Registered notes").
 */
import { createHash } from 'node:crypto';
import { DIALOGUE_AGENCIES, type DialogueAgency } from '../../../../shared/dialogues.ts';
import type { Database } from '../../../platform/db/database.ts';
import { organiserScope, type Actor } from '../../../platform/http/access.ts';
import { DomainError, notFound, validation } from '../../../platform/errors.ts';
import { audit } from '../../audit/audit.ts';
import { swedishToday } from '../calendar/swedish-time.ts';
import { findDialogue, meetingsOf, organisersOf, usersByIds } from '../repository.ts';
import { caseNumberFormatProblems, DEFAULT_CASE_NUMBER_FORMATS, formatCaseNumber } from './case-numbers.ts';
import { reachable } from './notes.ts';
import {
  findNotes, insertRegisterEntries, latestNotesForUpdate, registerEntriesOf, seriesOf, setSeriesFormat, takeCaseNumber, updateNotesIfRevision,
} from './repository.ts';

export const RECORD_FORMAT = 'kvalitetsnav/registrerade-minnesanteckningar/1';

export async function registerNotes({ db, actor, dialogueId, notesId, revision, now = new Date() }: {
  db: Database; actor: Actor; dialogueId: string; notesId: string; revision: number; now?: Date;
}): Promise<void> {
  await db.transaction(async (tx) => {
    await reachable(tx, actor, dialogueId);
    const latest = await latestNotesForUpdate(tx, dialogueId);
    if (!latest || latest.id !== notesId) throw notFound('Den versionen av minnesanteckningarna');
    if (latest.status !== 'agreed') {
      throw new DomainError('conflict', latest.status === 'registered'
        ? 'Anteckningarna är redan diarieförda.'
        : 'Minnesanteckningarna kan diarieföras först när huvudmannen har godkänt dem.', `register ${latest.status}`);
    }
    if (latest.revision !== revision) throw new DomainError('version_conflict', 'Anteckningarna har ändrats sedan du öppnade dem. Ladda om sidan.', 'register stale');
    const year = Number(swedishToday(now).slice(0, 4));
    const entries: { notesId: string; agency: DialogueAgency; caseNumber: string; registeredAt: Date; registeredBy: string | null }[] = [];
    for (const agency of DIALOGUE_AGENCIES) {
      const { n, format } = await takeCaseNumber(tx, agency, year, DEFAULT_CASE_NUMBER_FORMATS[agency]);
      entries.push({ notesId, agency, caseNumber: formatCaseNumber(format, year, n), registeredAt: now, registeredBy: actor.userId ?? null });
    }
    await insertRegisterEntries(tx, entries);
    const updated = await updateNotesIfRevision(tx, notesId, revision, { status: 'registered' });
    if (!updated) throw new DomainError('version_conflict', 'Anteckningarna ändrades samtidigt. Ladda om sidan.', 'register race');
    const members = await organisersOf(tx, dialogueId);
    await audit(tx, actor, members.map((m) => ({
      event: 'dialogue.notes_registered' as const, entityType: 'dialogue', entityId: dialogueId, organiserId: m.id,
      details: { notes: notesId, versionNo: latest.versionNo, caseNumbers: Object.fromEntries(entries.map((e) => [e.agency, e.caseNumber])) },
    })));
  });
}

/** The registered record: what was agreed, with whom, and where it is registered, with a checksum of the text. */
export async function registeredRecord({ db, actor, notesId, now = new Date() }: { db: Database; actor: Actor; notesId: string; now?: Date }) {
  return db.read(async (q) => {
    const notes = await findNotes(q, notesId);
    const dialogue = notes ? await findDialogue(q, notes.dialogueId, organiserScope(actor)) : undefined;
    if (!notes || !dialogue) throw notFound('Minnesanteckningarna');
    if (notes.status !== 'registered') throw new DomainError('conflict', 'Bara diarieförda anteckningar kan exporteras som allmän handling.', 'record unregistered');
    const [members, meetingRows, entries, leaders] = await Promise.all([
      organisersOf(q, dialogue.id), meetingsOf(q, dialogue.id), registerEntriesOf(q, [notes.id]),
      usersByIds(q, [dialogue.leaderSkolverketId, dialogue.leaderSpsmId].filter((x): x is string => x !== null)),
    ]);
    return {
      format: RECORD_FORMAT,
      exportedAt: now.toISOString(),
      registerEntries: entries.map((e) => ({ agency: e.agency, caseNumber: e.caseNumber, registeredAt: e.registeredAt.toISOString() })),
      dialogue: {
        id: dialogue.id,
        organisers: members.map((m) => ({ name: m.name, organisationNumber: m.orgNumber })),
        leaders: leaders.map((l) => ({ name: l.name, agency: l.id === dialogue.leaderSpsmId ? 'spsm' : 'skolverket' })),
        schoolForms: dialogue.schoolForms,
        focusQuestion: dialogue.focusQuestion,
        purpose: dialogue.purpose,
        meetingsHeld: meetingRows.filter(({ meeting: m }) => m.status === 'held').map(({ meeting: m }) => ({ kind: m.kind, startsAt: m.startsAt.toISOString(), endsAt: m.endsAt.toISOString() })),
      },
      notes: {
        id: notes.id, versionNo: notes.versionNo, correctsId: notes.correctsId, text: notes.text, organiserComment: notes.organiserComment,
        sentAt: notes.sentAt?.toISOString() ?? null, agreedAt: notes.agreedAt?.toISOString() ?? null, agreedBy: notes.agreedBy,
        sha256: createHash('sha256').update(notes.text, 'utf8').digest('hex'),
      },
    };
  });
}

export async function caseNumberFormats({ db, now = new Date() }: { db: Database; now?: Date }) {
  const year = Number(swedishToday(now).slice(0, 4));
  const rows = await db.read((q) => seriesOf(q, year));
  return {
    items: DIALOGUE_AGENCIES.map((agency) => {
      const row = rows.find((r) => r.agency === agency);
      const format = row?.format ?? DEFAULT_CASE_NUMBER_FORMATS[agency];
      const next = row?.next ?? 1;
      return { agency, format, next, example: formatCaseNumber(format, year, next) };
    }),
  };
}

/** Each agency's administrator sets the agency's own format; the other agency's is not theirs to change. */
export async function setCaseNumberFormat({ db, actor, agency, format, now = new Date() }: { db: Database; actor: Actor; agency: DialogueAgency; format: string; now?: Date }) {
  if (actor.agency !== agency) throw new DomainError('forbidden', 'Du kan bara ändra diarienummerformatet för din egen myndighet.', 'other agency format');
  const problems = caseNumberFormatProblems(format);
  if (problems.length) throw validation(problems.map((message) => ({ path: 'format', field: 'format', message })));
  const year = Number(swedishToday(now).slice(0, 4));
  await db.transaction(async (tx) => {
    await setSeriesFormat(tx, agency, year, format);
    await audit(tx, actor, { event: 'dialogue.case_number_format_set', entityType: 'case_number_series', entityId: `${agency}-${year}`, details: { agency, format } });
  });
  return caseNumberFormats({ db, now });
}
