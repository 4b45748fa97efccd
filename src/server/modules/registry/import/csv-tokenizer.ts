/**
 * A small RFC 4180 reader. Own code rather than csv-parse because the import must report every
 * broken record with the line it starts on and then carry on with the next line, which csv-parse's
 * error recovery does not do reliably (one stray quote swallows the rest of the file).
 */
export type Separator = ';' | ',';

export type CsvRecord =
  | { line: number; fields: string[] }
  | { line: number; error: string };

/** The separator of the header line: whichever of `;` and `,` occurs more often outside quotes. */
export function detectSeparator(text: string): Separator {
  let semicolons = 0;
  let commas = 0;
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && ch === ';') semicolons++;
    else if (!quoted && ch === ',') commas++;
  }
  return commas > semicolons ? ',' : ';';
}

const isBlank = (ch: string | undefined): boolean => ch === ' ' || ch === '\t';

/** Records with the line each starts on; blank lines are skipped, broken records become errors. */
export function tokenizeCsv(text: string, separator: Separator): CsvRecord[] {
  const records: CsvRecord[] = [];
  let pos = 0;
  let line = 1;

  /** Moves to the start of the next physical line. */
  const skipLine = (): void => {
    while (pos < text.length && text[pos] !== '\n' && text[pos] !== '\r') pos++;
    if (text[pos] === '\r' && text[pos + 1] === '\n') pos++;
    if (pos < text.length) line++;
    pos++;
  };

  while (pos < text.length) {
    const start = line;
    const startPos = pos;
    const fields: string[] = [];
    let error: string | null = null;
    let atRecordEnd = false;
    while (!atRecordEnd && error === null) {
      let value = '';
      let p = pos;
      while (isBlank(text[p])) p++;
      if (text[p] === '"') {
        p++;
        let closed = false;
        while (p < text.length) {
          const ch = text[p]!;
          if (ch === '"' && text[p + 1] === '"') { value += '"'; p += 2; continue; }
          if (ch === '"') { closed = true; p++; break; }
          if (ch === '\n' || (ch === '\r' && text[p + 1] !== '\n')) line++;
          value += ch;
          p++;
        }
        if (!closed) {
          error = 'citattecknet som börjar ett fält på raden avslutas aldrig';
          break;
        }
        while (isBlank(text[p])) p++;
        const next = text[p];
        if (next !== undefined && next !== separator && next !== '\n' && next !== '\r') {
          error = `efter ett avslutande citattecken väntades "${separator}" eller radslut men där står ${JSON.stringify(next)}`;
          break;
        }
        pos = p;
      } else {
        while (pos < text.length && text[pos] !== separator && text[pos] !== '\n' && text[pos] !== '\r') {
          value += text[pos];
          pos++;
        }
      }
      fields.push(value);
      if (text[pos] === separator) pos++;
      else atRecordEnd = true;
    }
    if (error !== null) {
      // Resynchronise at the line after the one the broken record started on.
      pos = startPos;
      line = start;
      skipLine();
      records.push({ line: start, error });
      continue;
    }
    const blank = fields.length === 1 && fields[0]!.trim() === '';
    if (!blank) records.push({ line: start, fields });
    if (pos < text.length) skipLine();
  }
  return records;
}
