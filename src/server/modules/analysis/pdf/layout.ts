/**
 * The page frame of the analysis basis PDF: A4 with pdfkit's built-in Helvetica, text styles,
 * headings that never stand alone at the bottom of a page, and "Sida X av Y" on every page.
 */
import PDFDocument from 'pdfkit';
import { installFastMetrics } from './fast-metrics.ts';
import { winAnsi } from './format.ts';

export type Doc = PDFKit.PDFDocument;

export const PAGE = { width: 595.28, height: 841.89 };
export const MARGIN = { top: 56, bottom: 64, left: 56, right: 56 };
export const CONTENT_WIDTH = PAGE.width - MARGIN.left - MARGIN.right;

export const COLOR = {
  text: '#1a1a1a',
  muted: '#555555',
  rule: '#c8ccd0',
  grid: '#e3e6e9',
  organiser: '#1f5f99',
  national: '#b35900',
  expected: '#d5dbe1',
  headerFill: '#eef1f4',
};

export interface TextStyle { font: string; size: number; lineGap: number; color: string; before: number; after: number }

export const STYLE = {
  title: { font: 'Helvetica-Bold', size: 24, lineGap: 2, color: COLOR.text, before: 0, after: 6 },
  h1: { font: 'Helvetica-Bold', size: 18, lineGap: 2, color: COLOR.text, before: 0, after: 6 },
  h2: { font: 'Helvetica-Bold', size: 12, lineGap: 1.5, color: COLOR.text, before: 14, after: 4 },
  h3: { font: 'Helvetica-Bold', size: 10, lineGap: 1, color: COLOR.text, before: 10, after: 4 },
  body: { font: 'Helvetica', size: 9.5, lineGap: 1.5, color: COLOR.text, before: 0, after: 4 },
  small: { font: 'Helvetica', size: 8.5, lineGap: 1, color: COLOR.text, before: 0, after: 0 },
  strong: { font: 'Helvetica-Bold', size: 9, lineGap: 1, color: COLOR.text, before: 0, after: 1 },
  note: { font: 'Helvetica', size: 7.5, lineGap: 0.5, color: COLOR.muted, before: 0, after: 0 },
} satisfies Record<string, TextStyle>;

export function createDocument(title: string, subject: string): Doc {
  const doc = new PDFDocument({
    size: 'A4',
    layout: 'portrait',
    margins: MARGIN,
    bufferPages: true,
    lang: 'sv-SE',
    displayTitle: true,
    info: { Title: title, Author: 'Kvalitetsnav', Subject: subject, Creator: 'Kvalitetsnav' },
  });
  installFastMetrics((doc as unknown as { _font: object })._font);
  return doc;
}

export const pageBottom = (doc: Doc): number => doc.page.height - doc.page.margins.bottom;

/** Starts a new page unless `height` points still fit below the current position. */
export function ensureSpace(doc: Doc, height: number): void {
  if (doc.y + height > pageBottom(doc)) doc.addPage();
}

/**
 * The text colour last set on a page. pdfkit writes a colour operator on every call, and text is
 * the bulk of a document, so it is set only when it changes. Graphics change colours only inside
 * `shape`, whose graphics state ends with it.
 */
const textColor = new WeakMap<Doc, { page: PDFKit.PDFPage; color: string }>();

function use(doc: Doc, style: TextStyle): void {
  doc.font(style.font).fontSize(style.size);
  const current = textColor.get(doc);
  if (current?.page === doc.page && current.color === style.color) return;
  doc.fillColor(style.color);
  textColor.set(doc, { page: doc.page, color: style.color });
}

/**
 * Draws graphics in their own graphics state: colours, line widths and dashes end with it, and the
 * text colour is again what it was before.
 */
export function shape(doc: Doc, draw: (doc: Doc) => void): void {
  const before = textColor.get(doc);
  doc.save();
  draw(doc);
  doc.restore();
  if (before) textColor.set(doc, before);
  else textColor.delete(doc);
}

/**
 * Text that fits on one line is written without pdfkit's line wrapper (which finds break points
 * with a Unicode line breaker, the costliest part of a build); measuring and writing decide the
 * same way, so a measured block always matches what is written.
 */
function fitsOnOneLine(doc: Doc, text: string, width: number): boolean {
  return !text.includes('\n') && doc.widthOfString(text) <= width;
}

/** The height `text` takes in `style` over `width`, including the space after it. */
export function measure(doc: Doc, style: TextStyle, text: string, width = CONTENT_WIDTH): number {
  doc.font(style.font).fontSize(style.size);
  const safe = winAnsi(text);
  const height = fitsOnOneLine(doc, safe, width) ? doc.currentLineHeight(true) + style.lineGap : doc.heightOfString(safe, { width, lineGap: style.lineGap });
  return height + style.after;
}

/** Wrapped text at the left margin (or at `x` over `width`), moving the position below it. */
export function write(doc: Doc, style: TextStyle, text: string, at: { x?: number; y?: number; width?: number } = {}): void {
  use(doc, style);
  const safe = winAnsi(text);
  const x = at.x ?? MARGIN.left;
  const y = at.y ?? doc.y;
  const width = at.width ?? CONTENT_WIDTH;
  if (fitsOnOneLine(doc, safe, width)) {
    doc.text(safe, x, y, { lineBreak: false });
    doc.x = x;
    doc.y = y + doc.currentLineHeight(true) + style.lineGap;
  } else {
    doc.text(safe, x, y, { width, lineGap: style.lineGap });
  }
  doc.y += style.after;
}

/** One short line that is never wrapped, e.g. a chart label; `align` anchors it at `x`. */
export function label(doc: Doc, style: TextStyle, text: string, x: number, y: number, align: 'left' | 'center' | 'right' = 'left'): void {
  use(doc, style);
  const safe = winAnsi(text);
  const left = align === 'left' ? x : x - doc.widthOfString(safe) / (align === 'center' ? 2 : 1);
  doc.text(safe, left, y, { lineBreak: false });
}

/**
 * A heading kept together with what follows it: `following` is the height of the first block
 * under it, so that the heading moves to the next page with that block.
 */
export function heading(doc: Doc, style: TextStyle, text: string, following = 0): void {
  const height = style.before + measure(doc, style, text);
  ensureSpace(doc, height + following);
  if (doc.y > doc.page.margins.top) doc.y += style.before;
  write(doc, style, text);
}

/** A bulleted list item. */
export function bullet(doc: Doc, style: TextStyle, text: string): void {
  ensureSpace(doc, measure(doc, style, text, CONTENT_WIDTH - 12));
  const y = doc.y;
  label(doc, style, '•', MARGIN.left + 2, y);
  write(doc, style, text, { x: MARGIN.left + 12, y, width: CONTENT_WIDTH - 12 });
}

export function rule(doc: Doc, y = doc.y): void {
  shape(doc, (d) => d.lineWidth(0.5).strokeColor(COLOR.rule).moveTo(MARGIN.left, y).lineTo(PAGE.width - MARGIN.right, y).stroke());
}

/** "Sida X av Y" and the document's name in the footer of every buffered page. */
export function footers(doc: Doc, name: string): void {
  const { start, count } = doc.bufferedPageRange();
  for (let i = start; i < start + count; i++) {
    doc.switchToPage(i);
    const bottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0; // writing inside the margin must not open a new page
    const y = PAGE.height - 40;
    label(doc, STYLE.note, name, MARGIN.left, y);
    label(doc, STYLE.note, `Sida ${i + 1} av ${count}`, PAGE.width - MARGIN.right, y, 'right');
    doc.page.margins.bottom = bottom;
  }
}

export function toBuffer(doc: Doc): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
    doc.end();
  });
}
