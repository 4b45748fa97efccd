/** The quality system catalogue in a real browser: browse by school form, the steward's draft, change requests; axe on each state. */
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();


describe('catalogue in the browser', () => {
  it('lets anyone browse the goals by school form, with data gaps stated', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    await page.goto(`${suite.base}/kvalitetssystemet?skolform=forskola`);
    await expect.poll(() => page.getByRole('heading', { name: 'Nationella målsättningar och delmål' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { name: 'Likvärdighet' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'catalogue, förskola');
    await page.getByLabel('Skolform').selectOption('grundskola');
    await expect.poll(() => page.getByRole('list', { name: 'Indikatorer' }).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'catalogue, grundskola');
    await page.context().close();
  });

  it('lets the steward create, edit and publish a draft and record a change request', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Erik Lundgren');
    await page.goto(`${suite.base}/kvalitetssystemet`);
    await page.getByLabel('Namn på utkastet').fill('Revidering 2026');
    await page.getByRole('button', { name: 'Skapa utkast från senaste versionen' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Ändra ett element i utkastet' }).count()).toBe(1);
    await expectAccessible(page, 'catalogue draft');

    const element = page.getByLabel('Element', { exact: true }).first();
    const firstKey = await element.locator('option').nth(1).getAttribute('value');
    await element.selectOption(firstKey!);
    await page.getByLabel('Text', { exact: true }).fill('Varje barn och elev ges en likvärdig utbildning av hög kvalitet.');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Utkastet är sparat' }).count()).toBe(1);
    await page.getByRole('button', { name: 'Publicera utkastet' }).click();
    await expect.poll(() => page.getByRole('status').filter({ hasText: 'Revidering 2026 är publicerad' }).count()).toBe(1);

    const requests = page.getByRole('region', { name: 'Ändringsförslag' }).or(page.locator('section[aria-labelledby="requests-heading"]'));
    await requests.getByLabel('Element', { exact: true }).selectOption(firstKey!);
    await requests.getByLabel('Förslag', { exact: true }).fill('Referensgruppen vill förtydliga målet för små huvudmän.');
    await requests.getByRole('button', { name: 'Registrera ändringsförslag' }).click();
    await expect.poll(() => page.getByRole('table', { name: /Ändringsförslag för versionen/ }).count()).toBe(1);
    await expectAccessible(page, 'catalogue with change requests');
    await page.context().close();
  });
});
