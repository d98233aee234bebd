import { describe, expect, it } from 'vitest';
import {
  embedSession,
  BLOG,
  GULF_URL,
  HEAVY_CHUNK,
  readDataset,
  records,
  routeHtml,
  settleObservers,
  widget,
} from './embed-fixtures.ts';

// What the reader sees when the widget cannot run: no JavaScript, a chunk that does not arrive, a
// page that includes the loader twice.
const gulf = readDataset(GULF_URL);

const { open, closeAll } = embedSession();

describe('the author’s fallback', () => {
  it('shows when scripts are off', async () => {
    const { page, requests } = await open(BLOG, { javaScriptEnabled: false });
    for (const index of [0, 1]) {
      const { host, fallback } = widget(page, index);
      await host.scrollIntoViewIfNeeded();
      expect(await fallback.isVisible()).toBe(true);
      expect(await fallback.locator('li').count()).toBeGreaterThanOrEqual(4);
      expect(await fallback.getByRole('link').getAttribute('href')).toMatch(/\.json$/);
    }
    await widget(page, 1)
      .fallback.getByText('Saudi Arabia and the UAE → the West: historically aligned')
      .waitFor();
    expect(requests.some((url) => url.endsWith('.js'))).toBe(false);
    await closeAll();
  });

  it('stays, with an error message, when the widget’s script does not arrive', async () => {
    const { page, problems } = await open(BLOG, {
      before: (p) => p.route(HEAVY_CHUNK, (route) => route.fulfill({ status: 404, body: 'Not found' })),
    });
    await page.evaluate(() => {
      const log: string[] = [];
      (window as unknown as { errors: string[] }).errors = log;
      document.addEventListener('actor-graph-error', (event) => log.push(event.detail.problems[0]!.code));
    });
    const first = widget(page, 0);
    await first.host.scrollIntoViewIfNeeded();
    await page.waitForSelector('actor-graph[data-state="failed"]');
    const alert = first.host.getByRole('alert');
    expect(await alert.textContent()).toContain('The graph could not be loaded');
    expect(await alert.isVisible()).toBe(true);
    expect(await first.fallback.isVisible()).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { errors: string[] }).errors)).toEqual([
      'read-failed',
    ]);
    // The 404 itself is the only console message: nothing uncaught.
    expect(problems).toEqual([expect.stringContaining('404')]);
    expect((await records(page)).violations).toEqual([]);
    await closeAll();
  });
});

describe('the loader on a page', () => {
  it('is harmless when included twice, from the same URL or another copy', async () => {
    const loader = '<script type="module" src="/actor-graph.js"></script>';
    const copy = '<script type="module" src="/actor-graph.js?copy=2"></script>';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Twice</title>
      ${loader}${loader}${copy}</head><body>
      <actor-graph src="/${GULF_URL}" loading="eager"><p>Fallback</p></actor-graph></body></html>`;
    const { page, requests, problems } = await open('/twice.html', {
      before: (p) => routeHtml(p, '/twice.html', html),
    });
    await settleObservers(page);
    await widget(page, 0)
      .rows.nth(gulf.relations.length - 1)
      .waitFor();
    // Both copies ran (the second is another module, as a second build would be); the first defined
    // the element, and the second left it alone instead of throwing on a second define().
    expect(requests.filter((url) => url.includes('/actor-graph.js'))).toHaveLength(2);
    const upgraded = await page.evaluate(
      () => document.querySelector('actor-graph') instanceof customElements.get('actor-graph')!,
    );
    expect(upgraded).toBe(true);
    expect(requests.filter((url) => HEAVY_CHUNK.test(url))).toHaveLength(1);
    expect(problems).toEqual([]);
    await closeAll();
  });

  it('takes over data and limits set before the script defined the element', async () => {
    // A page script that runs first sets properties on the not-yet-defined element; they must not
    // be lost as plain own properties once the loader arrives.
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Early</title></head>
      <body><actor-graph id="early" loading="eager"></actor-graph>
      <script type="module">
        const element = document.getElementById('early');
        const response = await fetch('/${GULF_URL}');
        const dataset = await response.json();
        dataset.title = 'Set before the upgrade';
        dataset.sources = dataset.sources.map((s) => ({ ...s, file: new URL(s.file, new URL('/${GULF_URL}', location.href)).pathname.replace(/^\\//, '') }));
        element.data = dataset;
        element.limits = { timeoutMs: 20000 };
        const script = document.createElement('script');
        script.type = 'module';
        script.src = '/actor-graph.js';
        document.head.append(script);
      </script></body></html>`;
    const { page, problems } = await open('/early.html', {
      before: (p) => routeHtml(p, '/early.html', html),
    });
    await page.getByRole('heading', { name: 'Set before the upgrade' }).waitFor();
    await widget(page, 0)
      .rows.nth(gulf.relations.length - 1)
      .waitFor();
    expect(
      await page.evaluate(() =>
        Object.prototype.hasOwnProperty.call(document.getElementById('early'), 'data'),
      ),
    ).toBe(false);
    expect(problems).toEqual([]);
    await closeAll();
  });
});
