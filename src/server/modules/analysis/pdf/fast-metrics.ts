/**
 * Faster text metrics for pdfkit's built-in (AFM) fonts. pdfkit measures every string glyph by glyph
 * through glyph names and looks up each kerning pair by concatenating names: with thousands of short
 * strings per document that was more than half of the build time. This replaces `widthOfString`
 * and `encode` of pdfkit's standard-font class with lookups in typed arrays built once per font from
 * pdfkit's own tables, so the results are the same to the last digit (fast-metrics.test.ts checks
 * this for every WinAnsi character and pair). Strings with a character outside WinAnsi take pdfkit's
 * own path.
 */

interface Position { xAdvance: number; yAdvance: number; xOffset: number; yOffset: number; advanceWidth: number }

interface AfmFont {
  characterToGlyph(code: number): string;
  encodeText(text: string): string[];
  widthOfGlyph(glyph: string): number;
  getKernPair(left: string, right: string | undefined): number;
}

interface StandardFont {
  name: string;
  font: AfmFont;
  widthOfString(text: string, size: number, features?: unknown): number;
  encode(text: string, features?: unknown): [string[], Position[]];
}

interface Metrics { widths: Float64Array; kerns: Float64Array }

const CODE_UNITS = 0x10000;
/** Code unit → dense glyph slot, -1 when WinAnsi has no glyph for it. */
let slots: Int16Array | null = null;
/** Slot → the hex code pdfkit writes for it. */
const hexes: string[] = [];
const glyphs: string[] = [];
const metricsByFont = new Map<string, Metrics>();

function buildSlots(afm: AfmFont): Int16Array {
  const table = new Int16Array(CODE_UNITS).fill(-1);
  for (let code = 0; code < CODE_UNITS; code++) {
    const glyph = afm.characterToGlyph(code);
    if (code > 0xff && glyph === '.notdef') continue;
    table[code] = glyphs.length;
    glyphs.push(glyph);
    hexes.push(afm.encodeText(String.fromCharCode(code))[0]!);
  }
  return table;
}

function metricsOf(font: StandardFont): Metrics {
  let metrics = metricsByFont.get(font.name);
  if (metrics) return metrics;
  const afm = font.font;
  slots ??= buildSlots(afm);
  const n = glyphs.length;
  const widths = new Float64Array(n);
  const kerns = new Float64Array(n * (n + 1)); // the extra column is "no glyph follows"
  for (let l = 0; l < n; l++) {
    widths[l] = afm.widthOfGlyph(glyphs[l]!);
    for (let r = 0; r < n; r++) kerns[l * (n + 1) + r] = afm.getKernPair(glyphs[l]!, glyphs[r]!);
    kerns[l * (n + 1) + n] = afm.getKernPair(glyphs[l]!, undefined);
  }
  metrics = { widths, kerns };
  metricsByFont.set(font.name, metrics);
  return metrics;
}

/** The glyph slots of `text`, or null when a character is outside the table. */
function slotsOf(text: string): number[] | null {
  const table = slots!;
  const result = new Array<number>(text.length);
  for (let i = 0; i < text.length; i++) {
    const slot = table[text.charCodeAt(i)]!;
    if (slot < 0) return null;
    result[i] = slot;
  }
  return result;
}

const PATCHED = Symbol('kvalitetsnav.fastMetrics');

/** Installs the faster metrics on the class of `font` (pdfkit's StandardFont), once per process. */
export function installFastMetrics(font: object): void {
  const proto = Object.getPrototypeOf(font) as StandardFont & { [PATCHED]?: boolean };
  if (proto[PATCHED] || !('font' in font) || typeof proto.encode !== 'function' || typeof proto.widthOfString !== 'function') return;
  const originalWidth = proto.widthOfString;
  const originalEncode = proto.encode;

  proto.widthOfString = function widthOfString(this: StandardFont, text: string, size: number, features?: unknown): number {
    const { widths, kerns } = metricsOf(this);
    const codes = slotsOf(`${text}`);
    if (!codes) return originalWidth.call(this, text, size, features);
    const stride = widths.length + 1;
    let width = 0;
    for (let i = 0; i < codes.length; i++) {
      const left = codes[i]!;
      width += widths[left]! + kerns[left * stride + (codes[i + 1] ?? widths.length)]!;
    }
    return width * (size / 1000);
  };

  proto.encode = function encode(this: StandardFont, text: string, features?: unknown): [string[], Position[]] {
    const { widths, kerns } = metricsOf(this);
    const codes = slotsOf(`${text}`);
    if (!codes) return originalEncode.call(this, text, features);
    const stride = widths.length + 1;
    const encoded = new Array<string>(codes.length);
    const positions = new Array<Position>(codes.length);
    for (let i = 0; i < codes.length; i++) {
      const left = codes[i]!;
      const advanceWidth = widths[left]!;
      encoded[i] = hexes[left]!;
      positions[i] = { xAdvance: advanceWidth + kerns[left * stride + (codes[i + 1] ?? widths.length)]!, yAdvance: 0, xOffset: 0, yOffset: 0, advanceWidth };
    }
    return [encoded, positions];
  };
  proto[PATCHED] = true;
}
