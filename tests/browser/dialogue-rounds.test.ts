/**
 * Planning a round in a real browser: the coordinator creates a cycle and a round, adds an organiser
 * with a pair and opens the round (the last steps by keyboard only); the inspectorate liaison
 * registers a planned inspection, and the coordinator sees it among the holds. Axe on every page.
 * Dates lie in 2099 so that nothing depends on today.
 */
import type { Locator, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const ORGANISER = 'Ekerö kommun';

/** Presses Tab until the element has focus: proof that the keyboard reaches it. */
async function tabTo(page: Page, target: Locator, max = 120): Promise<void> {
  for (let i = 0; i < max; i++) {
    if (await target.evaluate((el) => el === document.activeElement)) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`Tab never reached ${String(target)}`);
}

describe('rounds and holds in the browser', () => {
  it('lets the coordinator create a round, add an organiser with a pair and open the round', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Maria Ekholm');
    await page.getByRole('link', { name: 'Omgångar' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Cykler och omgångar');
    await expectAccessible(page, 'cycles and rounds');

    await page.getByRole('button', { name: 'Skapa cykel' }).click();
    await expect.poll(() => page.getByText('Fyll i fältet.').count()).toBeGreaterThan(0);
    await page.getByLabel('Namn på cykeln').fill('Testcykel 2099–2100');
    await page.getByLabel('Första dag', { exact: true }).fill('2099-01-01');
    await page.getByLabel('Sista dag', { exact: true }).fill('2100-12-31');
    await page.getByRole('button', { name: 'Skapa cykel' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Omgångar i Testcykel 2099–2100' }).count()).toBe(1);

    await page.getByLabel('Namn på omgången').fill('Omgång 1, våren 2099');
    await page.getByLabel('Inbjudningsdag').fill('2099-04-10');
    await page.getByLabel('Sista dag för svar').fill('2099-03-23');
    await page.getByRole('button', { name: 'Skapa omgång' }).click();
    await expect.poll(() => page.getByText('Inbjudningsdagen (10 april 2099) är långfredagen, en helgdag. Välj en vardag.').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'round form with errors');
    await page.getByLabel('Inbjudningsdag').fill('2099-03-02');
    await page.getByRole('button', { name: 'Skapa omgång' }).click();
    await page.waitForURL(/\/dialoger\/omgangar\/[0-9a-f-]{36}$/);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Omgång 1, våren 2099');
    await expect.poll(() => page.getByRole('table', { name: 'Huvudmän som kan bjudas in i omgången' }).count(), { timeout: 20_000 }).toBe(1);
    await expectAccessible(page, 'planned round');

    await page.getByRole('search', { name: 'Sök huvudman' }).getByRole('searchbox').fill(ORGANISER);
    await page.getByRole('search', { name: 'Sök huvudman' }).getByRole('button').click();
    const choose = page.getByRole('checkbox', { name: `Välj ${ORGANISER}` });
    await expect.poll(() => choose.count()).toBe(1);
    await tabTo(page, choose);
    await page.keyboard.press('Space');
    await page.getByLabel('Dialogutförare från Skolverket').selectOption({ label: 'Karin Lindqvist (Göteborg)' });
    await page.getByLabel('Dialogutförare från SPSM').selectOption({ label: 'Johan Bergström (Göteborg)' });
    await tabTo(page, page.getByRole('button', { name: 'Lägg till valda huvudmän' }));
    await page.keyboard.press('Enter');
    const cases = page.getByRole('table', { name: 'Omgångens dialoger' });
    await expect.poll(() => cases.getByRole('row', { name: new RegExp(`${ORGANISER}.*Planerad`) }).count()).toBe(1);
    expect(await cases.getByRole('link', { name: ORGANISER }).getAttribute('href')).toMatch(/^\/dialoger\/[0-9a-f-]{36}$/);
    await expectAccessible(page, 'round with a planned dialogue');

    const open = page.getByRole('button', { name: 'Öppna omgången och skicka inbjudningar' });
    await page.getByRole('heading', { level: 1 }).focus();
    await tabTo(page, open);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByText('Omgången är öppnad. 1 inbjudan ligger i utkorgen.').count()).toBe(1);
    await expect.poll(() => cases.getByRole('row', { name: new RegExp(`${ORGANISER}.*Inbjuden`) }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Åtgärder');
    const excluded = page.getByRole('table', { name: 'Huvudmän som inte kan bjudas in, med skäl' });
    await expect.poll(() => excluded.getByText(/^Erbjuden en dialog den .+ \(Omgång 1, våren 2099\)\.$/).count()).toBe(1);
    await expectAccessible(page, 'open round');
    await page.context().close();
  });

  it('lets the inspectorate liaison register a planned inspection, which the coordinator then sees', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Per Sandberg');
    const found = await (await page.request.get(`${suite.base}/api/organisers?q=${encodeURIComponent(ORGANISER)}`)).json() as { items: { name: string; orgNumber: string }[] };
    const orgNumber = found.items.find((o) => o.name === ORGANISER)!.orgNumber;
    await page.getByRole('link', { name: 'Uppehåll' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Uppehåll');
    await expectAccessible(page, 'holds for the inspectorate');

    await page.getByLabel('Huvudmannens organisationsnummer').fill('212000-0142');
    await page.getByLabel('Planerad dag för tillsyn eller granskning').fill('2099-04-01');
    await page.getByRole('button', { name: 'Registrera uppehåll' }).click();
    await expect.poll(() => page.getByText('Det finns ingen huvudman med organisationsnumret 212000-0142.').count()).toBeGreaterThan(0);

    await page.getByLabel('Huvudmannens organisationsnummer').fill(`${orgNumber.slice(0, 6)}-${orgNumber.slice(6)}`);
    await page.getByLabel('Referens (frivillig)').fill('SI-2099-42');
    await page.getByRole('button', { name: 'Registrera uppehåll' }).click();
    await expect.poll(() => page.getByText(`Uppehållet för ${ORGANISER} är registrerat till och med 1 okt. 2099.`).count()).toBe(1);
    const holds = page.getByRole('table', { name: 'Uppehåll' });
    await expect.poll(() => holds.getByRole('row', { name: new RegExp(`${ORGANISER}.*Planerad tillsyn.*SI-2099-42`) }).count()).toBe(1);
    await expectAccessible(page, 'holds with a registered inspection');
    await page.context().close();

    const coordinator = await newPage(suite.env);
    await signInAs(coordinator, suite.base, 'Maria Ekholm');
    await coordinator.getByRole('link', { name: 'Uppehåll' }).click();
    await expect.poll(() => coordinator.getByRole('row', { name: new RegExp(`${ORGANISER}.*Skolinspektionen`) }).count()).toBe(1);
    await expect.poll(() => coordinator.getByRole('heading', { name: 'Krockar med planerade inbjudningar och möten' }).count()).toBe(1);
    await expectAccessible(coordinator, 'holds for the coordinator');
    await coordinator.context().close();
  });
});
