/** The e-mail that invites a colleague to answer a self-assessment (Swedish). */
import { formatLongDate } from '../../../shared/format.ts';
import type { MailMessage } from '../messaging/outbox.ts';

export interface InvitationMail {
  respondent: { id: string; name: string; email: string };
  organiserId: string;
  organiserName: string;
  title: string;
  invitedBy: string;
  url: string;
  expiresAt: Date;
  renewed: boolean;
}

export function invitationMail(m: InvitationMail): MailMessage {
  const lines = [
    `Hej ${m.respondent.name}!`,
    '',
    m.renewed
      ? `Här är en ny länk till självskattningen "${m.title}" för ${m.organiserName}. Den tidigare länken gäller inte längre.`
      : `${m.invitedBy} bjuder in dig att besvara självskattningen "${m.title}" för ${m.organiserName}.`,
    '',
    'Du tar ställning till påståenden om huvudmannens kvalitetsarbete, utifrån framgångsfaktorerna i det nationella',
    'kvalitetssystemet. Svaren sparas medan du skriver, så du kan avbryta och fortsätta senare, även i mobilen.',
    'Dina enskilda svar visas bara för dig; huvudmannen ser gruppens samlade spridning.',
    '',
    `Öppna självskattningen: ${m.url}`,
    '',
    `Länken är personlig och gäller till och med ${formatLongDate(m.expiresAt)}. Du behöver inget konto.`,
    '',
    'Med vänliga hälsningar',
    'Kvalitetsnav – Skolverket och Specialpedagogiska skolmyndigheten',
  ];
  return {
    kind: m.renewed ? 'self_assessment.link_renewed' : 'self_assessment.invitation',
    to: { name: m.respondent.name, address: m.respondent.email },
    subject: `Inbjudan till självskattning: ${m.title}`,
    text: lines.join('\n'),
    organiserId: m.organiserId,
    related: { type: 'self_assessment_respondent', id: m.respondent.id },
  };
}
