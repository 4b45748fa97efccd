/** The import of indicator values in a real browser: a bad file lists its problems, a clean one is imported; axe finds nothing. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();

describe('value import in the browser', () => {
  it('checks a file, shows every problem, then imports a clean one', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Eva Björk');
    const found = await (await page.request.get(`${suite.base}/api/organisers?q=Eker%C3%B6`)).json() as { items: { orgNumber: string; name: string }[] };
    const ekero = found.items.find((o) => o.name === 'Ekerö kommun')!.orgNumber.replace('-', '');
    await page.getByRole('link', { name: 'Importera värden' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Importera indikatorvärden');
    await expectAccessible(page, 'value import page');

    const header = 'organisationsnummer;skolform;matt;ar;varde;n\n';
    await page.getByLabel('Fil med värden').setInputFiles({
      name: 'varden.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`${header}${ekero};grundskola;ind.gr.meritvarde;2025;231,5;48\n${ekero};förskola;ind.gr.meritvarde;2025;140;12\n9999999999;grundskola;ind.gr.meritvarde;2025;200;30\n`),
    });
    await page.getByRole('button', { name: 'Kontrollera fil' }).click();
    const problems = page.getByRole('table', { name: 'Problem i filen' });
    await expect.poll(() => problems.count()).toBe(1);
    const text = await problems.textContent();
    expect(text).toMatch(/9999999999/);
    expect(text).toMatch(/förskola/i);
    await expectAccessible(page, 'value import problems');

    await page.getByLabel('Fil med värden').setInputFiles({
      name: 'varden.csv', mimeType: 'text/csv', buffer: Buffer.from(`${header}${ekero};grundskola;ind.gr.meritvarde;2025;231,5;48\n`),
    });
    await page.getByRole('button', { name: 'Kontrollera fil' }).click();
    await expect.poll(() => page.getByText('Filen är godkänd.', { exact: false }).count()).toBe(1);
    await page.getByRole('button', { name: 'Importera', exact: true }).click();
    await expect.poll(() => page.getByText('Importen är klar.', { exact: false }).count(), { timeout: 20_000 }).toBe(1);
    await expectAccessible(page, 'value import done');
    await page.context().close();
  });
});
