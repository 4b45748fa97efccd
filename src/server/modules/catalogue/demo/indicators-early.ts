/**
 * Indicators for förskola, förskoleklass and fritidshem. None of them is a national result measure:
 * there is no national follow-up of what the children learn in these forms, so the catalogue can only
 * offer participation and staffing measures. Förskola indicators carry the `ind.fsk.` prefix, which
 * the consistency rules rely on (see consistency.ts).
 */
import type { Indicator } from '../../../../shared/api/catalogue.ts';
import { SOURCE_KOLADA, SOURCE_STATISTICS_DB } from './sources.ts';

export const EARLY_YEARS_INDICATORS: Indicator[] = [
  {
    key: 'ind.fsk.inskrivna-barn',
    name: 'Andel inskrivna barn 1–5 år',
    definition:
      'Andelen barn i åldern 1–5 år som är inskrivna i förskola, räknat på barn folkbokförda i kommunen den 15 oktober. '
      + 'Visar hur väl förskolan når alla barn; redovisas per kommun och kan inte brytas ned per enskild huvudman.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'ind.fsk.forskollarare-legitimation',
    name: 'Andel årsarbetare med förskollärarlegitimation',
    definition:
      'Andelen av förskolans årsarbetare (omräknat till heltid) som har legitimation som förskollärare, mätt den 15 oktober. '
      + 'Ett processmått: det säger något om förutsättningarna för undervisning, inte om barnens lärande.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'ind.fsk.barn-per-arsarbetare',
    name: 'Antal barn per årsarbetare i förskolan',
    definition:
      'Antalet inskrivna barn delat med antalet årsarbetare i barngrupp (omräknat till heltid), mätt den 15 oktober.',
    unit: 'ratio',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'ind.fsk.barngruppsstorlek',
    name: 'Genomsnittligt antal barn per barngrupp',
    definition:
      'Det genomsnittliga antalet barn i huvudmannens barngrupper den 15 oktober. Jämförs med Skolverkets riktmärken '
      + 'för barngruppernas storlek för yngre och äldre barn.',
    unit: 'count',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskola'],
  },
  {
    key: 'ind.fkl.legitimerade-larare',
    name: 'Andel legitimerade lärare i förskoleklassen',
    definition:
      'Andelen lärare i förskoleklass (heltidstjänster) som har lärarlegitimation med behörighet att undervisa i förskoleklass.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskoleklass'],
  },
  {
    key: 'ind.fkl.elever-per-larare',
    name: 'Antal elever per lärare i förskoleklassen',
    definition: 'Antalet elever i förskoleklass delat med antalet lärare i förskoleklass omräknat till heltidstjänster.',
    unit: 'ratio',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['forskoleklass'],
  },
  {
    key: 'ind.fth.inskrivna',
    name: 'Andel elever 6–9 år inskrivna i fritidshem',
    definition:
      'Andelen elever i åldern 6–9 år som är inskrivna i fritidshem. Riktningen är neutral eftersom behovet av plats '
      + 'beror på vårdnadshavarnas arbete och studier, men stora skillnader mellan grupper bör analyseras.',
    unit: 'percent',
    direction: 'neutral',
    dataSource: SOURCE_KOLADA,
    schoolForms: ['fritidshem'],
  },
  {
    key: 'ind.fth.personal-examen',
    name: 'Andel årsarbetare i fritidshemmet med pedagogisk högskoleexamen',
    definition:
      'Andelen av fritidshemmets årsarbetare (omräknat till heltid) som har en pedagogisk högskoleexamen, '
      + 'till exempel lärarexamen med inriktning mot arbete i fritidshem.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['fritidshem'],
  },
  {
    key: 'ind.fth.elever-per-arsarbetare',
    name: 'Antal elever per årsarbetare i fritidshemmet',
    definition: 'Antalet inskrivna elever i fritidshemmet delat med antalet årsarbetare omräknat till heltid.',
    unit: 'ratio',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['fritidshem'],
  },
  {
    key: 'ind.fth.elevgruppsstorlek',
    name: 'Genomsnittligt antal elever per elevgrupp i fritidshemmet',
    definition: 'Det genomsnittliga antalet inskrivna elever per elevgrupp i huvudmannens fritidshem den 15 oktober.',
    unit: 'count',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['fritidshem'],
  },
];
