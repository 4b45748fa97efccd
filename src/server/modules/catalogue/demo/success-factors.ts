/**
 * Success factors for effective school development, each with statements for the self-assessment.
 * Every statement is a claim about "us" that a respondent can agree with on a 1–5 scale, so none of
 * them is phrased as a question or contains a negation that would flip the scale.
 */
import type { SuccessFactor } from '../../../../shared/api/catalogue.ts';

export const DEMO_SUCCESS_FACTORS: SuccessFactor[] = [
  {
    key: 'sf.styrkedja',
    name: 'Tydliga roller och ansvar i styrkedjan',
    description:
      'När huvudman, skolchef, rektorer och personal vet vem som ansvarar för vad, och när information om verksamheten '
      + 'når dem som fattar beslut, kan styrningen bli sammanhållen och insatserna hamna där de gör nytta.',
    statements: [
      { key: 'sf.styrkedja.s1', text: 'Vi har en gemensam bild av vilka som ansvarar för vad i styrkedjan.' },
      { key: 'sf.styrkedja.s2', text: 'Rektorerna känner till huvudmannens prioriteringar och förväntningar på verksamheten.' },
      { key: 'sf.styrkedja.s3', text: 'Beslut på huvudmannanivå grundar sig på kunskap om hur det går för barnen och eleverna.' },
      { key: 'sf.styrkedja.s4', text: 'Huvudman, skolchef och rektorer möts regelbundet för att tala om verksamhetens utveckling.' },
    ],
  },
  {
    key: 'sf.uppfoljning',
    name: 'Systematisk uppföljning och analys',
    description:
      'Ett kvalitetsarbete som följer upp resultat, söker orsaker och låter analysen styra prioriteringarna gör det möjligt '
      + 'att förbättra verksamheten i stället för att bara beskriva den.',
    statements: [
      { key: 'sf.uppfoljning.s1', text: 'Vi följer regelbundet upp resultat och måluppfyllelse både på huvudmannanivå och på enhetsnivå.' },
      { key: 'sf.uppfoljning.s2', text: 'Vi analyserar orsakerna bakom resultaten innan vi bestämmer vilka åtgärder vi ska vidta.' },
      { key: 'sf.uppfoljning.s3', text: 'Vi jämför våra resultat med riket och med liknande huvudmän för att förstå var vi står.' },
      { key: 'sf.uppfoljning.s4', text: 'Det vi kommer fram till i analysen blir till prioriteringar som vi följer upp nästa läsår.' },
      { key: 'sf.uppfoljning.s5', text: 'I analysen använder vi både statistik och iakttagelser från undervisningen.' },
    ],
  },
  {
    key: 'sf.ledarskap',
    name: 'Ledarskap för lärande',
    description:
      'Rektorer som har tid och stöd för att leda det pedagogiska arbetet, och som håller förväntningarna höga, '
      + 'är en av de starkaste förutsättningarna för en undervisning av god kvalitet.',
    statements: [
      { key: 'sf.ledarskap.s1', text: 'Rektorerna har tid och mandat att leda det pedagogiska arbetet.' },
      { key: 'sf.ledarskap.s2', text: 'Rektorerna har god kännedom om undervisningen, till exempel genom lektionsbesök och samtal med lärarna.' },
      { key: 'sf.ledarskap.s3', text: 'Huvudmannen ger rektorerna stöd genom kompetensutveckling och nätverk med andra rektorer.' },
      { key: 'sf.ledarskap.s4', text: 'Ledarskapet präglas av höga förväntningar på alla barn och elever.' },
    ],
  },
  {
    key: 'sf.kollegialt-larande',
    name: 'Kollegialt lärande och kompetensutveckling',
    description:
      'Lärare och förskollärare som tillsammans planerar, prövar och utvärderar sin undervisning, med stöd av forskning '
      + 'och beprövad erfarenhet, utvecklar praktiken mer varaktigt än enstaka utbildningsinsatser.',
    statements: [
      { key: 'sf.kollegialt-larande.s1', text: 'Personalen har avsatt tid för att gemensamt planera, pröva och utvärdera undervisningen.' },
      { key: 'sf.kollegialt-larande.s2', text: 'Kompetensutvecklingen utgår från de behov som vår analys av verksamheten har visat.' },
      { key: 'sf.kollegialt-larande.s3', text: 'Vi tar del av forskning och beprövad erfarenhet och prövar den i vår egen verksamhet.' },
      { key: 'sf.kollegialt-larande.s4', text: 'Personalen delar öppet med sig av både lyckade och mindre lyckade erfarenheter.' },
    ],
  },
  {
    key: 'sf.vardnadshavare',
    name: 'Samverkan med vårdnadshavare och andra aktörer',
    description:
      'Barns och elevers lärande gynnas när hemmet är informerat och delaktigt och när förskolan och skolan samarbetar '
      + 'med andra verksamheter runt barnet, särskilt vid övergångar.',
    statements: [
      { key: 'sf.vardnadshavare.s1', text: 'Vårdnadshavarna får regelbunden och begriplig information om sitt barns utveckling och lärande.' },
      { key: 'sf.vardnadshavare.s2', text: 'Vi har fungerande former för vårdnadshavarnas delaktighet och inflytande.' },
      { key: 'sf.vardnadshavare.s3', text: 'Vi samarbetar med socialtjänst, hälso- och sjukvård och andra aktörer när ett barn behöver det.' },
      { key: 'sf.vardnadshavare.s4', text: 'Övergångar mellan skolformer och enheter planeras tillsammans med den mottagande verksamheten.' },
    ],
  },
  {
    key: 'sf.elevhalsa',
    name: 'Tillgång till elevhälsa och särskilt stöd',
    description:
      'En elevhälsa som arbetar förebyggande, och ett stöd som sätts in tidigt och följs upp, minskar risken att barn '
      + 'och elever hamnar efter och gör utbildningen mer likvärdig.',
    statements: [
      { key: 'sf.elevhalsa.s1', text: 'Elevhälsan arbetar främst förebyggande och hälsofrämjande.' },
      { key: 'sf.elevhalsa.s2', text: 'Barn och elever som behöver extra anpassningar eller särskilt stöd upptäcks tidigt.' },
      { key: 'sf.elevhalsa.s3', text: 'Alla enheter har tillgång till specialpedagogisk kompetens när de behöver det.' },
      { key: 'sf.elevhalsa.s4', text: 'Vi följer upp om stödinsatserna leder till att barnen och eleverna utvecklas mot målen.' },
    ],
  },
  {
    key: 'sf.trygg-miljo',
    name: 'En trygg miljö med studiero',
    description:
      'Trygghet och studiero är en förutsättning för lärande. Den byggs av gemensamma regler, ett aktivt arbete mot '
      + 'kränkningar och av att barn och elever själva är delaktiga.',
    statements: [
      { key: 'sf.trygg-miljo.s1', text: 'Det finns gemensamma och kända ordningsregler som tillämpas på samma sätt av all personal.' },
      { key: 'sf.trygg-miljo.s2', text: 'Vi arbetar aktivt mot kränkande behandling och utreder varje händelse som kommer till vår kännedom.' },
      { key: 'sf.trygg-miljo.s3', text: 'Barn och elever är delaktiga i arbetet med att skapa en trygg miljö.' },
      { key: 'sf.trygg-miljo.s4', text: 'Vi följer regelbundet upp hur barn och elever upplever tryggheten och studieron.' },
    ],
  },
  {
    key: 'sf.resursfordelning',
    name: 'Resursfördelning efter behov',
    description:
      'En utbildning blir mer likvärdig när resurser, och inte minst behöriga lärare, fördelas efter barnens och elevernas '
      + 'behov och när huvudmannen följer upp vad fördelningen leder till.',
    statements: [
      { key: 'sf.resursfordelning.s1', text: 'Resurserna fördelas mellan enheterna utifrån barnens och elevernas olika förutsättningar och behov.' },
      { key: 'sf.resursfordelning.s2', text: 'Rektorerna känner till och förstår principerna för resursfördelningen.' },
      { key: 'sf.resursfordelning.s3', text: 'Vi följer upp om resursfördelningen bidrar till en mer likvärdig utbildning.' },
      { key: 'sf.resursfordelning.s4', text: 'Vi arbetar för att det finns behöriga lärare och förskollärare på alla enheter, även där rekryteringen är svår.' },
    ],
  },
];
