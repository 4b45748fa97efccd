/** Indicators for gymnasieskola, anpassad gymnasieskola and komvux. */
import type { Indicator } from '../../../../shared/api/catalogue.ts';
import { SOURCE_KOLADA, SOURCE_SCB, SOURCE_STATISTICS_DB, SOURCE_UFA } from './sources.ts';

export const UPPER_SECONDARY_AND_ADULT_INDICATORS: Indicator[] = [
  {
    key: 'ind.gy.examen-3ar',
    name: 'Andel elever med gymnasieexamen inom tre år',
    definition:
      'Andelen elever som började på ett nationellt program och fick en gymnasieexamen inom tre år, '
      + 'räknat på den huvudman där eleven började sin utbildning.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.examen-4ar',
    name: 'Andel elever med gymnasieexamen inom fyra år',
    definition:
      'Samma mått som examen inom tre år men med ett extra år, så att elever som gått om eller bytt program också räknas.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.betygspoang',
    name: 'Genomsnittlig betygspoäng bland elever med examen',
    definition:
      'Medelvärdet av elevernas genomsnittliga betygspoäng (skala 0–20, viktad efter kursernas omfattning) '
      + 'bland elever som fått gymnasieexamen under läsåret.',
    unit: 'points',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.hogskolebehorighet',
    name: 'Andel elever med grundläggande behörighet till högskolan',
    definition:
      'Andelen av eleverna med slutbetyg eller examensbevis från ett nationellt program som uppfyller kraven '
      + 'för grundläggande behörighet till universitet och högskola.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.introduktionsprogram-overgang',
    name: 'Andel elever på introduktionsprogram som gått vidare till ett nationellt program',
    definition:
      'Andelen elever som började på ett introduktionsprogram och inom ett år gick över till ett nationellt program.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.examen-foraldrar-skillnad',
    name: 'Skillnad i examensgrad efter föräldrarnas utbildningsnivå',
    definition:
      'Andelen med examen inom fyra år bland elever vars föräldrar har eftergymnasial utbildning minus motsvarande andel '
      + 'bland elever vars föräldrar har högst gymnasial utbildning, uttryckt i procentenheter.',
    unit: 'percent',
    direction: 'lower_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gy.etablering',
    name: 'Andel etablerade i arbete eller studier ett år efter gymnasieskolan',
    definition:
      'Andelen av dem som fått examen eller studiebevis som ett år senare studerar på högskola, annan eftergymnasial utbildning '
      + 'eller har en etablerad ställning på arbetsmarknaden, enligt registerdata.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_SCB,
    schoolForms: ['gymnasieskola'],
  },
  {
    key: 'ind.gyan.gymnasiebevis',
    name: 'Andel elever med gymnasiebevis efter fyra år',
    definition: 'Andelen elever som började i anpassad gymnasieskola och fick ett gymnasiebevis inom fyra år.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['anpassad_gymnasieskola'],
  },
  {
    key: 'ind.gyan.sysselsattning',
    name: 'Andel med sysselsättning ett år efter anpassad gymnasieskola',
    definition:
      'Andelen tidigare elever som ett år efter avslutad utbildning arbetar, studerar eller har daglig verksamhet, enligt registerdata.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_SCB,
    schoolForms: ['anpassad_gymnasieskola'],
  },
  {
    key: 'ind.vux.sfi-progression',
    name: 'Andel nybörjare i sfi som klarat minst två kurser inom två år',
    definition:
      'Av de elever som började i utbildning i svenska för invandrare ett visst år, andelen som inom två år '
      + 'fått godkänt betyg på minst två kurser.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_KOLADA,
    schoolForms: ['komvux'],
  },
  {
    key: 'ind.vux.avbrott',
    name: 'Andel kursdeltagare som avbrutit sin kurs',
    definition: 'Andelen kursdeltagare i komvux (alla nivåer) som avbröt kursen innan den avslutades.',
    unit: 'percent',
    direction: 'lower_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['komvux'],
  },
  {
    key: 'ind.vux.kurs-godkand',
    name: 'Andel kursdeltagare på gymnasial nivå som slutfört kursen med godkänt betyg',
    definition:
      'Andelen kursdeltagare i gymnasial vuxenutbildning som slutförde kursen och fick lägst betyget E, av alla som påbörjade kursen.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['komvux'],
  },
  {
    key: 'ind.vux.etablering',
    name: 'Andel i arbete eller studier efter yrkesinriktad vuxenutbildning',
    definition:
      'Andelen av dem som avslutat en yrkesinriktad utbildning inom komvux som ett år senare förvärvsarbetar eller studerar.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_SCB,
    schoolForms: ['komvux'],
  },
];
