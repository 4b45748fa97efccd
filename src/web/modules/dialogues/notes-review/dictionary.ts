/** Texts of the page where the organiser reads and answers the meeting notes through the e-mail's link. */
import type { Dictionary } from '../../../platform/i18n.tsx';

const sv = {
  title: 'Minnesanteckningar att granska',
  invalidLinkHeading: 'Länken fungerar inte',
  expiredLinkHeading: 'Länken har slutat gälla',
  noLink: 'Adressen saknar länkens kod. Öppna anteckningarna från länken i e-postmeddelandet.',
  linkHelp: 'Be dialogutförarna om en ny länk om ni fortfarande behöver svara.',
  lead: (name: string, organisers: string, date: string | null) =>
    `Hej ${name}! Här är dialogutförarnas minnesanteckningar från kvalitetsdialogen med ${organisers}${date ? ` den ${date}` : ''}. Stämmer de? Godkänn dem, eller skriv vad som behöver ändras.`,
  leadAnswered: (name: string, organisers: string, date: string | null) =>
    `Hej ${name}! Här är dialogutförarnas minnesanteckningar från kvalitetsdialogen med ${organisers}${date ? ` den ${date}` : ''}.`,
  version: (n: number) => `Version ${n}`,
  notesHeading: 'Anteckningarna',
  approveHeading: 'Stämmer anteckningarna?',
  approveText: 'När ni godkänner låses texten, och anteckningarna diarieförs hos både Skolverket och SPSM som allmänna handlingar.',
  approve: 'Godkänn anteckningarna',
  commentLabel: 'Vad behöver ändras?',
  commentHelp: 'Dialogutförarna ändrar anteckningarna och skickar en ny version till er.',
  sendComment: 'Skicka kommentaren',
  sending: 'Skickar …',
  approvedHeading: 'Tack, anteckningarna är godkända',
  approvedText: (by: string | null, date: string | null) => `Godkända${by ? ` av ${by}` : ''}${date ? ` ${date}` : ''}. Dialogutförarna diarieför dem nu.`,
  commentedHeading: 'Tack för kommentaren',
  commentedText: 'Dialogutförarna ändrar anteckningarna och skickar en ny version med en ny länk.',
  yourComment: 'Er kommentar',
  closedText: 'Anteckningarna är redan besvarade. Ni behöver inte göra något mer.',
};

const en: typeof sv = {
  title: 'Meeting notes to review',
  invalidLinkHeading: 'The link does not work',
  expiredLinkHeading: 'The link has expired',
  noLink: 'The address lacks the link\'s code. Open the notes from the link in the e-mail.',
  linkHelp: 'Ask the dialogue leaders for a new link if you still need to answer.',
  lead: (name, organisers, date) =>
    `Hello ${name}! Here are the dialogue leaders' notes from the quality dialogue with ${organisers}${date ? ` on ${date}` : ''}. Are they right? Approve them, or write what needs to change.`,
  leadAnswered: (name, organisers, date) =>
    `Hello ${name}! Here are the dialogue leaders' notes from the quality dialogue with ${organisers}${date ? ` on ${date}` : ''}.`,
  version: (n) => `Version ${n}`,
  notesHeading: 'The notes',
  approveHeading: 'Are the notes right?',
  approveText: 'When you approve, the text is locked and the notes are registered at both Skolverket and SPSM as public records.',
  approve: 'Approve the notes',
  commentLabel: 'What needs to change?',
  commentHelp: 'The dialogue leaders revise the notes and send you a new version.',
  sendComment: 'Send the comment',
  sending: 'Sending …',
  approvedHeading: 'Thank you, the notes are approved',
  approvedText: (by, date) => `Approved${by ? ` by ${by}` : ''}${date ? ` ${date}` : ''}. The dialogue leaders now register them.`,
  commentedHeading: 'Thank you for the comment',
  commentedText: 'The dialogue leaders revise the notes and send a new version with a new link.',
  yourComment: 'Your comment',
  closedText: 'The notes have already been answered. There is nothing more for you to do.',
};

export const notesReviewText: Dictionary<typeof sv> = { sv, en };
