/** The national goals for gymnasieskola: completing an education, and a safe school leading on to work or studies. */
import type { NationalGoal } from '../../../../shared/api/catalogue.ts';

export const GYMNASIESKOLA_GOALS: NationalGoal[] = [
  {
    key: 'gy.mal1',
    schoolForm: 'gymnasieskola',
    text:
      'Alla elever i gymnasieskolan ska fullfölja en utbildning av god kvalitet som förbereder dem för vidare studier '
      + 'eller arbete, oavsett vilket program de går på och vilken bakgrund de har.',
    subGoals: [
      {
        key: 'gy.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Elever på introduktionsprogram kommer vidare till ett nationellt program eller till arbete.',
        indicatorKeys: ['ind.gy.introduktionsprogram-overgang'],
      },
      {
        key: 'gy.mal1.lik2',
        priorityArea: 'likvardighet',
        text: 'Skillnaden i examensgrad mellan elever med olika socioekonomisk bakgrund minskar.',
        indicatorKeys: ['ind.gy.examen-foraldrar-skillnad'],
      },
      {
        key: 'gy.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Fler elever tar examen på utsatt tid, och nästan alla har tagit examen inom fyra år.',
        indicatorKeys: ['ind.gy.examen-3ar', 'ind.gy.examen-4ar'],
      },
      {
        key: 'gy.mal1.kva2',
        priorityArea: 'kvalitet',
        text: 'Eleverna når goda kunskapsresultat i de kurser som ingår i deras program.',
        indicatorKeys: ['ind.gy.betygspoang'],
      },
      {
        key: 'gy.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Elever på högskoleförberedande program blir behöriga att söka till universitet och högskola.',
        indicatorKeys: ['ind.gy.hogskolebehorighet'],
      },
    ],
  },
  {
    key: 'gy.mal2',
    schoolForm: 'gymnasieskola',
    text:
      'Gymnasieskolan ska erbjuda en trygg miljö med studiero där eleverna utvecklar de kunskaper och förmågor '
      + 'som gör att de kan etablera sig i arbetslivet eller gå vidare till fortsatta studier.',
    subGoals: [
      {
        key: 'gy.mal2.lik1',
        priorityArea: 'likvardighet',
        text: 'Eleverna känner sig trygga i skolan, oavsett program och skolenhet.',
        indicatorKeys: ['ind.enkat.trygghet'],
      },
      {
        key: 'gy.mal2.kva1',
        priorityArea: 'kvalitet',
        text: 'Undervisningen präglas av studiero, och eleverna får inflytande över hur de arbetar.',
        indicatorKeys: ['ind.enkat.studiero', 'ind.enkat.elevinflytande'],
      },
      {
        key: 'gy.mal2.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Ett år efter gymnasieskolan arbetar eller studerar eleverna vidare.',
        indicatorKeys: ['ind.gy.etablering'],
      },
    ],
  },
];
