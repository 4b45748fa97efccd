/** Collecting import problems: every one in the file, in Swedish, each naming where it is. */
import type { ImportProblem } from '../../../../shared/api/registry.ts';

/** Beyond this a user cannot act on the list anyway; the rest are counted, not listed. */
export const MAX_PROBLEMS = 1000;

/** Where a value sits in the file, worded for the user. */
export interface Place {
  line: number | null;
  field: string | null;
  /** Starts a message: `Rad 12, kolumn "namn"`. */
  label: string;
  /** Points back to it from another message: `på rad 12`, `i fältet "data.attributes[1]"`. */
  ref: string;
}

const svNumber = new Intl.NumberFormat('sv-SE', { maximumFractionDigits: 1 });

/** Swedish number formatting (decimal comma, space between thousands). */
export const formatSv = (value: number): string => svNumber.format(value);

/**
 * Bytes as Swedish megabytes (MiB) with one decimal. A file size rounds up and a limit down, so that
 * a file just over a limit never reads as equal to it.
 */
export function megabytes(bytes: number, rounding: 'up' | 'down'): string {
  const tenths = (bytes / 2 ** 20) * 10;
  return `${formatSv((rounding === 'up' ? Math.ceil(tenths) : Math.floor(tenths)) / 10)} MB`;
}

export class ProblemLog {
  readonly #items: ImportProblem[] = [];
  #omitted = 0;

  /** `reason` is lower-case and without a final full stop; the log adds the place and the stop. */
  add(place: Place | null, reason: string): void {
    if (this.#items.length >= MAX_PROBLEMS) {
      this.#omitted++;
      return;
    }
    const message = place ? `${place.label}: ${reason}.` : `${reason.charAt(0).toUpperCase()}${reason.slice(1)}.`;
    this.#items.push({ line: place?.line ?? null, field: place?.field ?? null, message });
  }

  get count(): number {
    return this.#items.length + this.#omitted;
  }

  /** `byLine` puts a single table's problems in reading order (whole-file ones first; the sort is stable). */
  list(byLine = false): ImportProblem[] {
    const items = byLine ? this.#items.toSorted((a, b) => (a.line ?? 0) - (b.line ?? 0)) : [...this.#items];
    if (this.#omitted === 0) return items;
    const more = `Ytterligare ${formatSv(this.#omitted)} problem visas inte; rätta dem ovan och läs in filen igen.`;
    return [...items, { line: null, field: null, message: more }];
  }
}

/** Places in a CSV file or an XLSX sheet (line = row number as the user sees it, header = 1). */
export function tablePlace(sheet: string | null, line: number, column: string | null): Place {
  const row = sheet === null ? `Rad ${line}` : `Blad "${sheet}", rad ${line}`;
  return {
    line,
    field: column,
    label: column === null ? row : `${row}, kolumn "${column}"`,
    ref: sheet === null ? `på rad ${line}` : `på rad ${line} i bladet "${sheet}"`,
  };
}

/** Places in a JSON document: a path such as `[3].data.attributes.municipalityCode`. */
export function jsonPlace(path: string): Place {
  const shown = path === '' ? '(hela dokumentet)' : path;
  return { line: null, field: shown, label: `Fältet "${shown}"`, ref: `i fältet "${shown}"` };
}

/** A whole XLSX sheet. */
export function sheetPlace(sheet: string): Place {
  return { line: null, field: null, label: `Blad "${sheet}"`, ref: `i bladet "${sheet}"` };
}
