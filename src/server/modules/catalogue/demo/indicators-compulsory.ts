/**
 * Indicators for the compulsory school forms: grundskola, anpassad grundskola, specialskola and
 * sameskola, plus the Skolenkäten and staffing measures that several forms share (those carry a
 * neutral prefix, `ind.enkat.` or `ind.personal.`, because no single form owns them).
 */
import type { Indicator } from '../../../../shared/api/catalogue.ts';
import { SOURCE_SKOLENKATEN, SOURCE_STATISTICS_DB, SOURCE_UFA } from './sources.ts';

export const COMPULSORY_INDICATORS: Indicator[] = [
  {
    key: 'ind.gr.betyg-alla-amnen',
    name: 'Andel elever i årskurs 9 med godkända betyg i alla ämnen',
    definition:
      'Andelen elever i årskurs 9 som fått lägst betyget E i samtliga ämnen som ingår i deras utbildning, '
      + 'av alla elever som avslutat årskurs 9 under läsåret.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.gr.meritvarde',
    name: 'Genomsnittligt meritvärde i årskurs 9',
    definition:
      'Summan av elevens sjutton bästa betyg (A = 20 … E = 10, F = 0), med moderna språk som möjligt artonde ämne; '
      + 'medelvärdet för huvudmannens elever i årskurs 9. Högsta möjliga värde är 340, eller 360 med moderna språk.',
    unit: 'points',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.gr.behorighet-yrkesprogram',
    name: 'Andel elever i årskurs 9 behöriga till ett nationellt program',
    definition:
      'Andelen elever i årskurs 9 som uppfyller kraven för behörighet till ett yrkesprogram i gymnasieskolan, '
      + 'vilket är den lägsta behörighetsnivån till ett nationellt program.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.gr.meritvarde-foraldrar-skillnad',
    name: 'Skillnad i meritvärde efter föräldrarnas utbildningsnivå',
    definition:
      'Genomsnittligt meritvärde i årskurs 9 för elever vars föräldrar har eftergymnasial utbildning minus motsvarande '
      + 'värde för elever vars föräldrar har högst gymnasial utbildning. En mindre skillnad tyder på en mer likvärdig utbildning.',
    unit: 'points',
    direction: 'lower_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.gr.behorighet-nyinvandrade',
    name: 'Andel nyinvandrade elever i årskurs 9 behöriga till ett nationellt program',
    definition:
      'Behörighet till yrkesprogram i gymnasieskolan bland elever i årskurs 9 som invandrat till Sverige under de '
      + 'senaste fyra åren. Värdet bygger ofta på få elever och ska läsas tillsammans med antalet.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.gr.lasforstaelse-ak3',
    name: 'Andel elever i årskurs 3 som klarar kravnivån i läsförståelse',
    definition:
      'Andelen elever i årskurs 3 som når kravnivån på delprovet i läsförståelse i det nationella provet i svenska '
      + 'och svenska som andraspråk, enligt lärarens bedömning av provet.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['grundskola'],
  },
  {
    key: 'ind.enkat.trygghet',
    name: 'Andel elever som känner sig trygga i skolan',
    definition:
      'Andelen elever som instämmer helt eller till stor del i påståendet att de känner sig trygga i skolan. '
      + 'Enkäten besvaras i årskurs 5 och 9 samt i gymnasieskolans årskurs 2.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_SKOLENKATEN,
    schoolForms: ['grundskola', 'specialskola', 'sameskola', 'gymnasieskola'],
  },
  {
    key: 'ind.enkat.studiero',
    name: 'Andel elever som upplever studiero på lektionerna',
    definition:
      'Andelen elever som instämmer helt eller till stor del i att det är arbetsro på lektionerna så att de kan koncentrera sig.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_SKOLENKATEN,
    schoolForms: ['grundskola', 'gymnasieskola'],
  },
  {
    key: 'ind.enkat.elevinflytande',
    name: 'Index för elevernas inflytande',
    definition:
      'Sammanvägt indexvärde (0–10) av elevernas svar på frågor om huruvida lärarna tar hänsyn till deras åsikter '
      + 'och om de får vara med och påverka hur de arbetar.',
    unit: 'index',
    direction: 'higher_is_better',
    dataSource: SOURCE_SKOLENKATEN,
    schoolForms: ['grundskola', 'gymnasieskola'],
  },
  {
    key: 'ind.personal.specialpedagogisk-examen',
    name: 'Andel lärare med speciallärar- eller specialpedagogexamen',
    definition:
      'Andelen lärare (heltidstjänster) som har en speciallärarexamen eller specialpedagogexamen, '
      + 'i skolformer där undervisningen förutsätter specialpedagogisk kompetens.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['anpassad_grundskola', 'specialskola', 'anpassad_gymnasieskola'],
  },
  {
    key: 'ind.gran.andel-elever',
    name: 'Andel elever som går i anpassad grundskola',
    definition:
      'Elever i anpassad grundskola som andel av alla elever i grundskolan och anpassade grundskolan hos huvudmannen. '
      + 'Riktningen är neutral: både en ovanligt hög och en ovanligt låg andel kan tyda på brister i utredning och mottagande.',
    unit: 'percent',
    direction: 'neutral',
    dataSource: SOURCE_STATISTICS_DB,
    schoolForms: ['anpassad_grundskola'],
  },
  {
    key: 'ind.sp.betyg-alla-amnen',
    name: 'Andel elever i specialskolans årskurs 10 med godkända betyg i alla ämnen',
    definition:
      'Andelen elever som avslutat årskurs 10 i specialskolan med lägst betyget E i samtliga ämnen som ingår i deras utbildning.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['specialskola'],
  },
  {
    key: 'ind.sp.behorighet',
    name: 'Andel elever i specialskolans årskurs 10 behöriga till ett nationellt program',
    definition: 'Andelen elever i specialskolans årskurs 10 som uppfyller kraven för behörighet till ett yrkesprogram i gymnasieskolan.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['specialskola'],
  },
  {
    key: 'ind.sam.betyg-ak6',
    name: 'Andel elever i sameskolans årskurs 6 med godkända betyg i alla ämnen',
    definition:
      'Andelen elever i årskurs 6 i sameskolan som fått lägst betyget E i samtliga ämnen som de fått betyg i. '
      + 'Elevantalet är litet, så värdet redovisas ofta som sekretessmarkerat.',
    unit: 'percent',
    direction: 'higher_is_better',
    dataSource: SOURCE_UFA,
    schoolForms: ['sameskola'],
  },
];
