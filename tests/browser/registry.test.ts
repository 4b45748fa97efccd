/**
 * The registry in a real browser: sign in, search organisers, open one, run an import dry run with a
 * bad file and see its errors; axe reports no WCAG 2.1 A/AA violations on those pages; keyboard works.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();


describe('registry in the browser', () => {
  it('signs in, searches organisers and opens one', async () => {
    const page = await newPage(suite.env);
    await page.goto(`${suite.base}/logga-in`);
    await expect.poll(() => page.getByRole('button', { name: /Logga in som/ }).count()).toBeGreaterThan(5);
    await expectAccessible(page, 'sign-in page');

    await signInAs(page, suite.base, 'Karin Lindqvist');
    await page.waitForURL(/\/huvudman/);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/Visar 1–25 av 2\s790/);
    await expectAccessible(page, 'organiser list');

    await page.getByRole('searchbox', { name: 'Sök huvudman' }).fill('Ekerö');
    await page.getByRole('button', { name: 'Sök', exact: true }).click();
    await page.getByRole('link', { name: 'Ekerö kommun' }).click();
    await page.waitForURL(/\/huvudman\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ekerö kommun');
    await expect.poll(() => page.getByRole('table', { name: 'Nuvarande kontaktpersoner' }).count()).toBe(1);
    await expectAccessible(page, 'organiser page');
    await page.context().close();
  });

  it('filters and sorts the organiser list through the URL', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Maria Ekholm');
    await page.goto(`${suite.base}/huvudman?kind=kommun&sort=-children`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/av 290\b/);
    const firstRow = page.getByRole('row').nth(1);
    await expect.poll(() => firstRow.textContent()).toMatch(/Stockholms? kommun/);
    // The filter panel opens by itself when the URL already holds filters.
    await page.getByLabel('Län').selectOption({ label: 'Norrbottens län' });
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(/av 14\b/);
    expect(page.url()).toMatch(/county=25/);
    await expectAccessible(page, 'filtered organiser list');
    await page.goto(`${suite.base}/skolenheter`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/Skolenheter/);
    await expectAccessible(page, 'unit list');
    await page.context().close();
  });

  it('shows every problem of a bad import file in a dry run', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Eva Björk');
    await page.goto(`${suite.base}/import`);
    await expectAccessible(page, 'import page');
    await page.getByLabel('Registerfil').setInputFiles({
      name: 'huvudman.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from('organisationsnummer;namn;huvudmannatyp;kommunkod\n5565661816;Fel AB;aktiebolag;0180\n5565661815;Okänd kommun AB;aktiebolag;9999\n'),
    });
    await page.getByRole('button', { name: 'Kontrollera fil' }).click();
    const problems = page.getByRole('table', { name: 'Problem i filen' });
    await expect.poll(() => problems.count()).toBe(1);
    const text = await problems.textContent();
    expect(text).toMatch(/kontrollsiffra/i);
    expect(text).toMatch(/9999/);
    await expectAccessible(page, 'import page with problems');
    await page.context().close();
  });

  it('lets an administrator move a municipality to another office area', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Eva Björk');
    await page.goto(`${suite.base}/kommuner`);
    await expect.poll(() => page.getByRole('table', { name: 'Kommuner och deras kontor' }).count()).toBe(1);
    await expectAccessible(page, 'municipalities page');
    await page.getByLabel('Kommun', { exact: true }).selectOption({ label: 'Gotlands kommun' });
    await page.getByLabel('Kontor', { exact: true }).selectOption('malmo');
    await page.getByRole('button', { name: 'Spara kontor' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'hör nu till kontoret i Malmö' }).count()).toBe(1);
    const row = page.getByRole('row').filter({ hasText: 'Gotlands kommun' });
    await expect.poll(() => row.textContent()).toMatch(/Malmö.*Ändrat för hand/);
    await expectAccessible(page, 'municipalities page after a change');
    await page.context().close();
  });

  it('gives an analyst aggregates only', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Sara Wikström');
    await page.waitForURL(/\/statistik/);
    await expect.poll(() => page.getByRole('table', { name: /storleksklass/i }).count()).toBe(1);
    await expectAccessible(page, 'statistics');
    await page.goto(`${suite.base}/huvudman`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/behörighet/i);
    await page.context().close();
  });

  it('keeps a representative to their own organiser, also on a phone', async () => {
    const page = await newPage(suite.env, { width: 390, height: 844 });
    await signInAs(page, suite.base, 'Lena Holmgren');
    await page.waitForURL(/\/huvudman\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ekerö kommun');
    await expectAccessible(page, 'own organiser page on a phone');
    await page.goto(`${suite.base}/huvudman/00000000-0000-4000-8000-000000000000`);
    await expect.poll(() => page.getByText(/finns inte/).count()).toBeGreaterThan(0);
    await page.context().close();
  });

  it('works by keyboard alone', async () => {
    const page = await newPage(suite.env);
    await page.goto(`${suite.base}/logga-in`);
    await expect.poll(() => page.getByRole('button', { name: /Logga in som/ }).count()).toBeGreaterThan(5);
    await page.keyboard.press('Tab');
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toMatch(/Hoppa till huvudinnehållet/);
    await page.keyboard.press('Enter');
    // Tab to the persona of the coordinator and choose it.
    let found = false;
    for (let i = 0; i < 40 && !found; i++) {
      await page.keyboard.press('Tab');
      const label = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? document.activeElement?.textContent ?? '');
      found = /Maria Ekholm/.test(label);
    }
    expect(found).toBe(true);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/huvudman/);
    await page.getByRole('searchbox', { name: 'Sök huvudman' }).focus();
    await page.keyboard.type('Kiruna');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('link', { name: 'Kiruna kommun' }).count()).toBe(1);
    await page.getByRole('link', { name: 'Kiruna kommun' }).focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Kiruna kommun');
    await page.context().close();
  });
});
