/** Reads a JSON file, naming the line of a syntax error (as the registry import does). */
import { decodeText } from '../../registry/import/decode.ts';
import { jsonErrorLine } from '../../registry/import/json-error.ts';
import { tablePlace, type ProblemLog } from '../../registry/import/problems.ts';

export const isObj = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** The parsed document, or undefined after logging why it cannot be read. */
export function readJson(bytes: Uint8Array, log: ProblemLog): unknown {
  const { text } = decodeText(bytes);
  if (text.trim() === '') {
    log.add(null, 'filen är tom');
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const line = jsonErrorLine(text, error);
    log.add(line === null ? null : tablePlace(null, line, null),
      line === null ? 'filen är inte giltig JSON' : 'filen är inte giltig JSON; felet finns här eller strax före');
    return undefined;
  }
}
