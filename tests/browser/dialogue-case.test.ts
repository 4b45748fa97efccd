/**
 * One whole quality dialogue in a real browser, from the invitation to the registered notes: the
 * coordinator invites, the organiser accepts, the pair books and holds the meetings (time is moved on
 * in the database between booking and holding), agree the focus question, write and send the notes,
 * the organiser approves them and the pair registers them at both agencies. Axe on every page; the
 * interactions a person needs are counted and printed (goal: at most 40).
 *
 * The server runs in this process on the test database so that the test can let time pass.
 */
import { sql } from 'drizzle-orm';
import type { Browser, Locator, Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { isWorkingDay } from '../../src/server/modules/dialogues/calendar/holidays.ts';
import { seedObservationTaxonomy } from '../../src/server/modules/dialogues/observations/demo-taxonomy.ts';
import { signIn, type TestApp } from '../support/app.ts';
import { createCase } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';
import { expectAccessible, signInAs, useInProcessBrowser } from './support.ts';

let t: TestApp;
let browser: Browser;
let base = '';
let caseUrl = '';
let dialogueId = '';
let interactions = 0;

/** The user's own actions, counted: a click, a filled field, or opening a page. */
const act = {
  click: async (locator: Locator) => { interactions += 1; await locator.click(); },
  fill: async (locator: Locator, value: string) => { interactions += 1; await locator.fill(value); },
  open: async (page: Page, url: string) => { interactions += 1; await page.goto(url); },
  signIn: async (page: Page, name: string) => { interactions += 1; await signInAs(page, base, name); },
};

/** The n-th working day from two weeks ahead, as YYYY-MM-DD. */
function workingDay(n: number): string {
  const day = new Date(Date.now() + 14 * 86_400_000);
  let found = 0;
  for (;;) {
    const iso = day.toISOString().slice(0, 10);
    if (isWorkingDay(iso) && found++ === n) return iso;
    day.setUTCDate(day.getUTCDate() + 1);
  }
}

const env = useInProcessBrowser();

beforeAll(async () => {
  ({ t, browser, base } = env);
  await t.db.transaction((tx) => seedObservationTaxonomy(tx));
  // The coordinator has set up the case with its pair (the round pages are tested on their own).
  const coordinator = await signIn(t.app, 'samordnare');
  const rep = await signIn(t.app, 'huvudman-kommun');
  dialogueId = (await createCase(t, coordinator, [rep.organiserId], { schoolForms: ['grundskola', 'forskola'], answerDeadline: workingDay(0) })).id;
  caseUrl = `${base}/dialoger/${dialogueId}`;
});

async function as_(name: string): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
  const page = await context.newPage();
  await act.signIn(page, name);
  await act.open(page, caseUrl);
  await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toMatch(/^Kvalitetsdialog med Ekerö kommun/);
  return page;
}

/** Time passes: the booked meeting has now taken place. */
async function meetingHappened(kind: string) {
  await t.db.transaction((tx) => tx.execute(sql`update dialogue_meetings set starts_at = now() - interval '3 hours', ends_at = now() - interval '2 hours'
    where kind = ${kind} and status = 'planned' and id in (select meeting_id from dialogue_meeting_dialogues where dialogue_id = ${dialogueId})`));
}

const status = (page: Page, text: string | RegExp) => expect.poll(() => page.getByText(text).count()).toBeGreaterThan(0);

async function bookAndHold(page: Page, kind: string, day: string, where: { label: string; value: string }, held: string) {
  await act.fill(page.getByLabel('Datum'), day);
  await act.fill(page.getByLabel(where.label), where.value);
  await act.click(page.getByRole('button', { name: 'Boka mötet' }));
  await status(page, 'Mötet är bokat och inbjudningar ligger i utkorgen.');
  await meetingHappened(kind);
  interactions += 1;
  await page.reload();
  await page.getByRole('heading', { name: 'Nästa steg' }).waitFor();
  if (process.env.DEBUG_SHOTS) await page.screenshot({ path: `/tmp/held-${kind}.png`, fullPage: true });
  await act.click(page.getByRole('button', { name: held }));
  await status(page, `Klart: ${held}.`);
}

describe('a whole dialogue in the browser', () => {
  it('is sent by the coordinator and accepted by the organiser', async () => {
    const coordinator = await as_('Maria Ekholm');
    await expectAccessible(coordinator, 'case page, planned');
    await act.click(coordinator.getByRole('button', { name: 'Skicka inbjudan' }));
    await status(coordinator, 'Klart: Skicka inbjudan.');
    await coordinator.context().close();

    const rep = await as_('Lena Holmgren');
    await expectAccessible(rep, 'case page, organiser answers');
    await expect.poll(() => rep.getByRole('heading', { name: 'Interna anteckningar' }).count()).toBe(0);
    await act.click(rep.getByRole('button', { name: 'Tacka ja' }));
    await status(rep, 'Klart: Tacka ja.');
    await rep.context().close();
  });

  it('is run by the pair up to the notes, which the organiser approves and the pair registers', async () => {
    const karin = await as_('Karin Lindqvist');
    await bookAndHold(karin, 'intro', workingDay(1), { label: 'Videolänk', value: 'https://video.example.se/intro' }, 'Introduktionsmötet är hållet');
    await expectAccessible(karin, 'case page, meetings');
    await bookAndHold(karin, 'pre_meeting', workingDay(2), { label: 'Videolänk', value: 'https://video.example.se/formote' }, 'Förmötet är hållet');
    await act.fill(karin.getByLabel('Fokusfråga', { exact: true }), 'Hur följer ni upp elevernas kunskapsutveckling i grundskolan?');
    await act.fill(karin.getByLabel('Syfte', { exact: true }), 'Att se hur analysen leder till åtgärder.');
    await act.click(karin.getByRole('button', { name: 'Spara', exact: true }));
    await status(karin, 'Sparat.');
    await bookAndHold(karin, 'physical', workingDay(3), { label: 'Plats', value: 'Kommunhuset, Ekerö' }, 'Dialogen på plats är hållen');

    await act.fill(karin.getByLabel('Anteckningarnas text'), 'Vid dialogen deltog skolchef och rektorer. Huvudmannen följer upp kunskapsresultaten varje termin.');
    await act.click(karin.getByRole('button', { name: 'Spara utkast' }));
    await status(karin, /Utkastet är sparat/);
    await act.click(karin.getByRole('button', { name: 'Skicka till huvudmannen' }));
    await status(karin, 'Anteckningarna är skickade till huvudmannen för granskning.');
    await expectAccessible(karin, 'case page, notes sent');
    await karin.context().close();

    const rep = await as_('Lena Holmgren');
    await status(rep, 'Huvudmannen följer upp kunskapsresultaten varje termin.');
    await expectAccessible(rep, 'case page, organiser reviews notes');
    await act.click(rep.getByRole('button', { name: 'Godkänn anteckningarna' }));
    await status(rep, 'Tack! Anteckningarna är godkända och låsta.');
    await rep.context().close();

    const johan = await as_('Johan Bergström');
    await act.click(johan.getByRole('button', { name: 'Diarieför hos Skolverket och SPSM' }));
    await status(johan, 'Anteckningarna är diarieförda hos båda myndigheterna.');
    const year = new Date().getFullYear();
    await status(johan, new RegExp(`^${year}:\\d+$`));
    await status(johan, new RegExp(`^SPSM ${year}/\\d{5}$`));
    await expectAccessible(johan, 'case page, notes registered');

    // The pair's observation form: one theme assessed, one development need marked, submitted.
    const theme = johan.locator('fieldset').filter({ has: johan.getByRole('radio', { name: /^3 – / }) }).first();
    await act.click(theme.getByRole('radio', { name: /^3 – / }));
    await act.click(theme.getByRole('checkbox').first());
    await act.click(johan.getByRole('button', { name: 'Skicka in formuläret' }));
    await status(johan, 'Formuläret är inskickat.');
    await expectAccessible(johan, 'case page, observation form submitted');
    const [form] = await rows<{ submitted: boolean; entries: unknown[] }>(t.db, sql`select submitted_at is not null as submitted, entries from observation_forms where dialogue_id = ${dialogueId}`);
    expect(form).toMatchObject({ submitted: true });
    expect(form!.entries).toHaveLength(1);
    const entries = await rows<{ agency: string }>(t.db, sql`select e.agency from dialogue_register_entries e join dialogue_meeting_notes n on n.id = e.notes_id where n.dialogue_id = ${dialogueId} order by e.agency`);
    expect(entries.map((e) => e.agency)).toEqual(['skolverket', 'spsm']);
    await johan.context().close();

    console.log(`Interactions for one whole dialogue, invitation to registered notes and observation form: ${interactions}`);
    expect(interactions).toBeLessThanOrEqual(40);
  });
});
