/**
 * A self-assessment in a real browser: the representative starts it and invites two colleagues; the
 * colleagues answer through their links on a phone-sized screen (one of them in two tabs at once),
 * the answers survive a reload, the representative shares the summary and a leader sees it in the
 * analysis basis. Axe on every page; an expired or broken link gets a clear page.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import type { OutboxMessage } from '../../src/shared/api/messaging.ts';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const PHONE = { width: 390, height: 844 };

async function linksFromOutbox(): Promise<Map<string, string>> {
  const admin = await newPage(suite.env);
  await signInAs(admin, suite.base, 'Eva Björk');
  await admin.getByRole('link', { name: 'Utkorg' }).click();
  await expect.poll(() => admin.getByRole('table', { name: 'Meddelanden, senaste först' }).count()).toBe(1);
  await expectAccessible(admin, 'outbox');
  const res = await admin.request.get(`${suite.base}/api/outbox`);
  const { items } = (await res.json()) as { items: OutboxMessage[] };
  await admin.context().close();
  return new Map(items.map((m) => [m.toAddress, /(\/svara#[\w.-]+)/.exec(m.bodyText)![1]!]));
}

const statement = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

describe('self-assessment in the browser', () => {
  let detailUrl = '';

  it('is started and colleagues are invited by the representative', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    await page.waitForURL(/\/huvudman\/[0-9a-f-]{36}$/);
    await page.getByRole('link', { name: 'Självskattningar' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Självskattningar för Ekerö kommun');
    await expectAccessible(page, 'self-assessment list');
    await page.getByRole('button', { name: 'Starta självskattning' }).click();
    await expect.poll(() => page.getByText('Ange en rubrik.').count()).toBe(1);
    await page.getByLabel('Rubrik').fill('Inför kvalitetsdialogen 2026');
    await page.getByRole('button', { name: 'Starta självskattning' }).click();
    await page.waitForURL(/\/sjalvskattning\/[0-9a-f-]{36}$/);
    detailUrl = page.url();

    for (const [name, email, position] of [['Anna Berg', 'anna.berg@ekero.se', 'Rektor'], ['Bo Ek', 'bo.ek@ekero.se', 'Förvaltningschef']]) {
      await page.getByLabel('Namn', { exact: true }).fill(name!);
      await page.getByLabel('E-postadress').fill(email!);
      await page.getByLabel('Företräder').fill(position!);
      await page.getByRole('button', { name: 'Skicka inbjudan' }).click();
      await expect.poll(() => page.getByText(`Inbjudan till ${name} ligger i utkorgen.`).count()).toBe(1);
    }
    await expect.poll(() => page.getByRole('row', { name: /Bo Ek/ }).count()).toBe(1);
    await expectAccessible(page, 'self-assessment with respondents');
    await page.context().close();
  });

  it('is answered on a phone, saved as it goes and resumed after a reload', async () => {
    const links = await linksFromOutbox();
    const page = await newPage(suite.env, PHONE);
    await page.goto(`${suite.base}${links.get('anna.berg@ekero.se')}`);
    await expect.poll(() => page.getByText('Du svarar som Anna Berg (Rektor).', { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'respondent form on a phone');
    // Keyboard only: the first statement's scale is reached by Tab and changed with the arrow keys.
    await statement(page, 1).getByRole('radio', { name: '3 – Stämmer delvis' }).focus();
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => statement(page, 1).getByText(/^Sparat/).count()).toBe(1);
    await statement(page, 2).getByRole('radio', { name: 'Vet ej' }).check();
    await statement(page, 3).getByRole('radio', { name: '5 – Stämmer helt' }).check();
    await statement(page, 3).getByLabel('Kommentar (frivillig)').fill('Vi har en tydlig årsplan.');
    await statement(page, 3).getByLabel('Kommentar (frivillig)').blur();
    await expect.poll(() => page.getByText('3 av 33 besvarade').count()).toBeGreaterThan(0);
    await expect.poll(() => statement(page, 3).getByText(/^Sparat/).count()).toBe(1);

    await page.reload();
    await expect.poll(() => statement(page, 1).getByRole('radio', { name: '4 – Stämmer ganska bra' }).isChecked()).toBe(true);
    expect(await statement(page, 2).getByRole('radio', { name: 'Vet ej' }).isChecked()).toBe(true);
    expect(await statement(page, 3).getByLabel('Kommentar (frivillig)').inputValue()).toBe('Vi har en tydlig årsplan.');
    await page.context().close();
  });

  it('keeps both answers when the same statement is answered in two tabs, letting the respondent choose', async () => {
    const links = await linksFromOutbox();
    const context = await suite.env.browser.newContext({ viewport: PHONE, locale: 'sv-SE' });
    const [tabA, tabB] = [await context.newPage(), await context.newPage()];
    for (const tab of [tabA, tabB]) {
      await tab.goto(`${suite.base}${links.get('bo.ek@ekero.se')}`);
      await expect.poll(() => statement(tab, 1).count()).toBe(1);
    }
    await statement(tabA, 1).getByRole('radio', { name: '5 – Stämmer helt' }).check();
    await expect.poll(() => statement(tabA, 1).getByText(/^Sparat/).count()).toBe(1);
    await statement(tabB, 1).getByRole('radio', { name: '2 – Stämmer dåligt' }).check();
    await expect.poll(() => statement(tabB, 1).getByRole('alert').textContent()).toMatch(/5 – Stämmer helt/);
    await expectAccessible(tabB, 'answer conflict');
    await statement(tabB, 1).getByRole('button', { name: 'Behåll mitt svar' }).click();
    await expect.poll(() => statement(tabB, 1).getByText(/^Sparat/).count()).toBe(1);
    await statement(tabB, 2).getByRole('radio', { name: '4 – Stämmer ganska bra' }).check();
    await expect.poll(() => statement(tabB, 2).getByText(/^Sparat/).count()).toBe(1);
    await tabA.reload();
    await expect.poll(() => statement(tabA, 1).getByRole('radio', { name: '2 – Stämmer dåligt' }).isChecked()).toBe(true);
    await context.close();
  });

  it('shows a clear page for a broken or expired link', async () => {
    const page = await newPage(suite.env, PHONE);
    await page.goto(`${suite.base}/svara#inte.en.riktig-lank`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');
    await expectAccessible(page, 'broken link');
    await page.route('**/api/respond', (route) => route.fulfill({
      status: 410, contentType: 'application/json',
      body: JSON.stringify({ error: { code: 'link_expired', message: 'Länken har slutat gälla. Be den som bjöd in dig att skicka en ny länk.' } }),
    }));
    await page.goto(`${suite.base}/svara#gammal.lank.token`);
    await page.reload();
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Länken har slutat gälla');
    await expect.poll(() => page.getByText(/Svar som du redan har lämnat finns kvar/).count()).toBe(1);
    await page.context().close();
  });

  it('shows the spread to the representative, who shares it into the analysis basis a leader then sees', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Lena Holmgren');
    await page.goto(detailUrl);
    await expect.poll(() => page.getByText(/2 personer har svarat/).count()).toBe(1);
    await expect.poll(() => page.getByRole('table', { name: /^Spridning för / }).count()).toBeGreaterThan(4);
    await expectAccessible(page, 'self-assessment summary');
    await page.getByRole('button', { name: 'Ta med i analysunderlaget' }).click();
    await expect.poll(() => page.getByRole('button', { name: 'Ta bort ur analysunderlaget' }).count()).toBe(1);
    await page.context().close();

    const leader = await newPage(suite.env);
    await signInAs(leader, suite.base, 'Karin Lindqvist');
    const organiserPath = new URL(detailUrl).pathname;
    expect(organiserPath).toMatch(/^\/sjalvskattning\//);
    await leader.goto(detailUrl);
    await expect.poll(() => leader.getByRole('heading', { level: 1 }).textContent()).toBe('Inför kvalitetsdialogen 2026');
    expect(await leader.getByText('anna.berg@ekero.se').count()).toBe(0);
    await leader.getByRole('link', { name: 'Självskattningar' }).click();
    await leader.waitForURL(/\/huvudman\/[0-9a-f-]{36}\/sjalvskattning$/);
    const organiserId = /\/huvudman\/([0-9a-f-]{36})\//.exec(leader.url())![1];
    await leader.goto(`${suite.base}/huvudman/${organiserId}/analysunderlag`);
    await expect.poll(() => leader.getByRole('heading', { level: 2, name: 'Självskattning' }).count(), { timeout: 60_000 }).toBe(1);
    await expect.poll(() => leader.getByText(/Inför kvalitetsdialogen 2026/).count()).toBeGreaterThan(0);
    await expectAccessible(leader, 'analysis basis with the self-assessment');
    await leader.context().close();
  });
});
