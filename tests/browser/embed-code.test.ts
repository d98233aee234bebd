import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { RESIZE_SCRIPT } from '../../components/embed-code/snippets.ts';
import {
  embedSession,
  BLOG,
  GULF_URL,
  SEED_URL,
  absolute,
  readDataset,
  records,
  routeHtml,
  scrollToWidget,
  widget,
} from './embed-fixtures.ts';
import { tinyDataset, waitForRows } from './explorer-fixtures.ts';

// The toolbar's Embed button and its dialog, on the explorer page and on pages made up for the test.
const seed = readDataset(SEED_URL);

const { open, closeAll } = embedSession();

const dialog = (page: Page) => page.getByRole('dialog', { name: 'Embed this graph' });
const scriptCode = (page: Page) => dialog(page).getByRole('textbox', { name: 'With a script tag' });
const iframeCode = (page: Page) => dialog(page).getByRole('textbox', { name: 'As an iframe' });

/** The deepest focused element, through shadow roots, as `TAG#id` (or `TAG` without an id). */
const focused = (page: Page): Promise<string> =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active ? `${active.tagName}${active.id ? `#${active.id}` : ''}` : '';
  });

/**
 * Where the keyboard focus is: in the open dialog, on the page behind it, or nowhere in the page
 * (the body: past the dialog's last control, Chromium moves focus to its own UI before wrapping).
 */
const focusPlace = (page: Page): Promise<'dialog' | 'page' | 'nowhere'> =>
  page.evaluate(() => {
    let active: Element | null = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    if (!active || active === document.body) return 'nowhere';
    return active.closest('dialog[open]') ? 'dialog' : 'page';
  });

/** A host page with one eager `<actor-graph>`, its attributes given as written (already escaped). */
const hostPage = (element: string): string => `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Host</title><script type="module" src="/actor-graph.js"></script></head>
<body><main>${element}</main></body></html>`;

describe('the Embed dialog', () => {
  it('opens from the toolbar, keeps focus inside, closes with Escape and gives focus back', async () => {
    const { page, problems } = await open('/');
    await waitForRows(page, seed.relations.length);
    const button = page.getByRole('button', { name: 'Embed' });
    expect(await button.getAttribute('aria-haspopup')).toBe('dialog');
    await button.focus();
    await page.keyboard.press('Enter');
    await dialog(page).waitFor();
    expect(await focused(page)).toBe('BUTTON'); // Close, the dialog's first control
    // Modal: the page behind is inert, so Tab goes round the dialog's controls and never to the page.
    const places: string[] = [];
    for (let i = 0; i < 7; i++) {
      await page.keyboard.press('Tab');
      places.push(await focusPlace(page));
    }
    expect(places.filter((place) => place === 'dialog')).toHaveLength(6);
    expect(places).not.toContain('page');
    await page.keyboard.press('Escape');
    await dialog(page).waitFor({ state: 'hidden' });
    expect(await focused(page)).toBe('BUTTON');
    expect(await button.evaluate((element) => element.matches(':focus'))).toBe(true);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('offers both snippets with absolute URLs: the loader, the data, embed.html beside the loader', async () => {
    const { page, problems } = await open('/');
    await waitForRows(page, seed.relations.length);
    await page.getByRole('button', { name: 'Embed' }).click();
    // The explorer's view="#view" (the view in its own address) does not travel: only src does.
    expect(await scriptCode(page).inputValue()).toBe(
      `<script type="module" src="${absolute('actor-graph.js')}"></script>\n` +
        `<actor-graph src="${absolute(SEED_URL)}"></actor-graph>`,
    );
    const frame = new URL(absolute('embed.html'));
    frame.searchParams.set('src', absolute(SEED_URL));
    const iframe = await iframeCode(page).inputValue();
    expect(iframe).toContain(`<iframe src="${frame.href}" title="${seed.title.replace("'", '&#39;')}"`);
    expect(iframe.endsWith(RESIZE_SCRIPT)).toBe(true);
    await page.getByRole('button', { name: 'Close' }).click();
    await dialog(page).waitFor({ state: 'hidden' });
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('copies a snippet to the clipboard', async () => {
    const { page, context, problems } = await open('/');
    await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: absolute('/') });
    await waitForRows(page, seed.relations.length);
    await page.getByRole('button', { name: 'Embed' }).click();
    await dialog(page).getByRole('button', { name: 'Copy' }).first().click();
    await dialog(page).getByText('Copied.').waitFor();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
      await scriptCode(page).inputValue(),
    );
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('selects the text and says "Press Ctrl+C" when the clipboard is refused', async () => {
    const { page, problems } = await open('/', {
      before: (p) =>
        p.addInitScript(() => {
          navigator.clipboard.writeText = () => Promise.reject(new DOMException('Denied', 'NotAllowedError'));
        }),
    });
    await waitForRows(page, seed.relations.length);
    await page.getByRole('button', { name: 'Embed' }).click();
    await dialog(page).getByRole('button', { name: 'Copy' }).nth(1).click();
    await dialog(page)
      .getByText(/press Ctrl\+C/)
      .waitFor();
    expect(await focused(page)).toBe('TEXTAREA#iframe');
    const selection = await iframeCode(page).evaluate((box: HTMLTextAreaElement) => [
      box.selectionStart,
      box.selectionEnd,
      box.value.length,
    ]);
    expect(selection).toEqual([0, selection[2], selection[2]]);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('the Embed button’s lifecycle', () => {
  it('follows its element when moved and changed, and is absent from a bare widget', async () => {
    const { page, problems } = await open('/');
    await waitForRows(page, seed.relations.length);
    // Moved elsewhere in the page (disconnected, reconnected), then given a heading.
    await page.evaluate(() => {
      const element = document.querySelector('actor-graph')!;
      document.body.prepend(element);
      element.setAttribute('heading', 'Moved & renamed');
    });
    await waitForRows(page, seed.relations.length);
    await page.getByRole('button', { name: 'Embed' }).click();
    expect(await scriptCode(page).inputValue()).toContain('heading="Moved &amp; renamed"');
    await page.keyboard.press('Escape');
    // <actor-graph-view> on its own has no loader around it to point to.
    await page.evaluate((src) => {
      const bare = document.createElement('actor-graph-view');
      bare.setAttribute('src', src);
      document.body.append(bare);
    }, SEED_URL);
    const bare = page.locator('body > actor-graph-view');
    await bare
      .locator('actor-graph-table tbody tr')
      .nth(seed.relations.length - 1)
      .waitFor();
    expect(await bare.getByRole('button', { name: 'Fit' }).count()).toBe(1);
    expect(await bare.getByRole('button', { name: 'Embed' }).count()).toBe(0);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('the Embed dialog on the hostile blog page', () => {
  it('looks like itself and points to the blog’s data and title', async () => {
    const { page, problems } = await open(BLOG);
    const second = widget(page, 1);
    await scrollToWidget(page, second, readDataset(GULF_URL).relations.length);
    await second.host.getByRole('button', { name: 'Embed' }).click();
    await dialog(page).waitFor();
    await page.screenshot({ path: '/tmp/ag-blog-embed-dialog.png' });
    // The page's `textarea { font-size: 40px }` and `button { all: unset }` do not reach the dialog.
    const looks = await scriptCode(page).evaluate((box) => ({
      font: getComputedStyle(box).fontSize,
      button: getComputedStyle(box.parentElement!.querySelector('button')!).borderTopStyle,
    }));
    expect(looks).toEqual({ font: '13px', button: 'solid' });
    expect(await scriptCode(page).inputValue()).toContain(
      `<actor-graph src="${absolute(GULF_URL)}" heading="The Gulf, the West and the Russia–Iran alliance" heading-level="3" theme="dark">`,
    );
    expect((await records(page)).violations).toEqual([]);
    expect(problems).toEqual([]);
    await closeAll();
  });
});

describe('snippets are text, never HTML', () => {
  it('escapes hostile attribute values, so the snippet parses back to the same element', async () => {
    const src = `${GULF_URL}?x="><script>alert(1)</script>`;
    const heading = `"><img src=x onerror=alert(2)> & <b>bold</b>`;
    const escape = (value: string) =>
      value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');
    const { page, dialogs, problems } = await open('/host.html', {
      before: (p) =>
        routeHtml(
          p,
          '/host.html',
          hostPage(
            `<actor-graph src="/${escape(src)}" heading="${escape(heading)}" loading="eager"></actor-graph>`,
          ),
        ),
    });
    await widget(page, 0).rows.first().waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    const code = await scriptCode(page).inputValue();
    // Parsed as HTML (inertly, by the test), the snippet is one loader script and one element whose
    // attributes are exactly the author's.
    const parsed = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const element = doc.querySelector('actor-graph');
      return {
        tags: [...doc.body.querySelectorAll('*')].map((e) => e.tagName.toLowerCase()),
        src: element?.getAttribute('src'),
        heading: element?.getAttribute('heading'),
      };
    }, code);
    expect(parsed).toEqual({
      tags: ['script', 'actor-graph'],
      src: new URL(`/${src}`, absolute('/')).href,
      heading,
    });
    const frame = await iframeCode(page).inputValue();
    const frameTags = await page.evaluate(
      (html) =>
        [...new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html').body.children].map(
          (e) => e.tagName,
        ),
      frame,
    );
    expect(frameTags).toEqual(['IFRAME', 'SCRIPT']);
    expect(dialogs).toEqual([]);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('writes inline data into the script snippet, safely, and explains why there is no iframe code', async () => {
    const dataset = tinyDataset('Closing tags </script><!-- in a title');
    const json = JSON.stringify(dataset).replace(/<\//g, '<\\/');
    const { page, problems } = await open('/inline.html', {
      before: (p) =>
        routeHtml(
          p,
          '/inline.html',
          hostPage(
            `<actor-graph loading="eager"><script type="application/json">${json}</script></actor-graph>`,
          ),
        ),
    });
    await widget(page, 0).rows.first().waitFor();
    await page.getByRole('button', { name: 'Embed' }).click();
    await dialog(page).getByText('an iframe cannot show it').waitFor();
    expect(await iframeCode(page).count()).toBe(0);
    const code = await scriptCode(page).inputValue();
    const data = await page.evaluate((html) => {
      const doc = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
      const scripts = doc.querySelectorAll('actor-graph > script[type="application/json"]');
      return { count: scripts.length, text: scripts[0]?.textContent ?? '' };
    }, code);
    expect(data.count).toBe(1);
    expect(JSON.parse(data.text)).toEqual(dataset);
    expect(problems).toEqual([]);
    await closeAll();
  });
});
