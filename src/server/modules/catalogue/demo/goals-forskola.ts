/**
 * The national goal for förskola. Förskola has no national result measures, so its sub-goals point
 * only at participation and staffing indicators (`ind.fsk.`), and the sub-goals about the children's
 * own development have no indicator at all: the analysis basis must report that as a data gap.
 */
import type { NationalGoal } from '../../../../shared/api/catalogue.ts';

export const FORSKOLA_GOALS: NationalGoal[] = [
  {
    key: 'fsk.mal1',
    schoolForm: 'forskola',
    text:
      'Alla barn i förskolan ska få en trygg, rolig och lärorik vardag där omsorg, utveckling och lärande hänger ihop, '
      + 'så att varje barn oavsett bakgrund får en god grund för sitt fortsatta lärande.',
    subGoals: [
      {
        key: 'fsk.mal1.lik1',
        priorityArea: 'likvardighet',
        text:
          'Förskolan når alla barn, och särskilt de barn som har mest att vinna på den, till exempel barn som har ett annat '
          + 'modersmål än svenska eller som växer upp i områden med låg socioekonomisk status.',
        indicatorKeys: ['ind.fsk.inskrivna-barn'],
      },
      {
        key: 'fsk.mal1.lik2',
        priorityArea: 'likvardighet',
        text:
          'Barn som behöver stöd i sin utveckling uppmärksammas tidigt och får det stöd de behöver, '
          + 'oavsett vilken förskoleenhet de går på.',
        indicatorKeys: [],
      },
      {
        key: 'fsk.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Undervisningen leds av förskollärare och genomförs av personal med utbildning för arbete i förskolan.',
        indicatorKeys: ['ind.fsk.forskollarare-legitimation'],
      },
      {
        key: 'fsk.mal1.kva2',
        priorityArea: 'kvalitet',
        text:
          'Barngruppernas storlek och sammansättning och personaltätheten ger utrymme för en trygg och stimulerande miljö '
          + 'där varje barn blir sett.',
        indicatorKeys: ['ind.fsk.barn-per-arsarbetare', 'ind.fsk.barngruppsstorlek'],
      },
      {
        key: 'fsk.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text:
          'Barnen utvecklar språk, kommunikation, matematiskt tänkande och sociala förmågor i linje med läroplanens mål, '
          + 'och förskolan följer upp och analyserar barnens utveckling och lärande i sitt kvalitetsarbete.',
        indicatorKeys: [],
      },
    ],
  },
];
