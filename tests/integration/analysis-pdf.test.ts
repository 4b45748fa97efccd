/** The analysis basis as a PDF download: the organiser's own, never another organiser's. */
import { getDocumentProxy } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnalysisBasis } from '../../src/shared/api/analysis.ts';
import { as, createTestApp, signIn, type Session, type TestApp } from '../support/app.ts';

type PdfPage = Awaited<ReturnType<Awaited<ReturnType<typeof getDocumentProxy>>['getPage']>>;
type TextItem = Extract<Awaited<ReturnType<PdfPage['getTextContent']>>['items'][number], { str: string }>;

let t: TestApp;
let rep: Session;
let small: Session;

beforeAll(async () => {
  t = await createTestApp({ values: true });
  rep = await signIn(t.app, 'huvudman-kommun');
  small = await signIn(t.app, 'huvudman-forskola');
});
afterAll(async () => t?.close());

async function textOf(pdf: Buffer): Promise<{ pages: number; text: string }> {
  const document = await getDocumentProxy(new Uint8Array(pdf), { verbosity: 0 });
  const parts: string[] = [];
  for (let n = 1; n <= document.numPages; n++) {
    const items = (await (await document.getPage(n)).getTextContent()).items as TextItem[];
    parts.push(items.map((i) => i.str).join(' '));
  }
  const pages = document.numPages;
  await document.cleanup();
  return { pages, text: parts.join(' ').replace(/\s+/g, ' ') };
}

describe('analysis basis PDF', () => {
  it('gives an organiser representative their own analysis basis as a PDF', async () => {
    const basis = (await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis`, headers: as(rep) })).json() as AnalysisBasis;
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${rep.organiserId}/analysis-basis.pdf`, headers: as(rep) });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/pdf');
    expect(res.headers['content-disposition']).toBe(`attachment; filename="analysunderlag-${basis.organiser.orgNumber}-${basis.years.at(-1)}.pdf"`);
    const { pages, text } = await textOf(res.rawPayload);
    expect(text).toContain(basis.organiser.name);
    expect(text).toContain('Grundskola');
    expect(text).toContain(`Sida ${pages} av ${pages}`);
  });

  it('answers 404 for another organiser', async () => {
    const res = await t.app.inject({ method: 'GET', url: `/api/organisers/${small.organiserId}/analysis-basis.pdf`, headers: as(rep) });
    expect(res.statusCode).toBe(404);
    expect(res.headers['content-type']).not.toBe('application/pdf');
  });
});
