/** Texts of the page "Vad dialogerna visar": the observation forms and the feedback survey, summed up. */
import type { Dictionary } from '../../../platform/i18n.tsx';

const sv = {
  title: 'Vad dialogerna visar',
  lead: 'Vad dialogutförarna noterade efter dialogerna på plats och vad huvudmännen svarade i enkäten efter återkopplingen, summerat per år. Sidan visar aldrig en enskild huvudman, och inga fritextsvar.',
  loading: 'Laddar sammanställningen …',
  loaded: 'Sammanställningen är laddad.',
  year: 'År',
  grouping: 'Indelning',
  groupings: { none: 'Alla huvudmän', sizeClass: 'Efter storlek', kindGroup: 'Offentliga och enskilda' },
  groups: {
    all: 'Alla huvudmän', small: 'Små', medium: 'Mellanstora', large: 'Stora', public: 'Offentliga', private: 'Enskilda',
  } as Record<string, string>,
  suppressedNote: (n: string) => `– betyder att uppgiften bygger på färre än ${n} huvudmän och därför inte visas.`,
  suppressedCell: (n: string) => `visas inte, färre än ${n} huvudmän`,
  noYears: 'Det finns inga inskickade observationsformulär eller enkätsvar ännu.',

  observationsHeading: 'Vad dialogutförarna noterade',
  observationsNote: 'Efter varje dialog på plats fyller dialogutförarna i vilka teman som togs upp och vilka utvecklingsbehov de såg. Siffran är antalet formulär som noterade temat eller behovet, med andelen av gruppens formulär.',
  observationsCaption: (year: number) => `Teman och utvecklingsbehov i observationsformulären ${year} (antal formulär och andel)`,
  colTheme: 'Tema och utvecklingsbehov',
  groupForms: (group: string, forms: string) => `${group} (${forms} formulär)`,
  noForms: (year: number) => `Inga observationsformulär skickades in ${year}.`,

  surveyHeading: 'Vad huvudmännen tyckte om dialogen',
  surveyNote: 'Enkäten skickas efter återkopplingsmötet och besvaras anonymt. Andelen som instämmer är andelen som svarade 4 eller 5 av dem som tog ställning; inom parentes medelvärdet på skalan 1–5. "Vet ej" räknas inte.',
  surveyCaption: (year: number) => `Svar på enkäten efter kvalitetsdialogen ${year} (andel som instämmer, medelvärde)`,
  colStatement: 'Påstående',
  responsesRow: 'Antal svar',
  agreeWithMean: (share: string, mean: string) => `${share} (${mean})`,
  noResponses: (year: number) => `Inga enkätsvar kom in ${year}.`,
};

const en: typeof sv = {
  title: 'What the dialogues show',
  lead: 'What the dialogue leaders noted after the on-site dialogues and what the organisers answered in the survey after the feedback, summed up per year. The page never shows a single organiser, and no free-text answers.',
  loading: 'Loading the summary …',
  loaded: 'The summary is loaded.',
  year: 'Year',
  grouping: 'Breakdown',
  groupings: { none: 'All organisers', sizeClass: 'By size', kindGroup: 'Public and private' },
  groups: {
    all: 'All organisers', small: 'Small', medium: 'Medium', large: 'Large', public: 'Public', private: 'Private',
  },
  suppressedNote: (n) => `– means that the figure rests on fewer than ${n} organisers and is therefore not shown.`,
  suppressedCell: (n) => `not shown, fewer than ${n} organisers`,
  noYears: 'There are no submitted observation forms or survey answers yet.',

  observationsHeading: 'What the dialogue leaders noted',
  observationsNote: 'After each on-site dialogue the dialogue leaders record which themes came up and which development needs they saw. The figure is the number of forms that noted the theme or need, with its share of the group\'s forms.',
  observationsCaption: (year) => `Themes and development needs in the observation forms ${year} (number of forms and share)`,
  colTheme: 'Theme and development need',
  groupForms: (group, forms) => `${group} (${forms} forms)`,
  noForms: (year) => `No observation forms were submitted in ${year}.`,

  surveyHeading: 'What the organisers thought of the dialogue',
  surveyNote: 'The survey is sent after the feedback meeting and answered anonymously. The share agreeing is the share who answered 4 or 5 of those who took a position; in brackets the mean on the scale 1–5. "Don\'t know" is not counted.',
  surveyCaption: (year) => `Answers to the survey after the quality dialogue ${year} (share agreeing, mean)`,
  colStatement: 'Statement',
  responsesRow: 'Number of answers',
  agreeWithMean: (share, mean) => `${share} (${mean})`,
  noResponses: (year) => `No survey answers came in ${year}.`,
};

export const summariesText: Dictionary<typeof sv> = { sv, en };
