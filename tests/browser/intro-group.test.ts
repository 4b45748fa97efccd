/**
 * The introduction held for a group of organisers, in a real browser: the pair open a case that has
 * no introduction yet and join the one another case of the office has booked, naming the organiser's
 * participant; the case then lists the shared meeting. Axe on the page.
 *
 * The server runs in this process on the test database, so that the other case can be prepared.
 */
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DialogueDetail } from '../../src/shared/api/dialogues.ts';
import { isWorkingDay } from '../../src/server/modules/dialogues/calendar/holidays.ts';
import { as, signIn } from '../support/app.ts';
import { createCase, forceState } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';
import { expectAccessible, signInAs, useInProcessBrowser } from './support.ts';

const env = useInProcessBrowser();
let joining: string;
let hostName: string;

beforeAll(async () => {
  const { t } = env;
  const coordinator = await signIn(t.app, 'samordnare');
  const karin = await signIn(t.app, 'ledare-skolverket');
  const [host, other] = await rows<{ id: string; name: string }>(t.db, sql`select id, name from organisers where status = 'active' order by org_number limit 2`);
  hostName = host!.name;
  const hostCase = (await createCase(t, coordinator, [host!.id])).id;
  joining = (await createCase(t, coordinator, [other!.id])).id;
  for (const id of [hostCase, joining]) await forceState(t.db, id, 'accepted');
  const day = Array.from({ length: 20 }, (_, i) => new Date(Date.now() + (14 + i) * 86_400_000).toISOString().slice(0, 10)).find(isWorkingDay)!;
  const booked = await t.app.inject({
    method: 'POST', url: `/api/dialogues/${hostCase}/meetings`, headers: as(karin),
    payload: { kind: 'intro', start: `${day}T09:00:00+01:00`, end: `${day}T10:00:00+01:00`, videoUrl: 'https://video.example.se/intro' },
  });
  expect(booked.statusCode, booked.body).toBe(201);
  expect((booked.json() as DialogueDetail).meetings).toHaveLength(1);
});

describe('a shared introduction in the browser', () => {
  it('is joined from the case that has none yet', async () => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'sv-SE' });
    const page = await context.newPage();
    await signInAs(page, env.base, 'Karin Lindqvist');
    await page.goto(`${env.base}/dialoger/${joining}`);
    const select = page.getByRole('combobox', { name: 'Introduktionsmöte' });
    await expect.poll(() => select.count()).toBe(1);
    await expectAccessible(page, 'case with an introduction to join');

    await page.getByRole('button', { name: 'Delta i mötet' }).click();
    await expect.poll(() => page.getByText('Välj ett introduktionsmöte.').count()).toBe(1);
    const option = await select.locator('option', { hasText: hostName }).getAttribute('value');
    await select.selectOption(option!);
    await page.getByRole('heading', { name: 'Delta i ett bokat introduktionsmöte' }).locator('..').getByRole('textbox', { name: /Deltagare från huvudmannen/ }).fill('Bertil Berg');
    await page.getByRole('heading', { name: 'Delta i ett bokat introduktionsmöte' }).locator('..').getByRole('textbox', { name: 'Deltagarens e-post' }).fill('bertil@example.se');
    await page.getByRole('button', { name: 'Delta i mötet' }).click();

    const meetings = page.getByRole('table', { name: 'Dialogens möten' });
    await expect.poll(() => meetings.getByRole('row').count()).toBe(2);
    expect(await meetings.getByRole('row').nth(1).textContent()).toContain('Bertil Berg');
    // Joined: the form to join is gone, and the next meeting to book is the pre-meeting once the introduction is held.
    expect(await page.getByRole('heading', { name: 'Delta i ett bokat introduktionsmöte' }).count()).toBe(0);
    await expectAccessible(page, 'case after joining the introduction');
    await context.close();
  });
});
