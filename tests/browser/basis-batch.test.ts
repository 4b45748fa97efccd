/**
 * Building analysis bases in a real browser: a coordinator chooses a county, confirms the count, follows
 * the progress bar to the end; the documents are then listed on an organiser's analysis basis page.
 * axe finds nothing on either page.
 */
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();

describe('building analysis bases in the browser', () => {
  it('starts a run for a county, shows its progress and lists the stored documents', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Maria Ekholm');
    await page.getByRole('link', { name: 'Bygg analysunderlag' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bygg analysunderlag');

    await expect.poll(() => page.getByLabel('Län').locator('option').count(), { timeout: 30_000 }).toBeGreaterThan(20);
    await page.getByLabel('Län').selectOption({ label: 'Gotlands län' });
    await page.getByRole('button', { name: 'Bygg analysunderlag …' }).click();
    const confirm = page.getByText(/^Bygga analysunderlag \(Excel och PDF\) för \d+ huvudmän\?$/);
    await expect.poll(() => confirm.count()).toBe(1);
    const total = Number((await confirm.textContent())!.match(/för (\d+) huvudmän/)![1]);
    expect(total).toBeGreaterThan(0);
    await expectAccessible(page, 'batch page with the confirmation');

    await page.getByRole('button', { name: 'Starta' }).click();
    const progress = page.getByRole('progressbar', { name: /^Klart: \d+ av \d+ huvudmän$/ });
    // The first run after a start waits for the value cube to load (seconds).
    await expect.poll(() => progress.count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => progress.getAttribute('max')).toBe(String(total));
    await expect.poll(() => page.getByText('Körningen är klar.').count(), { timeout: 90_000 }).toBe(1);
    expect(await progress.getAttribute('value')).toBe(String(total));
    await expect.poll(() => page.getByRole('table', { name: 'De senaste körningarna, nyast först' }).getByRole('row').count()).toBe(2);
    await expectAccessible(page, 'batch page after the run');

    const organiser = await page.evaluate(async () => {
      const res = await fetch('/api/organisers?county=09&kind=kommun');
      return ((await res.json()) as { items: { id: string }[] }).items[0]!.id;
    });
    await page.goto(`${suite.base}/huvudman/${organiser}/analysunderlag`);
    const table = page.getByRole('table', { name: 'Sparade analysunderlag, nyast först' });
    await expect.poll(() => table.getByRole('row').count(), { timeout: 60_000 }).toBe(3);
    await expectAccessible(page, 'analysis basis with stored documents');
    const download = page.waitForEvent('download');
    await table.getByRole('link', { name: /^Ladda ner PDF från / }).click();
    expect((await download).suggestedFilename()).toMatch(/^analysunderlag-\d{10}-\d{4}-\d{2}-\d{2}\.pdf$/);
    await page.context().close();
  });
});
