/**
 * Browser tests against the real thing: the server in-process (in-memory PGlite, or the PostgreSQL server
 * named by DATABASE_URL; the built web app from web/dist) on a random local port, and a headless Chromium driven by playwright-core.
 */
import { existsSync, mkdirSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { buildApp, webDistDir } from '../../src/http/build-app.ts';
import type { Clock } from '../../src/domain/clock.ts';
import type { Mailer } from '../../src/email/mailer.ts';
import { openDatabaseForTests } from '../support/test-db.ts';

export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(chromiumPath);
if (!hasChromium) {
  console.warn('Chromium not found: install it with `sudo apt-get install chromium` (or set CHROMIUM_PATH); browser tests skipped.');
}

export const screenshotDir = join(process.cwd(), 'test-results', 'screenshots');
export const desktop = { width: 1280, height: 800 };
export const phone = { width: 375, height: 740 };

export interface Harness {
  baseUrl: string;
  browser: Browser;
  /** A fresh browser context (own cookies) and page; console errors and page crashes are collected. */
  newPage(viewport?: { width: number; height: number }): Promise<TestPage>;
  close(): Promise<void>;
}

export interface TestPage {
  page: Page;
  context: BrowserContext;
  /** Uncaught exceptions, console errors and CSP violations seen so far (expected 4xx answers are left out). */
  problems: string[];
}

/** `clock` sets the server's "now"; a page's own clock is set with Playwright's `page.clock`. `mailer`: email on (SMTP). */
export async function startHarness(options: { clock?: Clock; mailer?: Mailer } = {}): Promise<Harness> {
  if (!existsSync(join(webDistDir, 'index.html'))) {
    throw new Error(`The web app is not built (${webDistDir}/index.html is missing): run \`npm run build:web\` first.`);
  }
  const opened = await openDatabaseForTests();
  const app = await buildApp({ db: opened.db, serveWeb: true, demoEnabled: true, logger: false, clock: options.clock, mailer: options.mailer });
  await app.listen({ host: '127.0.0.1', port: 0 });
  const { port } = app.server.address() as AddressInfo;
  const baseUrl = `http://127.0.0.1:${port}`;
  let browser: Browser;
  try {
    browser = await chromium.launch({
      executablePath: chromiumPath,
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
  } catch (err) {
    await app.close();
    await opened.close();
    throw err;
  }
  mkdirSync(screenshotDir, { recursive: true });
  const contexts: BrowserContext[] = [];

  return {
    baseUrl,
    browser,
    async newPage(viewport = desktop) {
      const context = await browser.newContext({ baseURL: baseUrl, viewport, locale: 'en-GB', timezoneId: 'Europe/London' });
      contexts.push(context);
      const page = await context.newPage();
      page.setDefaultTimeout(10_000);
      const problems: string[] = [];
      page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
      page.on('console', (msg) => {
        if (msg.type() !== 'error') return;
        // The API answers 401 before log-in and 4xx to refused input; the UI handles those.
        if (/Failed to load resource: the server responded with a status of 4\d\d/.test(msg.text())) return;
        problems.push(`console error: ${msg.text()}`);
      });
      return { page, context, problems };
    },
    async close() {
      for (const context of contexts) await context.close().catch(() => {});
      await browser.close();
      await app.close();
      await opened.close();
    },
  };
}

/** Saves a full-page screenshot to test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string) {
  // From the top, so the sticky header sits where it belongs in a full-page capture.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(screenshotDir, `${name}.png`), fullPage: true });
}

/** True when the page is no wider than the viewport (no sideways scrolling on phones). */
export async function scrollWidth(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth);
}

let firmCount = 0;

/**
 * Signs up a new firm through the API inside a browser context (the context keeps the session cookie),
 * for tests that start from an existing firm rather than the sign-up form.
 */
export async function signUpViaApi(context: BrowserContext, name = 'Sam Whitaker') {
  firmCount += 1;
  const input = { firmName: `Whitaker Tax ${firmCount}`, name, email: `sam${firmCount}-${Date.now()}@whitaker.test`, password: 'correct horse battery staple' };
  const res = await context.request.post('/api/v1/auth/signup', { data: input });
  if (res.status() !== 201) throw new Error(`sign-up failed: ${res.status()} ${await res.text()}`);
  const session = (await res.json()) as { csrfToken: string; member: { id: string; name: string }; firm: { name: string } };
  const post = async (url: string, data: unknown) => {
    const r = await context.request.post(url, { data: data as object, headers: { 'x-csrf-token': session.csrfToken } });
    if (!r.ok()) throw new Error(`POST ${url} failed: ${r.status()} ${await r.text()}`);
    return r.json();
  };
  return { ...input, session, post };
}
