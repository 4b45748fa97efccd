/**
 * Invented Swedish names for the demo: people, units, organisers and concerns. Common first names and
 * surnames are combined at random and units are named after plants, animals and places, so that no
 * record describes a real person or school.
 */
import type { Random } from './random.ts';

const FIRST_NAMES = [
  'Anna', 'Eva', 'Maria', 'Karin', 'Sara', 'Lena', 'Emma', 'Kristina', 'Elin', 'Johanna', 'Ida', 'Malin',
  'Sofia', 'Linnea', 'Hanna', 'Camilla', 'Helena', 'Jenny', 'Annika', 'Åsa', 'Ulrika', 'Therese', 'Frida',
  'Amina', 'Leila', 'Fatima', 'Erik', 'Lars', 'Karl', 'Anders', 'Johan', 'Per', 'Nils', 'Mikael', 'Jan',
  'Peter', 'Fredrik', 'Daniel', 'Magnus', 'Oskar', 'Henrik', 'Mattias', 'Stefan', 'Jonas', 'Andreas',
  'Martin', 'Björn', 'Olof', 'Gustav', 'Emil', 'Ahmed', 'Omar', 'Ali', 'Mehmet', 'Niklas', 'Tobias',
] as const;

const SURNAMES = [
  'Andersson', 'Johansson', 'Karlsson', 'Nilsson', 'Eriksson', 'Larsson', 'Olsson', 'Persson', 'Svensson',
  'Gustafsson', 'Pettersson', 'Jonsson', 'Jansson', 'Hansson', 'Bengtsson', 'Jönsson', 'Lindberg',
  'Jakobsson', 'Magnusson', 'Lindström', 'Olofsson', 'Lindqvist', 'Lindgren', 'Berg', 'Axelsson',
  'Bergström', 'Lundberg', 'Lind', 'Lundgren', 'Lundqvist', 'Mattsson', 'Berglund', 'Fredriksson',
  'Sandberg', 'Henriksson', 'Forsberg', 'Sjöberg', 'Wallin', 'Engström', 'Eklund', 'Danielsson', 'Lundin',
  'Håkansson', 'Björk', 'Bergman', 'Gunnarsson', 'Holm', 'Wikström', 'Samuelsson', 'Isaksson', 'Fransson',
  'Bergqvist', 'Nyström', 'Holmberg', 'Arvidsson', 'Löfgren', 'Söderberg', 'Nyberg', 'Blomqvist',
  'Claesson', 'Nordström', 'Mohammed', 'Hassan', 'Yilmaz', 'Abdi', 'Kaya', 'Nordin', 'Strand', 'Sundberg',
] as const;

/** Nouns in definite form; the genitive adds an s ("Solrosen" → "Solrosens förskola"). */
const PRESCHOOL_WORDS = [
  'Solrosen', 'Ekbacken', 'Björkhagen', 'Lärkan', 'Näktergalen', 'Tallbacken', 'Vitsippan', 'Blåklockan',
  'Ängen', 'Kastanjen', 'Lönnen', 'Linden', 'Hagen', 'Sjöstjärnan', 'Myran', 'Humlan', 'Ugglan', 'Räven',
  'Igelkotten', 'Snäckan', 'Regnbågen', 'Solstrålen', 'Stjärnan', 'Måsen', 'Tranan', 'Skogsbrynet',
  'Bäcken', 'Kullen', 'Vallmon', 'Prästkragen', 'Smultronet', 'Blåbäret', 'Lingonet', 'Gläntan', 'Stigen',
  'Bryggan', 'Fyren', 'Vågen', 'Ekorren', 'Nyckelpigan', 'Fjärilen', 'Trollsländan', 'Maskrosen',
  'Hasseln', 'Rönnen', 'Almen', 'Granen', 'Tallen', 'Svalan', 'Kotten', 'Mossen', 'Ekollonet', 'Lyktan',
  'Ankaret', 'Vindsnurran', 'Kompassen', 'Draken', 'Bullerbyn', 'Pärlan', 'Kvisten', 'Gräshoppan',
  'Koltrasten', 'Gungan', 'Sanden', 'Forsen', 'Holmen', 'Udden', 'Viken', 'Dalen', 'Åsen',
] as const;

/** First parts of compound school names ("Central" → "Centralskolan", "Centralgymnasiet"). */
const SCHOOL_STEMS = [
  'Central', 'Ekbacks', 'Björkhags', 'Tallbacks', 'Lind', 'Lönn', 'Ängs', 'Kull', 'Sjö', 'Skogs', 'Berg',
  'Dal', 'Hag', 'Vik', 'Strand', 'Norr', 'Söder', 'Väster', 'Öster', 'Kyrk', 'Bruks', 'Kvarn', 'Mo', 'Ås',
  'Torp', 'Ryd', 'Holm', 'Näs', 'Sunds', 'Backa', 'Park', 'Sol', 'Gran', 'Ekhags', 'Furu', 'Björk',
  'Hammar', 'Fors', 'Hed', 'Lunda', 'Vall', 'Stens', 'Kastanje', 'Rosen', 'Tegel', 'Sand', 'Äng', 'Mal',
  'Hög', 'Lill', 'Stor', 'Gärdes', 'Brunns', 'Kvarnbacks', 'Slotts', 'Klock', 'Åkers', 'Mölle', 'Ljung',
] as const;

/** Words for private brands and concerns. */
const BRAND_WORDS = [
  'Lärande', 'Kunskap', 'Framtid', 'Nova', 'Aurora', 'Polaris', 'Vega', 'Orion', 'Lyra', 'Atlas',
  'Tellus', 'Kompass', 'Bildning', 'Insikt', 'Spira', 'Växa', 'Gro', 'Lyktan', 'Fyren', 'Nyckeln', 'Bron',
  'Stegen', 'Ljuset', 'Horisont', 'Nordljus', 'Vidga', 'Klara', 'Sigill', 'Meridian', 'Linnéa', 'Kreativa',
  'Idéum', 'Pedagogia', 'Tanke', 'Ekosystem', 'Lärkträdet', 'Solkatt', 'Akvilon', 'Fröet', 'Rotfast',
] as const;

const PHONE_SUFFIX_MIN = 605;
const PHONE_SUFFIX_MAX = 699;

export const personName = (random: Random): string => `${random.pick(FIRST_NAMES)} ${random.pick(SURNAMES)}`;

/**
 * Mobile numbers in the series the Swedish Post and Telecom Authority (PTS) reserves for fiction,
 * 070-174 06 05 to 070-174 06 99, so that nobody real is called from the demo.
 */
export function fictionalPhone(random: Random): string {
  const suffix = String(random.int(PHONE_SUFFIX_MIN, PHONE_SUFFIX_MAX));
  return `070-174 0${suffix[0]} ${suffix.slice(1)}`;
}

const EDGE_SEPARATORS: Record<string, RegExp> = { '-': /^-+|-+$/g, '.': /^\.+|\.+$/g };

/** Lower-case ASCII for e-mail addresses and domains. */
export function slug(text: string, separator: '-' | '.' = '-'): string {
  return text
    .toLowerCase()
    .replace(/[åä]/g, 'a')
    .replace(/ö/g, 'o')
    .replace(/[éè]/g, 'e')
    .replace(/ü/g, 'u')
    .replace(/[^a-z0-9]+/g, separator)
    .replace(EDGE_SEPARATORS[separator] as RegExp, '');
}

/** An address at a reserved `.example` domain derived from the organiser's name. */
export function emailAddress(person: string, organiserName: string): string {
  const domain = slug(organiserName.replace(/ (AB|HB|ek\. för\.)$/, '')).slice(0, 40).replace(/-+$/, '');
  return `${slug(person, '.')}@${domain}.example`;
}

export const genitive = (word: string): string => (/[sxz]$/.test(word) ? word : `${word}s`);

export function preschoolName(random: Random): string {
  const word = random.pick(PRESCHOOL_WORDS);
  return random.chance(0.6) ? `${genitive(word)} förskola` : `Förskolan ${word}`;
}

export function schoolName(random: Random): string {
  return random.chance(0.7) ? `${random.pick(SCHOOL_STEMS)}skolan` : `${genitive(random.pick(PRESCHOOL_WORDS))} skola`;
}

export const gymnasiumName = (random: Random): string => `${random.pick(SCHOOL_STEMS)}gymnasiet`;

export const adultEducationName = (random: Random, place: string): string =>
  random.pick([`Vuxenutbildningen i ${place}`, `Lärcentrum ${place}`, `${place} vuxenutbildning`]);

export const brandWord = (random: Random): string => random.pick(BRAND_WORDS);

export const preschoolWord = (random: Random): string => random.pick(PRESCHOOL_WORDS);

export const schoolStem = (random: Random): string => random.pick(SCHOOL_STEMS);

const DISTRICT_ENDINGS = ['by', 'dal', 'vik', 'berga', 'torp', 'lund', 'hagen', 'näs', 'backen', 'sund'] as const;

/** An invented district ("Sjötorp", "Kyrkby") to tell apart units of the same name. */
export const districtName = (random: Random): string => {
  const stem = random.pick(SCHOOL_STEMS).replace(/s$/, '');
  return stem + random.pick(DISTRICT_ENDINGS);
};

/**
 * Gives every name out once: on a clash it tries new draws, then adds a qualifier, then a number.
 * Stockholm alone has hundreds of preschools, more than the word lists can name one by one.
 */
export function createNameBook(): { unique(draw: () => string, qualifier: () => string): string } {
  const taken = new Set<string>();
  return {
    unique(draw, qualifier) {
      let name = draw();
      for (let attempt = 0; attempt < 4 && taken.has(name); attempt++) name = draw();
      for (let attempt = 0; attempt < 4 && taken.has(name); attempt++) name = `${draw()}, ${qualifier()}`;
      const base = name;
      for (let n = 2; taken.has(name); n++) name = `${base} ${n}`;
      taken.add(name);
      return name;
    },
  };
}
