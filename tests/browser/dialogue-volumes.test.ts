/**
 * "Dialoger i siffror" in a real browser: the analyst reaches it from the menu and reads the demo
 * history's published yearly figures (STK 2026:5 Table 1) in Swedish number format, small groups
 * shown as "–" with the reason for screen readers; axe reports no WCAG 2.1 A/AA violations. An
 * organiser representative is refused the page.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const NBSP = '\u00a0';

describe('dialogue volumes in the browser', () => {
  it('shows the analyst the invited organisers and on-site dialogues per year', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Sara Wikström');
    await page.getByRole('link', { name: 'Dialoger i siffror' }).click();
    await page.waitForURL(/\/dialoger\/siffror$/);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Dialoger i siffror');
    const overview = page.getByRole('table', { name: 'Inbjudna huvudmän och hållna dialoger på plats per år' });
    await expect.poll(() => overview.count(), { timeout: 15_000 }).toBe(1);

    const cells = async (row: string) => overview.getByRole('row').filter({ has: page.getByRole('rowheader', { name: row, exact: true }) })
      .getByRole('cell').allTextContents();
    const published = { 2022: ['217', '166'], 2023: ['572', '440'], 2024: ['787', '608'], 2025: ['899', '704'] };
    for (const [year, [invited, physical]] of Object.entries(published)) {
      const row = await cells(year);
      expect(row.slice(0, 2), year).toEqual([invited, physical]);
    }
    const together = await cells('2022–2025 sammantaget');
    expect(together.slice(0, 2)).toEqual([`2${NBSP}475`, `1${NBSP}918`]);
    // 16 % of the invited declined or never answered (Swedish: decimal comma, space before %).
    expect(together[3]).toBe(`396 (16,0${NBSP}%)`);
    await expectAccessible(page, 'dialogue volumes');

    const groups = page.getByRole('table', { name: /per huvudmannagrupp/ });
    const otherPublic2022 = groups.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /Övriga offentliga/ }) }).getByRole('cell').first();
    expect(await otherPublic2022.textContent()).toBe('–visas inte, färre än 5 huvudmän');
    expect(await page.getByText(/– betyder att uppgiften bygger på färre än 5 huvudmän/).count()).toBe(1);

    // Keyboard users can scroll the wide tables: each is a focusable region named by its caption.
    await page.getByRole('region', { name: /per huvudmannagrupp/ }).focus();
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-label'))).toMatch(/per huvudmannagrupp/);
    await page.screenshot({ path: join(tmpdir(), 'kn-dialogue-volumes.png'), fullPage: true });
    await page.context().close();
  });

  it('is refused to an organiser representative', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    expect(await page.getByRole('link', { name: 'Dialoger i siffror' }).count()).toBe(0);
    await page.goto(`${suite.base}/dialoger/siffror`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ingen behörighet');
    expect(await page.getByRole('table').count()).toBe(0);
    await expectAccessible(page, 'volumes refused');
    await page.context().close();
  });
});
