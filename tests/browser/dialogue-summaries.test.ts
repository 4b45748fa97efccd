/**
 * "Vad dialogerna visar" in a real browser: the analyst reaches it from the menu, chooses a year and
 * a breakdown by keyboard (kept in the address), and reads the demo's observation forms and survey
 * answers in Swedish number format; axe reports no WCAG 2.1 A/AA violations. An organiser
 * representative is refused the page.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const NBSP = '\u00a0';

describe('what the dialogues show, in the browser', () => {
  it('gives the analyst the themes noted and the survey answers of a year, also by size', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Sara Wikström');
    await page.getByRole('link', { name: 'Vad dialogerna visar' }).click();
    await page.waitForURL(/\/dialoger\/sammanstallning$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vad dialogerna visar');
    await expect.poll(() => page.getByRole('table', { name: /observationsformulären 2026/ }).count(), { timeout: 15_000 }).toBe(1);

    // The year by keyboard: focus the select and choose 2025.
    await page.getByRole('combobox', { name: 'År' }).focus();
    await page.keyboard.press('ArrowDown');
    await page.getByRole('combobox', { name: 'År' }).selectOption('2025');
    await page.waitForURL(/ar=2025/);
    const themes = page.getByRole('table', { name: /observationsformulären 2025/ });
    await expect.poll(() => themes.count()).toBe(1);
    expect(await themes.getByRole('columnheader').nth(1).textContent()).toBe('Alla huvudmän (666 formulär)');
    const analysis = themes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Uppföljning och analys', exact: true }) });
    expect(await analysis.getByRole('cell').first().textContent()).toBe(`418 (62,8${NBSP}%)`);

    const survey = page.getByRole('table', { name: /enkäten efter kvalitetsdialogen 2025/ });
    const answers = survey.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Antal svar' }) });
    expect(await answers.getByRole('cell').first().textContent()).toBe('350');
    await expectAccessible(page, 'dialogue summaries');

    await page.getByRole('combobox', { name: 'Indelning' }).selectOption('sizeClass');
    await page.waitForURL(/indelning=sizeClass/);
    await expect.poll(() => survey.getByRole('columnheader').allTextContents()).toEqual(['Påstående', 'Små', 'Mellanstora', 'Stora']);
    expect(await answers.getByRole('cell').allTextContents()).toEqual(['176', '114', '60']);
    // A share of those agreeing, with the mean in brackets, Swedish style.
    const adapted = survey.getByRole('row').filter({ has: page.getByRole('rowheader', { name: /utgick från vår verksamhets förutsättningar/ }) });
    for (const text of await adapted.getByRole('cell').allTextContents()) expect(text).toMatch(new RegExp(`^\\d{1,3},\\d${NBSP}% \\(\\d,\\d\\)$`));

    // The choice survives a reload: it lives in the address.
    await page.reload();
    await expect.poll(() => page.getByRole('combobox', { name: 'Indelning' }).inputValue()).toBe('sizeClass');
    expect(await page.getByRole('combobox', { name: 'År' }).inputValue()).toBe('2025');
    await page.screenshot({ path: join(tmpdir(), 'kn-dialogue-summaries.png') });
    await page.context().close();
  });

  it('is refused to an organiser representative', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    expect(await page.getByRole('link', { name: 'Vad dialogerna visar' }).count()).toBe(0);
    await page.goto(`${suite.base}/dialoger/sammanstallning`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ingen behörighet');
    expect(await page.getByRole('table').count()).toBe(0);
    await page.context().close();
  });
});
