/** Texts of the outbox page. */
import type { Dictionary } from '../../platform/i18n.tsx';

const sv = {
  title: 'Utkorg',
  lead: 'Alla e-postmeddelanden som Kvalitetsnav skickar läggs först här. När SMTP är konfigurerat skickas de i tur och ordning; annars väntar de här.',
  empty: 'Utkorgen är tom.',
  caption: 'Meddelanden, senaste först',
  colCreated: 'Skapat',
  colTo: 'Mottagare',
  colSubject: 'Ämne',
  colStatus: 'Status',
  status: { queued: 'Väntar', sent: 'Skickat', failed: 'Misslyckades' } as Record<string, string>,
  showText: 'Visa meddelandet',
  attempts: (n: number, error: string | null) => `${n} försök${error ? `, senaste fel: ${error}` : ''}`,
};

const en: typeof sv = {
  title: 'Outbox',
  lead: 'Every e-mail Kvalitetsnav sends is put here first. With SMTP configured they are sent in turn; otherwise they wait here.',
  empty: 'The outbox is empty.',
  caption: 'Messages, newest first',
  colCreated: 'Created',
  colTo: 'Recipient',
  colSubject: 'Subject',
  colStatus: 'Status',
  status: { queued: 'Waiting', sent: 'Sent', failed: 'Failed' },
  showText: 'Show the message',
  attempts: (n, error) => `${n} attempts${error ? `, last error: ${error}` : ''}`,
};

export const messagingText: Dictionary<typeof sv> = { sv, en };
