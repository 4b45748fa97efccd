/**
 * Where a JSON text first goes wrong. V8's JSON.parse names the position for some errors only
 * ("Unexpected token '}', … is not valid JSON" has none), so this scanner walks the grammar itself,
 * without building values, and is used only after JSON.parse has failed.
 */
class Stop {
  readonly at: number;
  constructor(at: number) {
    this.at = at;
  }
}

export function jsonErrorOffset(text: string): number | null {
  let i = 0;
  const ws = (): void => {
    while (i < text.length && ' \t\n\r'.includes(text[i]!)) i++;
  };
  const literal = (word: string): void => {
    for (const ch of word) {
      if (text[i] !== ch) throw new Stop(i);
      i++;
    }
  };
  const string = (): void => {
    i++;
    while (i < text.length && text[i] !== '"') {
      const ch = text[i]!;
      if (ch < ' ') throw new Stop(i);
      if (ch === '\\') {
        i++;
        if (text[i] === 'u') {
          if (!/^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) throw new Stop(i);
          i += 4;
        } else if (!'"\\/bfnrt'.includes(text[i] ?? 'x')) throw new Stop(i);
      }
      i++;
    }
    if (i >= text.length) throw new Stop(i);
    i++;
  };
  const number = (): void => {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (!match) throw new Stop(i);
    i += match[0].length;
  };
  const value = (): void => {
    ws();
    const ch = text[i];
    if (ch === '{') return container('}', true);
    if (ch === '[') return container(']', false);
    if (ch === '"') return string();
    if (ch === 't') return literal('true');
    if (ch === 'f') return literal('false');
    if (ch === 'n') return literal('null');
    number();
  };
  const container = (close: string, keyed: boolean): void => {
    i++;
    ws();
    if (text[i] === close) { i++; return; }
    for (;;) {
      if (keyed) {
        ws();
        if (text[i] !== '"') throw new Stop(i);
        string();
        ws();
        if (text[i] !== ':') throw new Stop(i);
        i++;
      }
      value();
      ws();
      if (text[i] === ',') { i++; continue; }
      if (text[i] === close) { i++; return; }
      throw new Stop(i);
    }
  };
  try {
    value();
    ws();
    return i < text.length ? i : null;
  } catch (error) {
    // A RangeError means nesting too deep to follow; there is then no position to give.
    return error instanceof Stop ? error.at : null;
  }
}

/** The line of a JSON syntax error: from V8's message ("… (line 3 column 1)", "at position 9") when it has one, else from our own scan. */
export function jsonErrorLine(text: string, error: unknown): number | null {
  const message = error instanceof Error ? error.message : '';
  const line = /\(line (\d+) column \d+\)/.exec(message);
  if (line) return Number(line[1]);
  const position = /at position (\d+)/.exec(message);
  const offset = position ? Number(position[1]) : jsonErrorOffset(text);
  return offset === null ? null : text.slice(0, offset).split('\n').length;
}
