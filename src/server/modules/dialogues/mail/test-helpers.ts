/** Shared fixtures and checks for the tests of the dialogue e-mails. */
import { expect } from 'vitest';
import type { DialogueLeader, MailContent } from './common.ts';

export const leaders: DialogueLeader[] = [
  { name: 'Björn Ängström', email: 'bjorn.angstrom@spsm.se', agency: 'spsm' },
  { name: 'Åsa Öberg', email: 'asa.oberg@skolverket.se', phone: '08-527 332 00', agency: 'skolverket' },
];

/** What a template must never leave behind: unfilled values, code, raw dates. */
export function expectClean(mail: MailContent): void {
  for (const text of [mail.subject, mail.text]) {
    expect(text).not.toMatch(/undefined|null|NaN|\$\{|\{\{|\}\}|Invalid Date|\[object /);
    expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  }
  expect(mail.subject).not.toMatch(/[\r\n]/);
  expect(mail.subject.length).toBeLessThanOrEqual(160);
  expect(mail.text.endsWith('\n')).toBe(true);
  expect(mail.text).not.toMatch(/\n{3,}/);
  expect(mail.text).not.toMatch(/[ \t]+\n/);
}
