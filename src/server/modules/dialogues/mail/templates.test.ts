import { describe, expect, it } from 'vitest';
import { listInSwedish, oneLine, orderedLeaders, organisersInBrief } from './common.ts';
import { answerReminderMail, dialogueInvitationMail, notesForReviewMail, type AnswerReminderInput, type DialogueInvitationInput } from './templates.ts';
import { expectClean, leaders } from './test-helpers.ts';

const invitation: DialogueInvitationInput = {
  recipientName: 'Märta Lindqvist',
  organisers: ['Ekerö kommun'],
  leaders,
  answerBy: '2026-04-14',
  answerUrl: 'https://kvalitetsnav.example/svar#t=abc.def',
};

describe('shared parts of the e-mails', () => {
  it('lists names the Swedish way and keeps each on one line', () => {
    expect(listInSwedish(['A'])).toBe('A');
    expect(listInSwedish(['A', 'B'])).toBe('A och B');
    expect(listInSwedish(['A', 'B', 'C'])).toBe('A, B och C');
    expect(listInSwedish(['Förskolan\nSolen AB', ' '])).toBe('Förskolan Solen AB');
    expect(() => listInSwedish([])).toThrow(RangeError);
    expect(oneLine('  a\r\n b\tc ')).toBe('a b c');
  });

  it('shortens many organisers in a subject', () => {
    expect(organisersInBrief(['A', 'B'])).toBe('A och B');
    expect(organisersInBrief(['A', 'B', 'C', 'D'])).toBe('A och ytterligare 3 huvudmän');
  });

  it('puts the Skolverket leader first and needs the leaders', () => {
    expect(orderedLeaders(leaders).map((l) => l.agency)).toEqual(['skolverket', 'spsm']);
    expect(() => orderedLeaders([])).toThrow(RangeError);
  });
});

describe('invitation', () => {
  it('names the organiser, both leaders, what the dialogue is, the deadline, the link and what happens next', () => {
    const mail = dialogueInvitationMail(invitation);
    expectClean(mail);
    expect(mail.subject).toBe('Inbjudan till kvalitetsdialog – Ekerö kommun');
    expect(mail.text).toContain('Hej Märta Lindqvist!');
    expect(mail.text).toContain('bjuder in Ekerö kommun till en kvalitetsdialog');
    expect(mail.text).toContain('Vad är en kvalitetsdialog?');
    expect(mail.text).toContain('analysunderlag');
    expect(mail.text).toContain('självskattning');
    expect(mail.text).toContain('– Åsa Öberg, Skolverket, asa.oberg@skolverket.se, 08-527 332 00');
    expect(mail.text).toContain('– Björn Ängström, Specialpedagogiska skolmyndigheten (SPSM), bjorn.angstrom@spsm.se');
    expect(mail.text).toContain('Svara senast tisdag 14 april 2026');
    expect(mail.text).toContain('https://kvalitetsnav.example/svar#t=abc.def');
    for (const step of ['introduktionsmöte', 'förmöte', 'Dialogen på plats', 'återkopplingsmöte', 'uppföljningsmöte', 'minnesanteckningar']) {
      expect(mail.text).toContain(step);
    }
    expect(mail.text.indexOf('Åsa Öberg')).toBeLessThan(mail.text.indexOf('Björn Ängström'));
    expect(mail.text.trimEnd().endsWith('Skriv i stället direkt till dialogutförarna.')).toBe(true);
    expect(mail.attachments).toBeUndefined();
  });

  it('invites the organisers of a group dialogue together', () => {
    const mail = dialogueInvitationMail({
      ...invitation, organisers: ['Förskolan Solen AB', 'Förskolan Månen AB', 'Förskolan Stjärnan AB'], concernName: 'Himlakroppar Förskolor',
    });
    expectClean(mail);
    expect(mail.subject).toBe('Inbjudan till gemensam kvalitetsdialog – Förskolan Solen AB och ytterligare 2 huvudmän');
    expect(mail.text).toContain('bjuder in Förskolan Solen AB, Förskolan Månen AB och Förskolan Stjärnan AB inom Himlakroppar Förskolor till en gemensam kvalitetsdialog');
  });

  it('refuses a deadline that is not a date, and a missing organiser', () => {
    expect(() => dialogueInvitationMail({ ...invitation, answerBy: '14 april' })).toThrow(RangeError);
    expect(() => dialogueInvitationMail({ ...invitation, organisers: [] })).toThrow(RangeError);
  });

  it('cannot be broken into extra header lines by a name', () => {
    const mail = dialogueInvitationMail({ ...invitation, organisers: ['Ekerö\r\nBcc: x@example.com kommun'] });
    expectClean(mail);
    expect(mail.subject).toBe('Inbjudan till kvalitetsdialog – Ekerö Bcc: x@example.com kommun');
  });
});

describe('reminder', () => {
  const reminder: AnswerReminderInput = { ...invitation, now: new Date('2026-04-11T08:00:00Z') };

  it('before the deadline says when it is and how long is left', () => {
    const mail = answerReminderMail(reminder);
    expectClean(mail);
    expect(mail.subject).toBe('Påminnelse: svara på inbjudan till kvalitetsdialog senast 14 apr. 2026 – Ekerö kommun');
    expect(mail.text).toContain('Vi har ännu inte fått ert svar på inbjudan till kvalitetsdialog för Ekerö kommun.');
    expect(mail.text).toContain('Sista dag att svara är tisdag 14 april 2026, det vill säga om 3 dagar.');
    expect(mail.text).toContain('Tacka ja eller nej här: https://kvalitetsnav.example/svar#t=abc.def');
    expect(mail.text).toContain('– Björn Ängström, Specialpedagogiska skolmyndigheten (SPSM), bjorn.angstrom@spsm.se');
  });

  it('counts the days on the Swedish calendar', () => {
    expect(answerReminderMail({ ...reminder, now: new Date('2026-04-13T10:00:00Z') }).text).toContain('det vill säga i morgon.');
    // 22.30 UTC on 13 April is already 14 April in Sweden.
    expect(answerReminderMail({ ...reminder, now: new Date('2026-04-13T22:30:00Z') }).text).toContain('det vill säga i dag.');
  });

  it('after the deadline says that the answer is missing and until when it can still be given', () => {
    const late = answerReminderMail({ ...reminder, now: new Date('2026-04-16T08:00:00Z'), finalAnswerBy: '2026-04-24' });
    expectClean(late);
    expect(late.subject).toBe('Påminnelse: vi saknar ert svar på inbjudan till kvalitetsdialog – Ekerö kommun');
    expect(late.text).toContain('Sista dag att svara på inbjudan till kvalitetsdialog för Ekerö kommun var tisdag 14 april 2026.');
    expect(late.text).toContain('Ni kan fortfarande svara, senast fredag 24 april 2026.');
    expect(late.text).not.toContain('det vill säga');

    const open = answerReminderMail({ ...reminder, now: new Date('2026-04-16T08:00:00Z') });
    expectClean(open);
    expect(open.text).toContain('Ni kan fortfarande svara. Gör det gärna så snart som möjligt.');
  });
});

describe('notes for review', () => {
  const notes = { ...invitation, dialogueDate: '2026-05-06', reviewUrl: 'https://kvalitetsnav.example/anteckningar#t=xyz', reviewBy: '2026-05-20' };

  it('gives the link, how to comment or approve, the deadline and what approval means', () => {
    const mail = notesForReviewMail(notes);
    expectClean(mail);
    expect(mail.subject).toBe('Minnesanteckningar att granska – kvalitetsdialog med Ekerö kommun');
    expect(mail.text).toContain('Tack för kvalitetsdialogen den 6 maj 2026.');
    expect(mail.text).toContain('Läs anteckningarna och svara senast onsdag 20 maj 2026:\nhttps://kvalitetsnav.example/anteckningar#t=xyz');
    expect(mail.text).toContain('Godkänn dem via länken');
    expect(mail.text).toContain('Skriv en kommentar via länken');
    expect(mail.text).toContain('allmänna handlingar');
    expect(mail.text).toContain('registreras (diarieförs) hos både Skolverket och SPSM');
    expect(mail.text).toContain('Länken är personlig');
    expect(mail.text).toContain('– Åsa Öberg, Skolverket, asa.oberg@skolverket.se');
  });

  it('says when the notes are a new version after comments', () => {
    const mail = notesForReviewMail({ ...notes, dialogueDate: '2026-05-06T09:00:00+02:00', version: 2 });
    expectClean(mail);
    expect(mail.subject).toBe('Ny version av minnesanteckningar att granska – kvalitetsdialog med Ekerö kommun');
    expect(mail.text).toContain('Här är en ny version (version 2) av minnesanteckningarna från kvalitetsdialogen med Ekerö kommun den 6 maj 2026.');
    expect(notesForReviewMail({ ...notes, version: 1 }).subject).toBe(notesForReviewMail(notes).subject);
  });

  it('renders without the optional phone number', () => {
    const mail = notesForReviewMail({ ...notes, leaders: leaders.map(({ phone: _phone, ...l }) => l) });
    expectClean(mail);
    expect(mail.text).toContain('– Åsa Öberg, Skolverket, asa.oberg@skolverket.se\n');
  });
});
