/** The national goals for grundskola: knowledge results and a safe school with a calm study environment. */
import type { NationalGoal } from '../../../../shared/api/catalogue.ts';

export const GRUNDSKOLA_GOALS: NationalGoal[] = [
  {
    key: 'gr.mal1',
    schoolForm: 'grundskola',
    text:
      'Alla elever i grundskolan ska komma så långt som möjligt i sin kunskapsutveckling och lämna skolan med de kunskaper '
      + 'som behövs för fortsatt utbildning, oberoende av kön, bakgrund eller vilken skola de har gått i.',
    subGoals: [
      {
        key: 'gr.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Skillnaderna i kunskapsresultat mellan elever med olika socioekonomisk bakgrund minskar.',
        indicatorKeys: ['ind.gr.meritvarde-foraldrar-skillnad'],
      },
      {
        key: 'gr.mal1.lik2',
        priorityArea: 'likvardighet',
        text: 'Elever som nyligen kommit till Sverige får de förutsättningar de behöver för att bli behöriga till gymnasieskolan.',
        indicatorKeys: ['ind.gr.behorighet-nyinvandrade'],
      },
      {
        key: 'gr.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'En växande andel elever når minst godtagbara kunskaper i samtliga ämnen när de lämnar årskurs 9.',
        indicatorKeys: ['ind.gr.betyg-alla-amnen', 'ind.gr.meritvarde'],
      },
      {
        key: 'gr.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna lämnar grundskolan med behörighet till ett nationellt program i gymnasieskolan.',
        indicatorKeys: ['ind.gr.behorighet-yrkesprogram'],
      },
      {
        key: 'gr.mal1.utv2',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna utvecklar en god läsförmåga redan under de första skolåren, eftersom den bär allt senare lärande.',
        indicatorKeys: ['ind.gr.lasforstaelse-ak3'],
      },
    ],
  },
  {
    key: 'gr.mal2',
    schoolForm: 'grundskola',
    text:
      'Grundskolan ska vara en trygg plats med studiero, där eleverna utvecklas som personer, får inflytande och ansvar '
      + 'och där demokratins värden präglar både undervisningen och skolans vardag.',
    subGoals: [
      {
        key: 'gr.mal2.lik1',
        priorityArea: 'likvardighet',
        text: 'Eleverna känner sig trygga i skolan, och tryggheten skiljer sig inte åt mellan huvudmannens skolenheter.',
        indicatorKeys: ['ind.enkat.trygghet'],
      },
      {
        key: 'gr.mal2.kva1',
        priorityArea: 'kvalitet',
        text: 'Lektionerna präglas av studiero och en lärmiljö där eleverna kan koncentrera sig på sitt lärande.',
        indicatorKeys: ['ind.enkat.studiero'],
      },
      {
        key: 'gr.mal2.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna har inflytande över sitt lärande och stimuleras att ta ett allt större ansvar för sina studier.',
        indicatorKeys: ['ind.enkat.elevinflytande'],
      },
    ],
  },
];
