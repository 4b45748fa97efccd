/** Single values every reader reads the same way: markers, years, numbers. */
import { VALUE_MARKERS, type ValueMarker } from '../../../../shared/api/value-import.ts';
import { parseDecimal } from '../../registry/import/fields.ts';

export { parseDecimal, shown } from '../../registry/import/fields.ts';

export const markerChoices = VALUE_MARKERS.map((m) => `"${m}"`).join(', ');

export const parseMarker = (raw: string): ValueMarker | null =>
  (VALUE_MARKERS as readonly string[]).includes(raw.trim()) ? (raw.trim() as ValueMarker) : null;

/**
 * The autumn year of a school year: `2024` or `2024/25` (as the statistics database labels it).
 * Undefined when the text is neither, or when the two halves of a school year do not follow.
 */
export function parseYear(raw: string): number | undefined {
  const match = /^(\d{4})(?:\s*[/-]\s*(\d{2}|\d{4}))?$/.exec(raw.trim());
  if (!match) return undefined;
  const year = Number(match[1]);
  const next = match[2];
  if (next !== undefined && Number(next) % 100 !== (year + 1) % 100) return undefined;
  return year;
}

/** A decimal number (comma or point) or a number already; undefined when it is neither. */
export function toNumber(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) ? raw : undefined;
  if (typeof raw === 'string') return parseDecimal(raw);
  return undefined;
}
