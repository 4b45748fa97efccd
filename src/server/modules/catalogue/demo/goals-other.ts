/**
 * National goals for the remaining forms: förskoleklass, anpassad grundskola, specialskola, sameskola,
 * anpassad gymnasieskola, komvux and fritidshem. Several sub-goals have no national measure yet; an
 * empty indicator list is deliberate and becomes a stated data gap in the analysis basis. Komvux has
 * two goals because it holds two quite different kinds of education (basic and sfi, upper-secondary
 * and vocational).
 */
import type { NationalGoal } from '../../../../shared/api/catalogue.ts';

export const OTHER_GOALS: NationalGoal[] = [
  {
    key: 'fkl.mal1',
    schoolForm: 'forskoleklass',
    text:
      'Förskoleklassen ska stimulera elevernas utveckling och lärande och förbereda dem för fortsatt skolgång, '
      + 'bland annat genom att tidigt upptäcka vilka elever som behöver extra anpassningar eller särskilt stöd.',
    subGoals: [
      {
        key: 'fkl.mal1.lik1',
        priorityArea: 'likvardighet',
        text:
          'Elever som behöver stöd i språklig medvetenhet eller matematiskt tänkande uppmärksammas genom kartläggningen '
          + 'och får stöd utan dröjsmål.',
        indicatorKeys: [],
      },
      {
        key: 'fkl.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Undervisningen genomförs av legitimerade lärare med behörighet för förskoleklass, i grupper av rimlig storlek.',
        indicatorKeys: ['ind.fkl.legitimerade-larare', 'ind.fkl.elever-per-larare'],
      },
      {
        key: 'fkl.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Övergången till årskurs 1 är planerad så att det eleven har lärt sig tas till vara och lärandet fortsätter utan avbrott.',
        indicatorKeys: [],
      },
    ],
  },
  {
    key: 'gran.mal1',
    schoolForm: 'anpassad_grundskola',
    text:
      'Eleverna i anpassad grundskola ska få en utbildning som utgår från var och ens förutsättningar och ger kunskaper '
      + 'och värden som leder till ett så självständigt liv som möjligt och till fortsatt utbildning.',
    subGoals: [
      {
        key: 'gran.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Mottagandet i anpassad grundskola är rättssäkert, så att varje elev går i den skolform som motsvarar elevens behov.',
        indicatorKeys: ['ind.gran.andel-elever'],
      },
      {
        key: 'gran.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Undervisningen bedrivs av lärare med specialpedagogisk kompetens.',
        indicatorKeys: ['ind.personal.specialpedagogisk-examen'],
      },
      {
        key: 'gran.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Varje elevs kunskapsutveckling följs upp och dokumenteras så att undervisningen kan anpassas efter elevens framsteg.',
        indicatorKeys: [],
      },
    ],
  },
  {
    key: 'sp.mal1',
    schoolForm: 'specialskola',
    text:
      'Eleverna i specialskolan ska genom en tillgänglig lärmiljö och en undervisning anpassad efter deras funktionsförmåga '
      + 'få möjlighet att nå utbildningens mål och förberedas för fortsatt utbildning.',
    subGoals: [
      {
        key: 'sp.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Eleverna har tillgång till en språkmiljö och kommunikationsformer, till exempel teckenspråk, som gör hela undervisningen tillgänglig.',
        indicatorKeys: [],
      },
      {
        key: 'sp.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Eleverna känner sig trygga, och undervisningen bedrivs av personal med specialpedagogisk kompetens.',
        indicatorKeys: ['ind.enkat.trygghet', 'ind.personal.specialpedagogisk-examen'],
      },
      {
        key: 'sp.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Fler elever når godkända betyg i alla ämnen och blir behöriga till gymnasieskolan efter årskurs 10.',
        indicatorKeys: ['ind.sp.betyg-alla-amnen', 'ind.sp.behorighet'],
      },
    ],
  },
  {
    key: 'sam.mal1',
    schoolForm: 'sameskola',
    text:
      'Sameskolan ska ge eleverna kunskaper för fortsatt skolgång och samtidigt stärka deras samiska språk, '
      + 'identitet och kulturarv.',
    subGoals: [
      {
        key: 'sam.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Alla elever utvecklar sin förmåga att tala, läsa och skriva på samiska, oavsett vilken samisk språkvarietet de har.',
        indicatorKeys: [],
      },
      {
        key: 'sam.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Eleverna känner sig trygga i skolan och i skolans boendemiljöer.',
        indicatorKeys: ['ind.enkat.trygghet'],
      },
      {
        key: 'sam.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna når godkända betyg i alla ämnen i årskurs 6 och är väl förberedda för grundskolans senare årskurser.',
        indicatorKeys: ['ind.sam.betyg-ak6'],
      },
    ],
  },
  {
    key: 'gyan.mal1',
    schoolForm: 'anpassad_gymnasieskola',
    text:
      'Eleverna i anpassad gymnasieskola ska få en utbildning som utgår från deras behov och förutsättningar och som '
      + 'förbereder dem för ett självständigt vuxenliv, arbete och fortsatt lärande.',
    subGoals: [
      {
        key: 'gyan.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Eleverna undervisas av lärare med specialpedagogisk kompetens, oavsett vilken skolenhet de går på.',
        indicatorKeys: ['ind.personal.specialpedagogisk-examen'],
      },
      {
        key: 'gyan.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Eleverna fullföljer sin utbildning och får ett gymnasiebevis.',
        indicatorKeys: ['ind.gyan.gymnasiebevis'],
      },
      {
        key: 'gyan.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna har en meningsfull sysselsättning i arbete, studier eller daglig verksamhet efter utbildningen.',
        indicatorKeys: ['ind.gyan.sysselsattning'],
      },
    ],
  },
  {
    key: 'vux.mal1',
    schoolForm: 'komvux',
    text:
      'Vuxna ska få möjlighet att skaffa sig grundläggande kunskaper, bland annat i svenska för invandrare, '
      + 'som stärker deras ställning i arbetslivet och samhällslivet.',
    subGoals: [
      {
        key: 'vux.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Elever i sfi gör framsteg inom rimlig tid, oavsett tidigare skolbakgrund och studieväg.',
        indicatorKeys: ['ind.vux.sfi-progression'],
      },
      {
        key: 'vux.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Utbildningen är så flexibel och anpassad efter elevernas livssituation att de fullföljer sina kurser.',
        indicatorKeys: ['ind.vux.avbrott'],
      },
    ],
  },
  {
    key: 'vux.mal2',
    schoolForm: 'komvux',
    text:
      'Vuxna ska kunna komplettera sin utbildning på gymnasial nivå och genom yrkesutbildning, så att de kan gå vidare '
      + 'till arbete eller fortsatta studier.',
    subGoals: [
      {
        key: 'vux.mal2.kva1',
        priorityArea: 'kvalitet',
        text: 'En hög andel av kursdeltagarna på gymnasial nivå slutför sina kurser med godkänt betyg.',
        indicatorKeys: ['ind.vux.kurs-godkand'],
      },
      {
        key: 'vux.mal2.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'De som avslutat en yrkesinriktad utbildning har etablerat sig på arbetsmarknaden eller studerar vidare.',
        indicatorKeys: ['ind.vux.etablering'],
      },
    ],
  },
  {
    key: 'fth.mal1',
    schoolForm: 'fritidshem',
    text:
      'Fritidshemmet ska komplettera förskoleklassen och skolan genom att erbjuda eleverna en trygg miljö och en '
      + 'meningsfull fritid som stimulerar deras utveckling och lärande utifrån deras behov och intressen.',
    subGoals: [
      {
        key: 'fth.mal1.lik1',
        priorityArea: 'likvardighet',
        text: 'Fritidshemmet är tillgängligt för de elever som har rätt till det, och deltagandet skiljer sig inte omotiverat mellan grupper.',
        indicatorKeys: ['ind.fth.inskrivna'],
      },
      {
        key: 'fth.mal1.kva1',
        priorityArea: 'kvalitet',
        text: 'Undervisningen i fritidshemmet bedrivs av personal med relevant utbildning, i elevgrupper av rimlig storlek.',
        indicatorKeys: ['ind.fth.personal-examen', 'ind.fth.elever-per-arsarbetare', 'ind.fth.elevgruppsstorlek'],
      },
      {
        key: 'fth.mal1.utv1',
        priorityArea: 'utveckling_och_larande',
        text: 'Eleverna utvecklar sociala förmågor, språk och kreativitet genom lek, rörelse, skapande och utforskande.',
        indicatorKeys: [],
      },
    ],
  },
];
