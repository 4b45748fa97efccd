/**
 * API keys in a real browser: the administrator creates a key for the inspectorate's system, sees it
 * once, the key works against the API without a cookie, and revoking it (after a confirmation) stops
 * it; axe reports no WCAG 2.1 A/AA violations. Others are not offered the page.
 */
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { describe, expect, it } from 'vitest';
import { expectAccessible, newPage, signInAs, useBrowserEnv } from './support.ts';

const suite = useBrowserEnv();
const holds = (secret: string) => fetch(`${suite.base}/api/holds`, { headers: { authorization: `Bearer ${secret}` } });

describe('API keys in the browser', () => {
  it('are created once, used by the inspectorate\'s system and revoked by the administrator', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Eva Björk');
    await page.getByRole('link', { name: 'API-nycklar' }).click();
    await page.waitForURL(/\/api-nycklar$/);
    await expect.poll(() => page.getByText('Det finns inga API-nycklar.').count()).toBe(1);
    await expectAccessible(page, 'API keys, empty');

    // Nothing filled in: both fields say what is missing.
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    await expect.poll(() => page.getByText('Ange vilket system nyckeln är till.').count()).toBe(1);
    expect(await page.getByText('Ange en e-postadress.').count()).toBe(1);

    await page.getByRole('textbox', { name: 'System' }).fill('Skolinspektionens planeringssystem');
    await page.getByRole('textbox', { name: 'Kontakt-e-post' }).fill('it@skolinspektionen.example');
    await page.getByRole('button', { name: 'Skapa nyckel' }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.textContent)).toBe('Kopiera nyckeln nu');
    const secret = await page.getByRole('textbox', { name: 'Nyckel' }).inputValue();
    expect(secret).toMatch(/^kn_/);
    const row = page.getByRole('row').filter({ has: page.getByRole('rowheader', { name: 'Skolinspektionens planeringssystem' }) });
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(
      expect.arrayContaining(['it@skolinspektionen.example', `${secret.slice(0, 10)}…`, 'Aktiv']),
    );
    await expectAccessible(page, 'API keys, created');
    await page.screenshot({ path: join(tmpdir(), 'kn-api-keys.png'), fullPage: true });
    expect((await holds(secret)).status).toBe(200);

    await row.getByRole('button', { name: 'Återkalla nyckeln till Skolinspektionens planeringssystem' }).click();
    await page.getByRole('button', { name: 'Ja, återkalla' }).click();
    await expect.poll(() => row.getByRole('cell').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Återkallad /)]));
    expect(await page.getByRole('status').filter({ hasText: 'Nyckeln till Skolinspektionens planeringssystem är återkallad.' }).count()).toBe(1);
    expect((await holds(secret)).status).toBe(401);
    // After a reload the key is never shown again.
    await page.reload();
    await expect.poll(() => row.count()).toBe(1);
    expect(await page.getByRole('textbox', { name: 'Nyckel' }).count()).toBe(0);
    await page.context().close();
  });

  it('is not offered to a coordinator', async () => {
    const page = await newPage(suite.env);
    await signInAs(page, suite.base, 'Maria Ekholm');
    expect(await page.getByRole('link', { name: 'API-nycklar' }).count()).toBe(0);
    await page.goto(`${suite.base}/api-nycklar`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Ingen behörighet');
    await page.context().close();
  });
});
