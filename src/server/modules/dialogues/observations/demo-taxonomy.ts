/**
 * The demo taxonomy of the observation form, in our own words: the themes the evaluation names
 * (roles and responsibilities, follow-up and analysis, structure of the quality work, special-needs
 * support, safety and study environment, school-form specific issues) and a few more, each with the
 * development needs the pair can tick. Seeded as published version 1.
 */
import type { Tx } from '../../../platform/db/database.ts';
import { audit } from '../../audit/audit.ts';
import { insertTaxonomyIfNone } from './repository.ts';
import type { ObservationTheme } from './schema.ts';

export const DEMO_TAXONOMY: ObservationTheme[] = [
  {
    key: 'roller-och-ansvar',
    label: 'Roller och ansvarsfördelning',
    description: 'Hur ansvaret fördelas och förstås mellan nämnd eller styrelse, förvaltning, rektorer och förskolechefer.',
    needs: [
      { key: 'ansvar-tydliggora-fordelning', label: 'Tydliggöra ansvarsfördelningen mellan huvudmannens nivåer' },
      { key: 'ansvar-delegation', label: 'Se över delegationsordning och beslutsvägar' },
      { key: 'ansvar-huvudmannens-kannedom', label: 'Stärka huvudmannens kännedom om verksamheten' },
      { key: 'ansvar-styrelsens-kompetens', label: 'Öka nämndens eller styrelsens kunskap om skolans styrdokument' },
    ],
  },
  {
    key: 'uppfoljning-och-analys',
    label: 'Uppföljning och analys',
    description: 'Hur resultat och förutsättningar följs upp, analyseras och leder till beslut.',
    needs: [
      { key: 'analys-fran-sammanstallning-till-analys', label: 'Gå från sammanställning av resultat till analys av orsaker' },
      { key: 'analys-jamforelser', label: 'Använda jämförelser med liknande huvudmän och nationella värden' },
      { key: 'analys-insatsers-effekt', label: 'Följa upp om genomförda insatser gett effekt' },
      { key: 'analys-underlag-enhetsniva', label: 'Ta fram underlag på enhetsnivå, inte bara för hela huvudmannen' },
      { key: 'analys-till-beslut', label: 'Koppla analysen till beslut om prioriteringar och resurser' },
    ],
  },
  {
    key: 'kvalitetsarbetets-struktur',
    label: 'Struktur för det systematiska kvalitetsarbetet',
    description: 'Hur kvalitetsarbetet är organiserat över året och mellan huvudman och enheter.',
    needs: [
      { key: 'struktur-arshjul', label: 'Ett årshjul som binder samman huvudmannens och enheternas arbete' },
      { key: 'struktur-dokumentation', label: 'Dokumentation som används och inte tynger' },
      { key: 'struktur-prioritering', label: 'Prioritera färre utvecklingsområden åt gången' },
      { key: 'struktur-delaktighet', label: 'Göra personal, elever och vårdnadshavare delaktiga' },
      { key: 'struktur-kontinuitet', label: 'Säkra kontinuiteten när personer i nyckelroller byts ut' },
    ],
  },
  {
    key: 'extra-anpassningar-och-sarskilt-stod',
    label: 'Extra anpassningar och särskilt stöd',
    description: 'Hur barn och elever i behov av stöd upptäcks och får det stöd de behöver.',
    needs: [
      { key: 'stod-tidig-upptackt', label: 'Upptäcka behov av stöd tidigt' },
      { key: 'stod-elevhalsans-forebyggande-arbete', label: 'Elevhälsans förebyggande och hälsofrämjande arbete' },
      { key: 'stod-atgardsprogram', label: 'Utredningar och åtgärdsprogram av god kvalitet' },
      { key: 'stod-specialpedagogisk-kompetens', label: 'Tillgång till specialpedagogisk kompetens' },
      { key: 'stod-tillganglig-larmiljo', label: 'Tillgängliga lärmiljöer för alla barn och elever' },
    ],
  },
  {
    key: 'trygghet-och-studiero',
    label: 'Trygghet och studiero',
    description: 'Hur verksamheten arbetar för en trygg miljö och studiero.',
    needs: [
      { key: 'trygghet-krankande-behandling', label: 'Arbetet mot diskriminering och kränkande behandling' },
      { key: 'trygghet-gemensamt-forhallningssatt', label: 'Gemensamma ordningsregler och förhållningssätt' },
      { key: 'trygghet-narvaro', label: 'Främja närvaro och följa upp frånvaro' },
      { key: 'trygghet-elevinflytande', label: 'Barns och elevers delaktighet och inflytande' },
    ],
  },
  {
    key: 'skolformsspecifika-fragor',
    label: 'Skolformsspecifika frågor',
    description: 'Utvecklingsbehov som hör till en viss skolform eller till fritidshemmet.',
    needs: [
      { key: 'skolform-forskolans-undervisning', label: 'Förskolans undervisningsuppdrag' },
      { key: 'skolform-fritidshemmets-uppdrag', label: 'Fritidshemmets kompletterande uppdrag' },
      { key: 'skolform-overgangar', label: 'Övergångar mellan skolformer och stadier' },
      { key: 'skolform-anpassade-skolformer', label: 'Mottagande och utbildning i de anpassade skolformerna' },
      { key: 'skolform-vuxenutbildning', label: 'Individanpassning i vuxenutbildningen' },
    ],
  },
  {
    key: 'kompetensforsorjning',
    label: 'Kompetensförsörjning',
    description: 'Hur huvudmannen får, behåller och utvecklar den kompetens verksamheten behöver.',
    needs: [
      { key: 'kompetens-behoriga-larare', label: 'Andelen behöriga lärare och förskollärare' },
      { key: 'kompetens-behalla-personal', label: 'Rekrytera och behålla personal' },
      { key: 'kompetens-kollegialt-larande', label: 'Kollegialt lärande och kompetensutveckling' },
      { key: 'kompetens-rektors-forutsattningar', label: 'Rektorers förutsättningar att leda det pedagogiska arbetet' },
    ],
  },
  {
    key: 'resurser-och-likvardighet',
    label: 'Resursfördelning och likvärdighet',
    description: 'Hur resurser fördelas efter behov så att utbildningen blir likvärdig.',
    needs: [
      { key: 'resurser-efter-behov', label: 'Fördela resurser efter barns och elevers behov' },
      { key: 'resurser-kompensatoriskt-uppdrag', label: 'Utbildningens kompensatoriska uppdrag' },
      { key: 'resurser-skillnader-mellan-enheter', label: 'Skillnader i resultat och förutsättningar mellan enheter' },
    ],
  },
];

/** Inserts the demo taxonomy as published version 1, unless a taxonomy version exists already; answers its id when it did. */
export async function seedObservationTaxonomy(tx: Tx, publishedAt = new Date('2022-08-15T00:00:00Z')): Promise<string | undefined> {
  const row = await insertTaxonomyIfNone(tx, { versionNo: 1, status: 'published', themes: DEMO_TAXONOMY, publishedAt, createdAt: publishedAt });
  if (!row) return undefined;
  await audit(tx, { system: 'seed' }, {
    event: 'observation.taxonomy_published', entityType: 'observation_taxonomy', entityId: row.id,
    details: { versionNo: 1, themes: DEMO_TAXONOMY.length },
  });
  return row.id;
}
