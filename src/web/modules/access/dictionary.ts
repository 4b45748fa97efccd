/** Texts of sign-in and the start page. */
import type { Agency } from '../../../shared/roles.ts';
import type { Dictionary } from '../../platform/i18n.tsx';

const sv = {
  signInTitle: 'Logga in',
  demoLead: 'Det här är en demomiljö. Välj vem du vill logga in som; varje person har en roll med egna behörigheter.',
  personasLabel: 'Demopersoner',
  loadingPersonas: 'Laddar demopersoner …',
  personaCount: (n: number) => (n === 1 ? '1 demoperson' : `${n} demopersoner`),
  signInAs: (name: string) => `Logga in som ${name}`,
  signingIn: 'Loggar in …',
  organisation: 'Organisation',
  role: 'Roll',
  noDevLogin: 'Demoinloggningen är inte aktiv i den här miljön. Logga in via din myndighets inloggningstjänst.',
  noOrganiserTitle: 'Ingen huvudman kopplad',
  noOrganiserText: 'Ditt konto är inte kopplat till någon huvudman än. Kontakta Skolverket eller SPSM.',
  agencies: {
    skolverket: 'Skolverket',
    spsm: 'Specialpedagogiska skolmyndigheten',
    skolinspektionen: 'Skolinspektionen',
  } satisfies Record<Agency, string>,
};

const en: typeof sv = {
  signInTitle: 'Sign in',
  demoLead: 'This is a demo environment. Choose whom to sign in as; each person has a role with its own permissions.',
  personasLabel: 'Demo personas',
  loadingPersonas: 'Loading demo personas …',
  personaCount: (n: number) => (n === 1 ? '1 demo persona' : `${n} demo personas`),
  signInAs: (name: string) => `Sign in as ${name}`,
  signingIn: 'Signing in …',
  organisation: 'Organisation',
  role: 'Role',
  noDevLogin: 'Demo sign-in is not enabled in this environment. Sign in through your agency’s identity service.',
  noOrganiserTitle: 'No organiser linked',
  noOrganiserText: 'Your account is not linked to an organiser yet. Contact Skolverket or SPSM.',
  agencies: {
    skolverket: 'Swedish National Agency for Education',
    spsm: 'National Agency for Special Needs Education and Schools',
    skolinspektionen: 'Swedish Schools Inspectorate',
  },
};

export const accessText: Dictionary<typeof sv> = { sv, en };
