// What the browser tests stand on: a fresh console build when the sources changed, the real server
// on a fresh test database holding the demo data, and Debian's Chromium driven by playwright-core.
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { loadDemo } from '../../src/demo/load-demo.ts';
import { CHROMIUM, launchChromium } from '../helpers/chromium.ts';
import { startApp } from '../helpers/test-app.ts';
import { createTestDeps } from '../helpers/test-db.ts';

export const ROOT = resolve(import.meta.dirname, '../..');
export const WEB_DIST = join(ROOT, 'web/dist');
export const RESULTS = join(ROOT, 'test-results');
export const DEMO_PASSWORD = 'browser-test-pass';

/** Why the browser tests cannot run here, or null when they can. */
export function skipReason(): string | null {
  return existsSync(CHROMIUM)
    ? null
    : `SKIPPED browser tests: no Chromium at ${CHROMIUM} (apt-get install chromium, or set CHROMIUM_PATH)`;
}

function newestMtime(path: string): number {
  const s = statSync(path);
  if (!s.isDirectory()) return s.mtimeMs;
  return Math.max(0, ...readdirSync(path).map((n) => newestMtime(join(path, n))));
}

/** Builds web/dist with vite when it is missing or older than the console's sources. */
export async function ensureConsoleBuilt(): Promise<void> {
  const index = join(WEB_DIST, 'index.html');
  const sources = Math.max(
    newestMtime(join(ROOT, 'web/src')),
    newestMtime(join(ROOT, 'web/index.html')),
    newestMtime(join(ROOT, 'src/core')),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  const { build } = await import('vite');
  await build({ configFile: join(ROOT, 'web/vite.config.ts'), logLevel: 'warn' });
}

export type Env = { baseUrl: string; browser: Browser; close(): Promise<void> };

/** Server with the demo data plus a launched Chromium. */
export async function startEnv(): Promise<Env> {
  await ensureConsoleBuilt();
  const deps = await createTestDeps({ webDist: WEB_DIST });
  await loadDemo(deps, DEMO_PASSWORD);
  const app = await startApp(deps);
  const browser = await launchChromium();
  return {
    baseUrl: app.baseUrl,
    browser,
    close: async () => {
      await browser.close();
      // let the server finish what the closing sockets started (the agent feed re-authenticates, the
      // chat hub may be mid-poll) before the database goes away under it
      await new Promise((resolve) => setTimeout(resolve, 500));
      await app.close();
      await deps.cleanup();
    },
  };
}

/** A new page signed in as `email` through the login form. */
export async function signIn(env: Env, email: string, locale = 'en'): Promise<Page> {
  const context = await env.browser.newContext({ viewport: { width: 1440, height: 1000 }, locale });
  const page = await context.newPage();
  await page.goto(`${env.baseUrl}/#/inbox`);
  await page.getByLabel(/email|邮箱|電子郵件|почта/i).fill(email);
  await page.getByLabel(/password|密码|密碼|пароль/i).fill(DEMO_PASSWORD);
  await page.locator('form button[type=submit]').click();
  await page.locator('table.cases, .empty').first().waitFor();
  return page;
}
