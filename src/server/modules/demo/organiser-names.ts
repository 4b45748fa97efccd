/** Invented names for private organisers, shaped by legal form and by what they run. */
import type { OrganiserKind } from '../../../shared/organiser.ts';
import { brandWord, genitive, personName, preschoolWord, schoolStem } from './names.ts';
import type { PrivateProfile } from './private-plan.ts';
import type { Random } from './random.ts';

/** Legal-form endings written after the name, as in the trade register. */
const SUFFIX: Partial<Record<OrganiserKind, string>> = { aktiebolag: ' AB', ekonomisk_forening: ' ek. för.', ovrig: ' HB' };

export const legalSuffix = (kind: OrganiserKind): string => SUFFIX[kind] ?? '';

/** The name without its legal-form ending, so that clashes can be resolved before the ending. */
export function privateOrganiserBaseName(random: Random, kind: OrganiserKind, profile: PrivateProfile): string {
  const word = preschoolWord(random);
  const stem = schoolStem(random);
  const brand = brandWord(random);
  const preschool = profile === 'preschool';
  const upper = profile === 'upper' || profile === 'upper_adapted';
  switch (kind) {
    case 'ekonomisk_forening':
      return preschool
        ? random.pick([`Föräldrakooperativet ${word}`, `${genitive(word)} förskola`, `Personalkooperativet ${word}`])
        : random.pick([`Friskolan ${word}`, `${stem}skolans föräldrakooperativ`]);
    case 'aktiebolag':
      if (profile === 'chain') return random.pick([`${brand} Utbildning`, `${brand} Skolor`, `${compound(brand)}koncernens skolor`]);
      if (upper) return random.pick([`${brand} Gymnasium`, `${stem}gymnasiet`, `${compound(brand)}gymnasiet i Sverige`]);
      if (preschool) return random.pick([`Förskolan ${word}`, `${genitive(word)} förskola`, `${brand} Förskolor`]);
      return random.pick([`${stem}skolan`, `Friskolan ${word}`, `${brand} Skolor`]);
    case 'ideell_forening':
      if (preschool) return random.pick([`Föreningen ${genitive(word)} förskola`, `Föreningen Förskolan ${word}`]);
      if (upper) return `Föreningen ${stem}gymnasiet`;
      return random.pick([`Föreningen ${stem}skolan`, `Montessoriföreningen ${word}`, `Waldorfföreningen ${word}`]);
    case 'stiftelse':
      if (preschool) return `Stiftelsen ${genitive(word)} förskola`;
      if (upper) return `Stiftelsen ${compound(brand)}gymnasiet`;
      return random.pick([`Stiftelsen ${stem}skolan`, `Stiftelsen Friskolan ${word}`]);
    case 'trossamfund':
      return random.pick([`Församlingen ${word}`, `Frikyrkoförsamlingen ${word}`, `${stem}kyrkans församling`]);
    default: {
      const first = personName(random).split(' ')[1];
      const second = personName(random).split(' ')[1];
      return `${first} & ${second} ${preschool ? 'Förskoleverksamhet' : 'Pedagogik'}`;
    }
  }
}

/** Swedish compounds put an s after words like "Bildning" and "Kunskap" ("Bildningsgruppen"). */
const compound = (word: string): string => (/(ning|skap|het|tion)$/.test(word) ? `${word}s` : word);

export const CONCERN_PATTERNS = [
  (brand: string) => `${compound(brand)}gruppen`,
  (brand: string) => `${brand} Utbildning Sverige`,
  (brand: string) => `${brand} Förskolor Norden`,
  (brand: string) => `Koncernen ${brand}`,
] as const;

const REGION_WORDS = ['Syd', 'Nord', 'Väst', 'Öst', 'Mitt', 'Bergslagen', 'Norrland', 'Mälardalen', 'Skåne', 'Sydost'];

/** A concern member's name carries the concern's brand, as subsidiaries usually do. */
export function concernMemberBaseName(random: Random, brand: string, profile: PrivateProfile, place: string): string {
  const what = profile === 'preschool' ? 'Förskolor' : profile === 'upper' || profile === 'upper_adapted' ? 'Gymnasium' : 'Skolor';
  return random.chance(0.5) ? `${brand} ${what} ${random.pick(REGION_WORDS)}` : `${brand} ${what} ${place}`;
}
