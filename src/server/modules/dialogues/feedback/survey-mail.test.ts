/** The feedback survey e-mail: what it says, that it promises anonymity, and nothing left unfilled. */
import { describe, expect, it } from 'vitest';
import { expectClean, leaders } from '../mail/test-helpers.ts';
import { feedbackSurveyMail, type FeedbackSurveyMailInput } from './survey-mail.ts';

const input: FeedbackSurveyMailInput = {
  recipientName: 'Märta Lindqvist',
  organisers: ['Ekerö kommun'],
  leaders,
  feedbackMeetingDate: '2026-03-10T09:00:00+01:00',
  surveyUrl: 'https://kvalitetsnav.example/aterkoppling#abc.def.ghi',
  answerBy: '2026-05-09',
  renewed: false,
};

describe('feedback survey e-mail', () => {
  it('thanks for the meeting, links the survey, gives the last day and says it is anonymous', () => {
    const mail = feedbackSurveyMail(input);
    expectClean(mail);
    expect(mail.subject).toBe('Vad tyckte ni om kvalitetsdialogen? – Ekerö kommun');
    expect(mail.text).toContain('Hej Märta Lindqvist!');
    expect(mail.text).toContain('Tack för återkopplingsmötet den 10 mars 2026.');
    expect(mail.text).toContain('Enkäten har sju påståenden');
    expect(mail.text).toContain('lördag 9 maj 2026');
    expect(mail.text).toContain('https://kvalitetsnav.example/aterkoppling#abc.def.ghi');
    expect(mail.text).toMatch(/Svaren är anonyma/);
    expect(mail.text).toMatch(/Åsa Öberg, Skolverket/);
  });

  it('says when a new link replaces the old one, and signs with the agencies without a pair', () => {
    const mail = feedbackSurveyMail({ ...input, renewed: true, leaders: [], feedbackMeetingDate: null, organisers: ['A AB', 'B AB', 'C AB'] });
    expectClean(mail);
    expect(mail.subject).toBe('Ny länk: Vad tyckte ni om kvalitetsdialogen? – A AB och ytterligare 2 huvudmän');
    expect(mail.text).toContain('Den tidigare länken gäller inte längre.');
    expect(mail.text).toContain('Skolverket och Specialpedagogiska skolmyndigheten (SPSM)');
  });
});
