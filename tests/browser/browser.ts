import type { Browser, BrowserContext, ConsoleMessage, Page } from 'playwright-core';
import { launchChromium } from '../../scripts/chromium.ts';
import { afterAll, beforeAll, inject } from 'vitest';

export const launchBrowser = launchChromium;

export const baseUrl = (): string => inject('baseUrl');

/** A page that records console errors and warnings, page errors and dialogs, for tests to assert on. */
export interface WatchedPage {
  readonly page: Page;
  readonly context: BrowserContext;
  /** Console errors/warnings and uncaught exceptions, as text. */
  readonly problems: string[];
  readonly dialogs: string[];
  /** Every URL the page requested. */
  readonly requests: string[];
}

export async function openPage(
  browser: Browser,
  path: string,
  options: {
    viewport?: { width: number; height: number };
    javaScriptEnabled?: boolean;
    reducedMotion?: 'reduce';
  } = {},
): Promise<WatchedPage> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 900 },
    javaScriptEnabled: options.javaScriptEnabled ?? true,
    reducedMotion: options.reducedMotion ?? 'no-preference',
  });
  const page = await context.newPage();
  const problems: string[] = [];
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if (message.type() === 'error' || message.type() === 'warning')
      problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`pageerror: ${error.message}`));
  page.on('dialog', (dialog) => {
    dialogs.push(`${dialog.type()}: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('request', (request) => requests.push(request.url()));
  await page.goto(new URL(path, baseUrl()).href);
  return { page, context, problems, dialogs, requests };
}

/**
 * One browser for a test file (launched before its tests, closed after them) and the pages its tests
 * open through `track`, which `closeAll` closes.
 */
export function browserSession(): {
  readonly browser: Browser;
  track(watched: WatchedPage): WatchedPage;
  closeAll(): Promise<void>;
} {
  let browser: Browser | undefined;
  let opened: WatchedPage[] = [];
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get browser() {
      if (!browser) throw new Error('The browser is launched in beforeAll: use it inside tests.');
      return browser;
    },
    track(watched) {
      opened.push(watched);
      return watched;
    },
    async closeAll() {
      for (const { context } of opened) await context.close();
      opened = [];
    },
  };
}
