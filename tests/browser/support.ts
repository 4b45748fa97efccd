/**
 * Browser test support: one server on a fresh embedded data directory (demo data loaded on start),
 * Debian's Chromium through playwright-core, and axe-core for WCAG 2.1 A/AA.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect } from 'vitest';
import { startServer, type RunningServer } from '../../bench/server.ts';
import { createTestApp, type TestApp } from '../support/app.ts';

export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
  '--disable-sync', '--no-first-run', '--disable-quic',
];

export interface BrowserEnv {
  server: RunningServer;
  browser: Browser;
  close: () => Promise<void>;
}

export async function startBrowserEnv(): Promise<BrowserEnv> {
  const dataDir = mkdtempSync(join(tmpdir(), 'kn-browser-'));
  const server = await startServer({ DATA_DIR: dataDir, SIGNIN_RATE_LIMIT: '1000' }, 4700 + (process.pid % 200));
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  return {
    server,
    browser,
    close: async () => {
      await browser.close();
      await server.stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Fails on any WCAG 2.1 A or AA violation, listing them readably. */
export async function expectAccessible(page: Page, what: string): Promise<void> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const problems = result.violations.map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.map((n) => n.target.join(' ')).slice(0, 3).join(', ')}`);
  expect(problems, `axe on ${what}`).toEqual([]);
}

/** Signs in through the sign-in page by picking a demo persona by its visible name. */
export async function signInAs(page: Page, baseUrl: string, personaName: string): Promise<void> {
  await page.goto(`${baseUrl}/logga-in`);
  await page.getByRole('button', { name: new RegExp(personaName) }).click();
  await page.waitForURL((url) => !url.pathname.startsWith('/logga-in'));
}

/** A fresh browser context (own cookies) with Swedish locale; desktop size unless told otherwise. */
export async function newPage(env: BrowserEnv, viewport = { width: 1280, height: 900 }): Promise<Page> {
  const context = await env.browser.newContext({ viewport, locale: 'sv-SE' });
  return context.newPage();
}

/** One server and browser for the test file: started before its tests, stopped after them. */
export function useBrowserEnv(): { readonly env: BrowserEnv; readonly base: string } {
  let env: BrowserEnv | undefined;
  beforeAll(async () => {
    env = await startBrowserEnv();
  });
  afterAll(async () => env?.close());
  return {
    get env() { return env!; },
    get base() { return env!.server.url; },
  };
}

/**
 * A test app served from this process on the test database, so that the test can read the e-mails
 * and move time on, and a browser; started before the file's other `beforeAll`, stopped after it.
 */
export function useInProcessBrowser(): { readonly t: TestApp; readonly base: string; readonly browser: Browser } {
  let t: TestApp | undefined;
  let browser: Browser | undefined;
  let base = '';
  beforeAll(async () => {
    t = await createTestApp();
    await t.app.listen({ port: 0, host: '127.0.0.1' });
    const address = t.app.server.address();
    base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
    browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });
  return {
    get t() { return t!; },
    get base() { return base; },
    get browser() { return browser!; },
  };
}
