/** The analysis basis in a real browser: a representative opens their own, reads it by school form; axe finds nothing. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();

describe('analysis basis in the browser', () => {
  it('is reached from the organiser page and states its vintage, comparisons and gaps', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    await page.waitForURL(/\/huvudman\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Analysunderlag' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent(), { timeout: 60_000 }).toBe('Analysunderlag för Ekerö kommun');
    await expect.poll(() => page.getByText(/Dataunderlag: Demodata/).count(), { timeout: 30_000 }).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Grundskola', exact: true }).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: /^(Likvärdighet|Kvalitet|Utveckling och lärande) – / }).count()).toBeGreaterThan(2);
    await expect.poll(() => page.getByText(/Förskolan har inga nationella resultatmått/).count()).toBe(1);
    await expectAccessible(page, 'analysis basis');
    const download = page.waitForEvent('download');
    await page.getByRole('link', { name: 'Ladda ner som Excel (XLSX)' }).click();
    expect((await download).suggestedFilename()).toMatch(/^analysunderlag-\d{10}-\d{4}\.xlsx$/);
    await page.context().close();
  });
});
