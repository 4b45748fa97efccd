/**
 * The organiser's contact person answers the meeting notes on a phone through the link in the notes
 * e-mail, without an account: comments on the first version, then approves the second, which the
 * case then shows as agreed by that person; a broken link gets a clear page. Axe on each page.
 *
 * The server runs in this process on the test database, so that the test can read the e-mails.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { sql } from 'drizzle-orm';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { as, signIn, type Session } from '../support/app.ts';
import { caseIn } from '../support/dialogues.ts';
import { rows } from '../support/sql.ts';
import { expectAccessible, useInProcessBrowser } from './support.ts';

const PHONE = { width: 390, height: 844 };
const env = useInProcessBrowser();
let karin: Session;
let dialogueId: string;

/** The pair save and send a version of the notes; answers the link in the e-mail and whom it went to. */
async function sendVersion(text: string): Promise<{ token: string; to: string }> {
  const { t } = env;
  const url = `/api/dialogues/${dialogueId}/notes`;
  const saved = (await t.app.inject({ method: 'PUT', url: `${url}/draft`, headers: as(karin), payload: { text, baseRevision: 0 } })).json();
  await t.app.inject({ method: 'POST', url: `${url}/send`, headers: as(karin), payload: { notesId: saved.id, revision: saved.revision } });
  const [mail] = await rows<{ body_text: string; to_name: string }>(t.db, sql`select body_text, to_name from outbox_messages
    where kind = 'notes_for_review' and related_id = ${dialogueId} order by created_at desc limit 1`);
  return { token: /\/anteckningar#([\w.-]+)/.exec(mail!.body_text)![1]!, to: mail!.to_name };
}

async function phone(path: string): Promise<Page> {
  const context = await env.browser.newContext({ viewport: PHONE, locale: 'sv-SE', isMobile: true, hasTouch: true });
  const page = await context.newPage();
  await page.goto(`${env.base}${path}`);
  return page;
}

beforeAll(async () => {
  const { t } = env;
  const coordinator = await signIn(t.app, 'samordnare');
  const rep = await signIn(t.app, 'huvudman-kommun');
  karin = await signIn(t.app, 'ledare-skolverket');
  dialogueId = (await caseIn(t, coordinator, rep.organiserId!, 'physical_held')).id;
});

describe('notes answered through the e-mail link', () => {
  it('takes a comment on the first version and the approval of the second, on a phone', async () => {
    const first = await sendVersion('Vi talade om hur rektorerna följer upp elevernas kunskaper.\nHuvudmannen har två rektorsområden.');
    const page = await phone(`/anteckningar#${first.token}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Minnesanteckningar att granska');
    expect(await page.getByText(`Hej ${first.to}!`, { exact: false }).count()).toBe(1);
    expect(await page.getByText('Huvudmannen har två rektorsområden.', { exact: false }).count()).toBe(1);
    await expectAccessible(page, 'notes review');

    await page.getByRole('textbox', { name: 'Vad behöver ändras?' }).fill('Vi har tre rektorsområden, inte två.');
    await page.getByRole('button', { name: 'Skicka kommentaren' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Tack för kommentaren');
    expect(await page.getByRole('button', { name: 'Godkänn anteckningarna' }).count()).toBe(0);
    await expectAccessible(page, 'notes review, commented');
    await page.context().close();

    const second = await sendVersion('Vi talade om hur rektorerna följer upp elevernas kunskaper.\nHuvudmannen har tre rektorsområden.');
    const again = await phone(`/anteckningar#${second.token}`);
    await expect.poll(() => again.getByText('(Version 2)').count()).toBe(1);
    await again.getByRole('button', { name: 'Godkänn anteckningarna' }).click();
    await expect.poll(() => again.evaluate(() => document.activeElement?.textContent)).toBe('Tack, anteckningarna är godkända');
    expect(await again.getByText(new RegExp(`^Godkända av ${second.to}`)).count()).toBe(1);
    await expectAccessible(again, 'notes review, approved');
    await again.screenshot({ path: join(tmpdir(), 'kn-notes-review.png'), fullPage: true });
    await again.context().close();

    const [agreed] = await rows<{ status: string; agreed_by: string }>(env.t.db, sql`select status, agreed_by from dialogue_meeting_notes
      where dialogue_id = ${dialogueId} order by version_no desc limit 1`);
    expect(agreed).toEqual({ status: 'agreed', agreed_by: second.to });
  });

  it('shows a clear page for a broken link', async () => {
    const page = await phone('/anteckningar#inte-en-riktig-lank');
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Länken fungerar inte');
    expect(await page.getByText(/Länken är ogiltig/).count()).toBe(1);
    await expectAccessible(page, 'notes review, broken link');
    await page.context().close();
  });
});
