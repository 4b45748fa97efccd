/** Texts of the page "Dialoger i siffror": the yearly volumes of the quality dialogues. */
import type { Dictionary } from '../../../platform/i18n.tsx';

const sv = {
  title: 'Dialoger i siffror',
  lead: 'Kvalitetsdialogerna per kalenderår: inbjudna huvudmän, hållna dialoger på plats, hur inbjudningarna besvarades och vilka som deltog. Sidan visar bara summor, aldrig en enskild huvudman.',
  loading: 'Laddar siffrorna …',
  loaded: 'Siffrorna är laddade.',
  noData: 'Inga huvudmän har bjudits in till kvalitetsdialog ännu.',
  countedOn: (date: string) => `Räknat ${date}. Innevarande år visar läget hittills.`,
  suppressedNote: (n: string) => `– betyder att uppgiften bygger på färre än ${n} huvudmän och därför inte visas, så att ingen enskild huvudman kan pekas ut. Andelar visas inte heller när de skulle avslöja ett sådant litet antal. En punkt (.) betyder att gruppen är tom, så det finns ingen andel att räkna.`,
  suppressedCell: (n: string) => `visas inte, färre än ${n} huvudmän`,
  notApplicable: 'ingen andel, gruppen är tom',
  yearSoFar: (year: number, date: string) => `${year} (t.o.m. ${date})`,
  period: (from: number, to: number) => `${from}–${to} sammantaget`,
  countWithShare: (count: string, share: string) => `${count} (${share})`,

  colYear: 'År',
  colGroup: 'Grupp',
  colReason: 'Skäl',

  overviewHeading: 'Inbjudningar och dialoger',
  answersHeading: 'Svar på inbjudningarna',
  participationHeading: 'Deltagande',
  municipalitiesHeading: 'Kommuner som inte nåtts',
  overviewCaption: 'Inbjudna huvudmän och hållna dialoger på plats per år',
  colInvited: 'Inbjudna huvudmän',
  colPhysical: 'Hållna dialoger på plats',
  colAccepted: 'Tackade ja',
  colDeclined: 'Tackade nej eller svarade inte',
  colTookPart: 'Deltog i dialog på plats',
  overviewNote: 'Inbjudna räknas efter året då inbjudan skickades och dialoger på plats efter året då mötet hölls. Svar och deltagande gäller årets inbjudningar, oavsett när svaret kom eller mötet hölls.',

  answersCaption: 'Svar på inbjudningarna per inbjudningsår (antal och andel av inbjudningarna)',
  colInvitations: 'Inbjudningar',
  colWithdrawn: 'Återkallade före svar',
  colAwaiting: 'Väntar på svar',

  reasonsCaption: 'Skäl bland dem som tackade nej eller inte svarade (antal och andel av dem)',
  participationGroupCaption: 'Andel som deltog i dialog på plats, per huvudmannagrupp och inbjudningsår',
  participationSizeCaption: 'Andel som deltog i dialog på plats, per storleksklass och inbjudningsår',
  allOrganisers: 'Alla inbjudna huvudmän',
  participationNote: 'En huvudman räknas som deltagare när dialogen på plats har hållits. Storleksklass efter antal barn och elever: liten högst 50, mellan 51–1 000, stor fler än 1 000.',

  municipalitiesCaption: 'Kommuner som inte nåtts, vid årets slut',
  colNotReached: 'Kommunen inte erbjuden dialog och ingen huvudman där har tackat ja',
  colNoneOffered: 'Ingen huvudman i kommunen erbjuden dialog',
  colCountedOn: 'Räknat per',
};

const en: typeof sv = {
  title: 'Dialogues in figures',
  lead: 'The quality dialogues per calendar year: organisers invited, on-site dialogues held, how the invitations were answered and who took part. The page shows totals only, never a single organiser.',
  loading: 'Loading the figures …',
  loaded: 'The figures have loaded.',
  noData: 'No organiser has been invited to a quality dialogue yet.',
  countedOn: (date: string) => `Counted on ${date}. The current year shows the position so far.`,
  suppressedNote: (n: string) => `– means the figure is based on fewer than ${n} organisers and is withheld, so that no single organiser can be identified. Shares are withheld too when they would reveal such a small number. A dot (.) means the group is empty, so there is no share to take.`,
  suppressedCell: (n: string) => `withheld, fewer than ${n} organisers`,
  notApplicable: 'no share, the group is empty',
  yearSoFar: (year: number, date: string) => `${year} (up to ${date})`,
  period: (from: number, to: number) => `${from}–${to} together`,
  countWithShare: (count: string, share: string) => `${count} (${share})`,

  colYear: 'Year',
  colGroup: 'Group',
  colReason: 'Reason',

  overviewHeading: 'Invitations and dialogues',
  answersHeading: 'Answers to the invitations',
  participationHeading: 'Participation',
  municipalitiesHeading: 'Municipalities not reached',
  overviewCaption: 'Organisers invited and on-site dialogues held per year',
  colInvited: 'Organisers invited',
  colPhysical: 'On-site dialogues held',
  colAccepted: 'Accepted',
  colDeclined: 'Declined or did not answer',
  colTookPart: 'Took part on site',
  overviewNote: 'Invitations count in the year they were sent and on-site dialogues in the year the meeting was held. Answers and participation concern the year\'s invitations, whenever the answer came or the meeting was held.',

  answersCaption: 'Answers to the invitations per year of invitation (number and share of the invitations)',
  colInvitations: 'Invitations',
  colWithdrawn: 'Withdrawn before an answer',
  colAwaiting: 'Awaiting an answer',

  reasonsCaption: 'Reasons among those who declined or did not answer (number and share of them)',
  participationGroupCaption: 'Share that took part in an on-site dialogue, per organiser group and year of invitation',
  participationSizeCaption: 'Share that took part in an on-site dialogue, per size class and year of invitation',
  allOrganisers: 'All organisers invited',
  participationNote: 'An organiser has taken part when its on-site dialogue has been held. Size class by children and pupils: small at most 50, medium 51–1,000, large more than 1,000.',

  municipalitiesCaption: 'Municipalities not reached, at the end of the year',
  colNotReached: 'The municipality not offered a dialogue and no organiser there has accepted',
  colNoneOffered: 'No organiser in the municipality offered a dialogue',
  colCountedOn: 'Counted on',
};

export const volumesText: Dictionary<typeof sv> = { sv, en };
