/**
 * The leader's week in a real browser: Karin opens "Min vecka" from the menu, moves a week forward,
 * another, and back again with the keyboard only (Enter on the week links, focus staying on the link
 * used), the week is in the address so the browser's back button works, and axe finds nothing. The
 * demo's meetings depend on the day the test runs, so it asserts the frame, not the contents.
 */
import { describe, expect, it } from 'vitest';
import { isoWeekOf, shiftWeek, weekNumber } from '../../src/shared/api/dialogue-week.ts';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const thisWeek = isoWeekOf(new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Stockholm' }).format(new Date()));

describe('the leader\'s week in the browser', () => {
  it('opens the current week and moves between weeks by keyboard', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Karin Lindqvist');
    const menuLink = page.getByRole('link', { name: 'Min vecka' });
    await menuLink.waitFor();
    await menuLink.focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/min-vecka$/, { waitUntil: 'commit' });
    const weekHeading = page.getByRole('heading', { level: 2, name: /^Vecka \d+/ });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(thisWeek)}\\b`));
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Min vecka');
    // Seven days as headed sections, today marked; the lists of what is due are there, in words when empty.
    await expect.poll(() => page.getByRole('heading', { level: 3, name: /^(Måndag|Tisdag|Onsdag|Torsdag|Fredag|Lördag|Söndag) / }).count()).toBe(7);
    expect(await page.locator('h3[aria-current="date"]').count()).toBe(1);
    for (const name of ['Att göra', 'Minnesanteckningar som väntar på huvudmannens godkännande', 'Svar på inbjudan som har dröjt', 'Att förbereda de närmaste 14 dagarna']) {
      expect(await page.getByRole('heading', { name, exact: true }).count(), name).toBe(1);
    }
    await expectAccessible(page, 'the leader\'s week');

    const next = shiftWeek(thisWeek, 1);
    const nav = page.getByRole('navigation', { name: 'Byt vecka' });
    await nav.getByRole('link', { name: /^Nästa vecka/ }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`vecka=${next}$`), { waitUntil: 'commit' });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(next)}\\b`));
    await expect.poll(() => page.getByRole('status').first().textContent()).toMatch(new RegExp(`^Visar vecka ${weekNumber(next)}, `));
    // Focus stays on the link, so Enter again goes one more week ahead.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^Nästa vecka/);
    await page.keyboard.press('Enter');
    const twoAhead = shiftWeek(thisWeek, 2);
    await page.waitForURL(new RegExp(`vecka=${twoAhead}$`), { waitUntil: 'commit' });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(twoAhead)}\\b`));
    expect(await page.locator('h3[aria-current="date"]').count()).toBe(0);

    // Shift+Tab twice reaches "Föregående vecka" (past "Denna vecka").
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/^← Föregående vecka/);
    await page.keyboard.press('Enter');
    await page.waitForURL(new RegExp(`vecka=${next}$`), { waitUntil: 'commit' });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(next)}\\b`));
    await expectAccessible(page, 'another week');

    await page.goBack();
    await page.waitForURL(new RegExp(`vecka=${twoAhead}$`), { waitUntil: 'commit' });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(twoAhead)}\\b`));
    await nav.getByRole('link', { name: 'Denna vecka' }).focus();
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/min-vecka$/, { waitUntil: 'commit' });
    await expect.poll(() => weekHeading.textContent()).toMatch(new RegExp(`^Vecka ${weekNumber(thisWeek)}\\b`));
    await page.context().close();
  });

  it('explains a week that does not exist and offers the current one', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Johan Bergström');
    await page.goto(`${suite.base}/min-vecka?vecka=2026-W99`);
    await expect.poll(() => page.getByText(/Ange veckan som år och veckonummer/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'a week that does not exist');
    await page.getByRole('link', { name: 'Gå till denna vecka' }).click();
    await page.waitForURL(/\/min-vecka$/, { waitUntil: 'commit' });
    await expect.poll(() => page.getByRole('heading', { level: 2, name: /^Vecka \d+/ }).count()).toBe(1);
    await page.context().close();
  });

  it('is not offered to an analyst', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Sara Wikström');
    expect(await page.getByRole('link', { name: 'Min vecka' }).count()).toBe(0);
    await page.goto(`${suite.base}/min-vecka`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ingen behörighet');
    await page.context().close();
  });
});
