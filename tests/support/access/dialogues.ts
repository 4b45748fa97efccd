/** Access-matrix requests for dialogue cases: the case, its meetings, notes and documents. */
import { sql } from 'drizzle-orm';
import { isWorkingDay } from '../../../src/server/modules/dialogues/calendar/holidays.ts';
import type { DialogueState } from '../../../src/shared/dialogues.ts';
import { as } from '../app.ts';
import { rows } from '../sql.ts';
import { caseIn, createCase, type CaseRef } from '../dialogues.ts';
import { multipartFile } from '../multipart.ts';
import { at, type Builder, type Builders, type Matrix } from './matrix.ts';

type NotesStatus = 'draft' | 'sent' | 'agreed' | 'registered';

/** Working days from March 2032, one per booking: the cases share one leader pair, who cannot be booked twice at once. */
const MEETING_DAYS = Array.from({ length: 120 }, (_, i) => new Date(Date.UTC(2032, 2, 1 + i)).toISOString().slice(0, 10)).filter(isWorkingDay);

/** Cases of the target organiser with the demo pair, fresh for every call. */
export function dialogueCases(m: Matrix) {
  const coordinator = () => m.sessions.get('coordinator')!;
  /** A fresh case of the organiser; invited when asked. */
  const caseOf = async (organiserId: string, invited = false): Promise<CaseRef> => {
    const created = await createCase(m.t, coordinator(), [organiserId]);
    if (!invited) return created;
    const res = await m.t.app.inject({ method: 'POST', url: `/api/dialogues/${created.id}/events`, headers: as(coordinator(), { 'if-match': `"${created.version}"` }), payload: { event: 'invite' } });
    return res.json() as CaseRef;
  };
  /** A case of the organiser brought to `state` directly (the lifecycle itself is tested elsewhere). */
  const caseInState = (organiserId: string, state: DialogueState) => caseIn(m.t, coordinator(), organiserId, state);
  return { caseOf, caseInState };
}

export function dialogueRequests(m: Matrix): Builders {
  const { caseOf, caseInState } = dialogueCases(m);
  let meetingDays = 0;
  const nextMeetingDay = () => MEETING_DAYS[meetingDays++ % MEETING_DAYS.length]!;

  /** A case with notes in `status`; registered notes have their two register entries. */
  const notesIn = async (organiserId: string, status: NotesStatus) => {
    const d = await caseInState(organiserId, 'physical_held');
    const notesId = crypto.randomUUID();
    const agreed = status === 'agreed' || status === 'registered';
    await m.t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into dialogue_meeting_notes (id, dialogue_id, version_no, text, status, agreed_at, agreed_by)
        values (${notesId}, ${d.id}, 1, 'Anteckningar', ${status}, ${agreed ? new Date() : null}, ${agreed ? 'Lena Holmgren' : null})`);
      if (status === 'registered') {
        await tx.execute(sql`insert into dialogue_register_entries (notes_id, agency, case_number) values
          (${notesId}, 'skolverket', ${`M-${notesId}`}), (${notesId}, 'spsm', ${`M-${notesId}`})`);
      }
    });
    return { dialogueId: d.id, notesId };
  };
  /** A planned meeting on a case of the organiser, inserted directly. */
  const meetingOf = async (organiserId: string) => {
    const d = await caseInState(organiserId, 'accepted');
    const id = crypto.randomUUID();
    await m.t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into dialogue_meetings (id, kind, starts_at, ends_at, video_url, ical_uid)
        values (${id}, 'intro', '2031-03-04T08:00:00Z', '2031-03-04T09:00:00Z', 'https://video.example.se/m', ${`matrix-${id}`})`);
      await tx.execute(sql`insert into dialogue_meeting_dialogues (meeting_id, dialogue_id) values (${id}, ${d.id})`);
    });
    return id;
  };
  const documentOf = async (organiserId: string) => {
    const d = await caseOf(organiserId);
    const id = crypto.randomUUID();
    await m.t.db.transaction((tx) => tx.execute(sql`insert into dialogue_documents (id, dialogue_id, filename, content_type, size_bytes, sha256, content)
      values (${id}, ${d.id}, 'plan.txt', 'text/plain', 4, 'x', ${Buffer.from('plan')})`));
    return id;
  };

  const ofNewCase: Builder = async (c) => at(c, (await caseOf(c.organiserId)).id);
  const onNotes: Builder = async (c) => {
    const status = c.url.endsWith('send') ? 'draft' : c.url.endsWith('register') ? 'agreed' : 'sent';
    const { dialogueId, notesId } = await notesIn(c.organiserId, status);
    return { ...at(c, dialogueId), payload: { notesId, revision: 1, ...(c.url.endsWith('comment') ? { comment: 'Stämmer inte.' } : {}) } };
  };
  const ofDocument: Builder = async (c) => at(c, await documentOf(c.organiserId));
  /** A planned introduction of another case of the same office (Solna), inserted directly, on a day of its own. */
  const introToJoin = async () => {
    const host = await caseInState(m.otherOrganiser, 'accepted');
    const id = crypto.randomUUID();
    const day = nextMeetingDay();
    await m.t.db.transaction(async (tx) => {
      await tx.execute(sql`insert into dialogue_meetings (id, kind, starts_at, ends_at, video_url, ical_uid)
        values (${id}, 'intro', ${`${day}T08:00:00Z`}, ${`${day}T09:00:00Z`}, 'https://video.example.se/intro', ${`matrix-${id}`})`);
      await tx.execute(sql`insert into dialogue_meeting_dialogues (meeting_id, dialogue_id) values (${id}, ${host.id})`);
    });
    return id;
  };
  /** Notes sent for review on a fresh case of the representative's organiser (its contacts have e-mail): the link in the e-mail. */
  const reviewLink = async () => {
    const admin = as(m.sessions.get('admin')!);
    const { id } = await caseInState(m.ownOrganiser, 'physical_held');
    const draft = (await m.t.app.inject({ method: 'PUT', url: `/api/dialogues/${id}/notes/draft`, headers: admin, payload: { text: 'Anteckningar', baseRevision: 0 } })).json();
    await m.t.app.inject({ method: 'POST', url: `/api/dialogues/${id}/notes/send`, headers: admin, payload: { notesId: draft.id, revision: draft.revision } });
    const [mail] = await rows<{ body_text: string }>(m.t.db, sql`select body_text from outbox_messages where kind = 'notes_for_review' and related_id = ${id} limit 1`);
    return /\/anteckningar#([\w.-]+)/.exec(mail!.body_text)![1]!;
  };

  return {
    'POST /api/dialogues': async (c) => ({ method: c.method, url: c.url, headers: c.headers, payload: { organiserIds: [c.organiserId], officeCode: 'solna' } }),
    'GET /api/dialogues/:id': ofNewCase,
    'GET /api/dialogues/:id/agency-notes': ofNewCase,
    'GET /api/dialogues/:id/timeline': ofNewCase,
    'GET /api/dialogues/:id/notes': ofNewCase,
    'GET /api/dialogues/:id/documents': ofNewCase,
    'POST /api/dialogues/:id/agency-notes': async (c) => ({ ...(await ofNewCase(c)), payload: { text: 'Intern anteckning' } }),
    'PATCH /api/dialogues/:id': async (c) => {
      const d = await caseOf(c.organiserId);
      return { ...at(c, d.id), headers: { ...c.headers, 'if-match': `"${d.version}"` }, payload: { focusQuestion: 'Hur vet ni vad som fungerar?' } };
    },
    'POST /api/dialogues/:id/events': async (c) => {
      const d = await caseOf(c.organiserId, true);
      return { ...at(c, d.id), headers: { ...c.headers, 'if-match': `"${d.version}"` }, payload: { event: 'accept' } };
    },
    'POST /api/dialogues/:id/reminders': async (c) => ({ ...at(c, (await caseOf(c.organiserId, true)).id), payload: {} }),
    'POST /api/dialogues/:id/meetings': async (c) => {
      const d = await caseInState(c.organiserId, 'accepted');
      const date = nextMeetingDay();
      return { ...at(c, d.id), payload: { kind: 'intro', start: `${date}T09:00:00+01:00`, end: `${date}T10:00:00+01:00`, videoUrl: 'https://video.example.se/m' } };
    },
    'PATCH /api/dialogue-meetings/:id': async (c) => {
      const date = nextMeetingDay();
      return {
        ...at(c, await meetingOf(c.organiserId)), headers: { ...c.headers, 'if-match': '"1"' },
        payload: { start: `${date}T13:00:00+01:00`, end: `${date}T14:00:00+01:00`, videoUrl: 'https://video.example.se/m' },
      };
    },
    'POST /api/dialogue-meetings/:id/cancel': async (c) => ({ ...at(c, await meetingOf(c.organiserId)), headers: { ...c.headers, 'if-match': '"1"' }, payload: {} }),
    'PUT /api/dialogues/:id/notes/draft': async (c) => ({ ...at(c, (await caseInState(c.organiserId, 'physical_held')).id), payload: { text: 'Utkast', baseRevision: 0 } }),
    'POST /api/dialogues/:id/notes/send': onNotes,
    'POST /api/dialogues/:id/notes/comment': onNotes,
    'POST /api/dialogues/:id/notes/approve': onNotes,
    'POST /api/dialogues/:id/notes/register': onNotes,
    'POST /api/dialogues/:id/notes/corrections': async (c) => ({ ...at(c, (await notesIn(c.organiserId, 'registered')).dialogueId), payload: { text: 'Rättad text' } }),
    'GET /api/dialogue-notes/:id/record': async (c) => at(c, (await notesIn(c.organiserId, 'registered')).notesId),
    'PUT /api/case-number-formats/:agency': async (c) => ({ method: c.method, url: '/api/case-number-formats/skolverket', headers: c.headers, payload: { format: '{year}:{number}' } }),
    'POST /api/dialogues/:id/documents': async (c) => {
      const file = multipartFile('file', 'plan.txt', 'Vår plan');
      const d = await caseOf(c.organiserId);
      return { ...at(c, d.id), headers: { ...c.headers, ...file.headers }, payload: file.body };
    },
    'GET /api/dialogues/:id/intro-meetings': ofNewCase,
    'POST /api/dialogues/:id/intro-meetings/:meetingId/join': async (c) => {
      const meetingId = await introToJoin();
      const { id } = await caseInState(c.organiserId, 'accepted');
      return { method: c.method, url: c.url.replace(':id', id).replace(':meetingId', meetingId), headers: c.headers, payload: { participants: [] } };
    },
    'GET /api/notes-review': async (c) => ({ method: c.method, url: c.url, headers: { ...c.headers, 'x-link-token': await reviewLink() } }),
    'POST /api/notes-review/answer': async (c) => ({ method: c.method, url: c.url, headers: { ...c.headers, 'x-link-token': await reviewLink() }, payload: { approve: true } }),
    'GET /api/dialogue-documents/:id/file': ofDocument,
    'DELETE /api/dialogue-documents/:id': ofDocument,
  };
}
