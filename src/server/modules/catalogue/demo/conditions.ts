/**
 * Conditions measures (verksamhetens förutsättningar). They are context, not goals: the analysis basis
 * shows them beside the results, and the background measures are the explanatory variables of the
 * expected-value model (in the spirit of Skolverket's SALSA), so their school forms decide where that
 * model can be fitted.
 */
import type { CatalogueContent } from '../../../../shared/api/catalogue.ts';
import { SOURCE_KOLADA, SOURCE_SCB, SOURCE_STATISTICS_DB, SOURCE_UFA } from './sources.ts';

type ConditionMeasure = CatalogueContent['conditions'][number];

export const DEMO_CONDITIONS: ConditionMeasure[] = [
  {
    key: 'cond.kostnad-per-barn',
    category: 'economy',
    name: 'Kostnad per inskrivet barn i förskolan',
    definition: 'Huvudmannens totala kostnad för förskolan under kalenderåret delad med det genomsnittliga antalet inskrivna barn, i kronor.',
    unit: 'sek',
    dataSource: SOURCE_KOLADA,
    schoolForms: ['forskola'],
  },
  {
    key: 'cond.kostnad-per-elev',
    category: 'economy',
    name: 'Kostnad per elev',
    definition:
      'Huvudmannens totala kostnad för skolformen under kalenderåret delad med det genomsnittliga antalet elever, i kronor. '
      + 'Lokaler, undervisning, elevhälsa och måltider ingår.',
    unit: 'sek',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskoleklass', 'grundskola', 'anpassad_grundskola', 'gymnasieskola', 'anpassad_gymnasieskola', 'fritidshem'],
  },
  {
    key: 'cond.kostnad-per-heltidsstuderande',
    category: 'economy',
    name: 'Kostnad per heltidsstuderande i komvux',
    definition: 'Huvudmannens totala kostnad för komvux delad med antalet heltidsstuderande, i kronor.',
    unit: 'sek',
    dataSource: SOURCE_KOLADA,
    schoolForms: ['komvux'],
  },
  {
    key: 'cond.barn-per-forskollarare',
    category: 'staff',
    name: 'Antal barn per förskollärare',
    definition: 'Antalet inskrivna barn delat med antalet årsarbetare med förskollärarexamen, mätt den 15 oktober.',
    unit: 'ratio',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'cond.elever-per-larare',
    category: 'staff',
    name: 'Antal elever per lärare',
    definition: 'Antalet elever delat med antalet lärare omräknat till heltidstjänster, mätt den 15 oktober.',
    unit: 'ratio',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: [
      'forskoleklass', 'grundskola', 'anpassad_grundskola', 'specialskola', 'sameskola',
      'gymnasieskola', 'anpassad_gymnasieskola', 'komvux',
    ],
  },
  {
    key: 'cond.andel-legitimerade-larare',
    category: 'staff',
    name: 'Andel lärare med legitimation och behörighet i minst ett ämne',
    definition: 'Andelen lärare (heltidstjänster) som har lärarlegitimation med behörighet att undervisa i minst ett ämne i skolformen.',
    unit: 'percent',
    dataSource: SOURCE_UFA,
    schoolForms: [
      'forskoleklass', 'grundskola', 'anpassad_grundskola', 'specialskola', 'sameskola',
      'gymnasieskola', 'anpassad_gymnasieskola', 'komvux',
    ],
  },
  {
    key: 'cond.andel-forskollararexamen',
    category: 'staff',
    name: 'Andel personal med förskollärarexamen',
    definition:
      'Andelen av all personal i förskolan (räknat i personer, inte årsarbetare) som har en förskollärarexamen, '
      + 'oavsett om de har ansökt om legitimation.',
    unit: 'percent',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'cond.antal-barn-elever',
    category: 'organisation',
    name: 'Antal barn eller elever',
    definition: 'Antalet inskrivna barn eller elever hos huvudmannen i skolformen den 15 oktober; ligger till grund för storleksklass.',
    unit: 'count',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: [
      'forskola', 'forskoleklass', 'grundskola', 'anpassad_grundskola', 'specialskola', 'sameskola',
      'gymnasieskola', 'anpassad_gymnasieskola', 'komvux', 'fritidshem',
    ],
  },
  {
    key: 'cond.antal-enheter',
    category: 'organisation',
    name: 'Antal förskole- eller skolenheter',
    definition: 'Antalet förskoleenheter eller skolenheter med verksamhet i skolformen som huvudmannen ansvarar för.',
    unit: 'count',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: [
      'forskola', 'forskoleklass', 'grundskola', 'anpassad_grundskola', 'specialskola', 'sameskola',
      'gymnasieskola', 'anpassad_gymnasieskola', 'komvux', 'fritidshem',
    ],
  },
  {
    key: 'cond.foraldrars-utbildning',
    category: 'background',
    name: 'Föräldrarnas utbildningsnivå (index)',
    definition:
      'Genomsnitt för barnen eller eleverna av föräldrarnas högsta utbildningsnivå, där förgymnasial utbildning ger 1, '
      + 'gymnasial 2 och eftergymnasial 3; medelvärdet av båda föräldrarna när uppgift finns för båda.',
    unit: 'index',
    dataSource: SOURCE_SCB,
    schoolForms: ['forskola', 'forskoleklass', 'grundskola', 'sameskola', 'gymnasieskola', 'fritidshem'],
  },
  {
    key: 'cond.andel-nyinvandrade',
    category: 'background',
    name: 'Andel nyinvandrade elever',
    definition: 'Andelen elever som invandrat till Sverige under de senaste fyra åren.',
    unit: 'percent',
    dataSource: SOURCE_UFA,
    schoolForms: ['forskoleklass', 'grundskola', 'gymnasieskola'],
  },
  {
    key: 'cond.andel-pojkar',
    category: 'background',
    name: 'Andel pojkar',
    definition: 'Andelen pojkar bland skolformens elever.',
    unit: 'percent',
    dataSource: SOURCE_UFA,
    schoolForms: [
      'forskoleklass', 'grundskola', 'anpassad_grundskola', 'specialskola', 'sameskola',
      'gymnasieskola', 'anpassad_gymnasieskola',
    ],
  },
  {
    key: 'cond.andel-utlandsk-bakgrund',
    category: 'background',
    name: 'Andel elever med utländsk bakgrund',
    definition: 'Andelen elever som är födda utomlands eller har två utrikes födda föräldrar.',
    unit: 'percent',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola', 'gymnasieskola'],
  },
];
