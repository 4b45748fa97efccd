/**
 * The observation taxonomy and the feedback survey in a real browser: the steward edits a draft of the
 * next taxonomy version (with the error summary for an empty label) and publishes it; a respondent at
 * the organiser answers the survey through the e-mailed link on a phone-sized screen, twice through
 * the same link; a broken link gets a clear page. Axe on every page.
 *
 * The dialogue must be past its feedback meeting, which takes meetings held on days gone by; so the
 * data directory is prepared here (demo data, the taxonomy and one such dialogue) before the server
 * starts on it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'drizzle-orm';
import { chromium, request as playwrightRequest, type APIRequestContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, type RunningServer } from '../../bench/server.ts';
import { loadConfig } from '../../src/server/platform/config.ts';
import { openDatabase } from '../../src/server/platform/db/open.ts';
import { seedDemo } from '../../src/server/modules/demo/seed.ts';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import { CHROMIUM_ARGS, expectAccessible, newPage, signInAs, type BrowserEnv } from './support.ts';

const PHONE = { width: 390, height: 844 };
let env: BrowserEnv;
let dataDir: string;
let dialogueId: string;

/** Demo data without the measure values, the taxonomy, and a dialogue with Ekerö kommun whose feedback meeting is held. */
async function prepareDataDir(dir: string): Promise<string> {
  const config = loadConfig({ NODE_ENV: 'test', DATA_DIR: dir });
  const db = await openDatabase({ kind: 'pglite', dataDir: dir });
  try {
    await seedDemo(db, { seed: config.DEMO_SEED, values: false, dialogues: false });
    return await db.transaction(async (tx) => {
      await seedObservationTaxonomy(tx);
      const result = await tx.execute(sql`insert into dialogues (state, office_code, leader_skolverket_id, leader_spsm_id)
        select 'feedback_held', 'solna', (select id from users where subject = 'demo:ledare-skolverket'), (select id from users where subject = 'demo:ledare-spsm')
        returning id`);
      const id = (result as unknown as { rows: { id: string }[] }).rows[0]!.id;
      await tx.execute(sql`insert into dialogue_organisers (dialogue_id, organiser_id, is_primary)
        select ${id}, organiser_id, true from users where subject = 'demo:huvudman-kommun'`);
      return id;
    });
  } finally {
    await db.close();
  }
}

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'kn-feedback-'));
  dialogueId = await prepareDataDir(dataDir);
  const server: RunningServer = await startServer({ DATA_DIR: dataDir, SIGNIN_RATE_LIMIT: '1000' }, 4500 + (process.pid % 200));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  env = { server, browser, close: async () => { await browser.close(); await server.stop(); } };
});
afterAll(async () => {
  await env?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

/** An API client signed in as a persona (cookies kept, CSRF token on writes). */
async function apiAs(persona: string): Promise<{ api: APIRequestContext; csrf: string }> {
  const api = await playwrightRequest.newContext({ baseURL: env.server.url });
  const res = await api.post('/api/auth/dev-login', { data: { persona } });
  expect(res.status()).toBe(200);
  return { api, csrf: ((await res.json()) as { csrfToken: string }).csrfToken };
}

const statement = (page: Page, n: number) => page.getByRole('group', { name: new RegExp(`^${n}\\. `) });

describe('the observation taxonomy in the browser', () => {
  it('is edited in a draft and published by the steward', async () => {
    const page = await newPage(env);
    await signInAs(page, env.server.url, 'Erik Lundgren');
    await page.getByRole('link', { name: 'Observationsteman' }).click();
    await expect.poll(() => page.getByRole('table', { name: 'Versioner av observationstemana' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Version 1' }).count()).toBe(1);
    await expectAccessible(page, 'taxonomy versions');

    await page.getByRole('button', { name: 'Skapa utkast till nästa version' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Redigera utkastet (version 2)' }).count()).toBe(1);
    await expectAccessible(page, 'taxonomy draft editor');
    const first = page.getByRole('group', { name: /^Tema 1: / });
    await first.getByLabel('Benämning', { exact: true }).fill('Roller, ansvar och styrning');
    await first.getByRole('button', { name: /^Ta bort utvecklingsbehovet Se över delegationsordning/ }).click();

    await page.getByRole('button', { name: 'Lägg till tema' }).click();
    // Focus moves to the new theme's label: typed straight in.
    await page.keyboard.type('Digitalisering');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    const summary = page.getByRole('link', { name: 'Tema 9, utvecklingsbehov 1: ange en benämning.' });
    await expect.poll(() => summary.count()).toBe(1);
    await expectAccessible(page, 'taxonomy draft with an error summary');
    await summary.click();
    await page.keyboard.type('En strategi för digitala verktyg');
    await page.getByRole('button', { name: 'Spara utkastet' }).click();
    await expect.poll(() => page.getByText('Utkastet är sparat.').count()).toBe(1);
    expect(await page.getByRole('group', { name: 'Tema 9: Digitalisering' }).getByText('Nyckel: digitalisering', { exact: true }).count()).toBe(1);

    await page.getByRole('button', { name: 'Publicera versionen' }).click();
    await expect.poll(() => page.getByText('Version 2 är publicerad.').count()).toBe(1);
    await expect.poll(() => page.getByRole('heading', { level: 3, name: 'Roller, ansvar och styrning' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /^2 Publicerad 9 / }).count()).toBe(1);
    await expectAccessible(page, 'taxonomy after publishing');
    await page.context().close();
  });
});

describe('the feedback survey in the browser', () => {
  let link = '';

  beforeAll(async () => {
    const leader = await apiAs('ledare-skolverket');
    const sent = await leader.api.post(`/api/dialogues/${dialogueId}/feedback-survey`, { headers: { 'x-csrf-token': leader.csrf } });
    expect(sent.status(), await sent.text()).toBe(200);
    const admin = await apiAs('admin');
    const outbox = (await (await admin.api.get('/api/outbox')).json()) as { items: { kind: string; bodyText: string }[] };
    link = /(\/aterkoppling#[\w.-]+)/.exec(outbox.items.find((m) => m.kind === 'feedback_survey')!.bodyText)![1]!;
    await Promise.all([leader.api.dispose(), admin.api.dispose()]);
  });

  it('is answered on a phone through the link, by two people one after the other', async () => {
    const page = await newPage(env, PHONE);
    await page.goto(`${env.server.url}${link}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Vad tyckte ni om kvalitetsdialogen?');
    expect(await page.getByText('Enkät om kvalitetsdialogen med Ekerö kommun.').count()).toBe(1);
    await expectAccessible(page, 'feedback survey on a phone');

    await page.getByRole('button', { name: 'Skicka svaret' }).click();
    const missing = page.getByRole('link', { name: 'Påstående 1: välj 1–5 eller "Vet ej".' });
    await expect.poll(() => missing.count()).toBe(1);
    expect(await page.getByRole('link', { name: /^Påstående \d: / }).count()).toBe(7);
    await expectAccessible(page, 'feedback survey with an error summary');
    // The summary's link moves focus to the statement without losing the link's code in the address.
    await missing.click();
    expect(page.url()).toBe(`${env.server.url}${link}`);
    await page.keyboard.press('Space');
    await page.keyboard.press('ArrowDown');
    expect(await statement(page, 1).getByRole('radio', { name: '2 – Instämmer i liten grad' }).isChecked()).toBe(true);
    for (let n = 2; n <= 6; n += 1) await statement(page, n).getByRole('radio', { name: '4 – Instämmer i stor grad' }).check();
    await statement(page, 7).getByRole('radio', { name: 'Vet ej' }).check();
    await page.getByLabel('Övriga synpunkter (frivilligt)').fill('Bra att båda myndigheterna var med.');
    await page.screenshot({ path: join(tmpdir(), 'kn-feedback-phone.png'), fullPage: false });
    await page.getByRole('button', { name: 'Skicka svaret' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Tack för ditt svar!' }).count()).toBe(1);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Tack för ditt svar!');
    await expectAccessible(page, 'feedback survey answered');

    await page.getByRole('button', { name: 'Lämna ett svar till' }).click();
    for (let n = 1; n <= 7; n += 1) await statement(page, n).getByRole('radio', { name: '5 – Instämmer helt' }).check();
    await page.getByRole('button', { name: 'Skicka svaret' }).click();
    await expect.poll(() => page.getByRole('heading', { level: 2, name: 'Tack för ditt svar!' }).count()).toBe(1);
    await page.context().close();

    const leader = await apiAs('ledare-spsm');
    const status = (await (await leader.api.get(`/api/dialogues/${dialogueId}/feedback-survey`)).json()) as { survey: { responses: number } };
    expect(status.survey.responses).toBe(2);
    await leader.api.dispose();
  });

  it('shows a clear page for a broken link', async () => {
    const page = await newPage(env, PHONE);
    await page.goto(`${env.server.url}/aterkoppling#inte.en.riktig-lank`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');
    await expectAccessible(page, 'broken survey link');
    await page.context().close();
  });
});
