import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, type WatchedPage } from './browser.ts';
import {
  BLOG,
  GULF_URL,
  SEED_URL,
  openWatched,
  readDataset,
  scrollToWidget,
  widget,
} from './embed-fixtures.ts';
import { waitForRows } from './explorer-fixtures.ts';

// An automated accessibility scan (axe-core, which looks inside open shadow roots) of the widget on
// the explorer page, with the Embed dialog open, and embedded in the hostile blog page.
const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');
/** Where the test serves axe from: the page's own origin, which its strict CSP allows scripts from. */
const AXE_PATH = '/__axe.min.js';

interface Finding {
  readonly rule: string;
  readonly impact: string;
  readonly targets: string[];
}

let browser: Browser;
let opened: WatchedPage[] = [];

beforeAll(async () => {
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
});

async function open(path: string): Promise<WatchedPage> {
  const watched = await openWatched(browser, path, {
    before: (page) =>
      page.route(`**${AXE_PATH}`, (route) => route.fulfill({ contentType: 'text/javascript', body: AXE })),
  });
  opened.push(watched);
  return watched;
}

async function closeAll(): Promise<void> {
  for (const { context } of opened) await context.close();
  opened = [];
}

/**
 * Serious and critical findings within `selector` (the widgets), with the elements they are about;
 * and how many buttons axe checked there, to be sure it looked inside the shadow roots at all.
 */
async function scan(page: Page, selector: string): Promise<{ findings: Finding[]; buttons: number }> {
  await page.addScriptTag({ url: AXE_PATH });
  return page.evaluate(async (include) => {
    interface AxeResult {
      id: string;
      impact: string;
      nodes: { target: unknown }[];
    }
    const axe = (
      window as unknown as { axe: { run: (context: unknown) => Promise<Record<string, AxeResult[]>> } }
    ).axe;
    const results = await axe.run({ include: [include] });
    return {
      findings: results['violations']!.filter((v) => v.impact === 'serious' || v.impact === 'critical').map(
        (v) => ({ rule: v.id, impact: v.impact, targets: v.nodes.map((n) => JSON.stringify(n.target)) }),
      ),
      buttons: results['passes']!.find((rule) => rule.id === 'button-name')?.nodes.length ?? 0,
    };
  }, selector);
}

describe('accessibility scan', () => {
  it('finds nothing serious in the loaded widget, nor in its Embed dialog', async () => {
    const { page, problems } = await open('/');
    await waitForRows(page, readDataset(SEED_URL).relations.length);
    const widget = await scan(page, 'actor-graph');
    expect(widget.findings).toEqual([]);
    expect(widget.buttons).toBeGreaterThanOrEqual(3);
    await page.getByRole('button', { name: 'Embed' }).click();
    await page.getByRole('dialog', { name: 'Embed this graph' }).waitFor();
    const dialog = await scan(page, 'actor-graph');
    expect(dialog.findings).toEqual([]);
    expect(dialog.buttons).toBeGreaterThan(widget.buttons);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('finds nothing serious in either graph embedded in the hostile blog page', async () => {
    const { page, problems } = await open(BLOG);
    await scrollToWidget(page, widget(page, 0), readDataset(SEED_URL).relations.length);
    await scrollToWidget(page, widget(page, 1), readDataset(GULF_URL).relations.length);
    const { findings, buttons } = await scan(page, 'actor-graph');
    expect(findings).toEqual([]);
    expect(buttons).toBeGreaterThanOrEqual(6);
    expect(problems).toEqual([]);
    await closeAll();
  });
});
