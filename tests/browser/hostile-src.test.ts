/**
 * Hostile and broken `src` values: not URLs, other schemes, missing files, servers that never answer
 * or stop halfway, servers that do not share their answer (CORS). Each ends in a message that names
 * the URL and what happened, in the widget's box: never a blank box, a "Loading…" that never ends or
 * an uncaught error, and other schemes are refused before any request. A reload that fails keeps the
 * graph that was there.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { browserSession, type WatchedPage } from './browser.ts';
import { tinyDataset } from './explorer-fixtures.ts';
import {
  absolute,
  dataRequests,
  expectFailure,
  expectPageIntact,
  mount,
  openHostilePage,
} from './hostile-page.ts';
import { startOtherServer, stopOtherServer } from './hostile-server.ts';

const session = browserSession();
let other: Awaited<ReturnType<typeof startOtherServer>>;

beforeAll(async () => {
  other = await startOtherServer();
});

afterEach(() => session.closeAll());

afterAll(async () => {
  await stopOtherServer(other?.server);
});

const open = async (): Promise<WatchedPage> =>
  session.track(await openHostilePage(session.browser, { loopback: true }));

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

describe('src that is not an http(s) URL', () => {
  // One page for these cases: each mounts a widget of its own and looks only at what it caused.
  let shared: WatchedPage;
  beforeAll(async () => {
    shared = await openHostilePage(session.browser, { loopback: true });
  });
  afterAll(() => shared?.context.close());

  /** The page, and its problems, dialogs and requests from now on. */
  const fresh = () => {
    const from = [shared.problems.length, shared.dialogs.length, shared.requests.length] as const;
    return {
      page: shared.page,
      get problems() {
        return shared.problems.slice(from[0]);
      },
      get dialogs() {
        return shared.dialogs.slice(from[1]);
      },
      get requests() {
        return shared.requests.slice(from[2]);
      },
    };
  };

  it('says so for a value the browser cannot parse as a URL, and requests nothing', async () => {
    const seen = fresh();
    const { page } = seen;
    // (Chromium, unlike the URL standard, takes a space in a host name: "http://exa mple.com" loads.)
    const sources = [
      'https://[::1/data.json',
      'http://:80/',
      'http://x:99999/data.json',
      'https://exa<mple.com/',
    ];
    for (const src of sources) {
      await mount(page, src);
      await expectFailure(page, 'read-failed', `"${src}" is not a URL the browser can load.`);
    }
    expect(dataRequests(seen.requests)).toEqual([]);
    expect([...seen.problems, ...seen.dialogs]).toEqual([]);
  });

  it.each([
    ['javascript:alert(1)', 'javascript:alert(1)', 'javascript:'],
    [' JaVaScRiPt:alert(1)', 'javascript:alert(1)', 'javascript:'],
    ['java\tscript:alert(1)', 'javascript:alert(1)', 'javascript:'],
    ['data:application/json,{}', 'data:application/json,{}', 'data:'],
    ['data:text/html,<script>alert(1)</script>', 'data:text/html,<script>alert(1)</script>', 'data:'],
    ['file:///etc/passwd', 'file:///etc/passwd', 'file:'],
    ['blob:https://ok.example/0b0c', 'blob:https://ok.example/0b0c', 'blob:'],
    ['about:blank', 'about:blank', 'about:'],
    ['ftp://ftp.example.org/data.json', 'ftp://ftp.example.org/data.json', 'ftp:'],
  ])('refuses %j before any request, naming the URL and its scheme', async (src, href, scheme) => {
    const seen = fresh();
    const { page } = seen;
    await mount(page, src);
    await expectFailure(
      page,
      'read-failed',
      `${href} was not loaded: only http: and https: URLs are, not ${scheme} ones. ` +
        'To show data the page already has, set the data property instead.',
    );
    expect(dataRequests(seen.requests)).toEqual([]);
    expect([...seen.problems, ...seen.dialogs]).toEqual([]);
  });
});

describe('src that fails on the way', () => {
  it('names the URL and the status of a 404, with only the browser’s own line in the console', async () => {
    const { page, problems } = await open();
    const url = absolute('/hostile/no%20such%20dataset.json');
    await page.route(url, (route) =>
      route.fulfill({ status: 404, contentType: 'text/plain', body: 'Not found' }),
    );
    await mount(page, 'no such dataset.json');
    await expectFailure(
      page,
      'read-failed',
      `${url} could not be loaded: the server answered HTTP 404 Not Found.`,
    );
    expect(problems).toEqual([
      'error: Failed to load resource: the server responded with a status of 404 (Not Found)',
    ]);
  });

  it('stops waiting for a server that never answers after limits.timeoutMs', async () => {
    const { page, problems } = await open();
    const url = absolute('/hostile/never.json');
    await page.route(url, () => undefined);
    await mount(page, url, { timeoutMs: 300 });
    await expectFailure(
      page,
      'read-failed',
      `${url} did not answer within 300 ms; the request was stopped (limits.timeoutMs).`,
    );
    expect(problems).toEqual([]);
  });

  it('stops waiting for a body that stops halfway after limits.timeoutMs', async () => {
    const { page, problems } = await open();
    const url = `${other.origin}/stalls.json`;
    await mount(page, url, { timeoutMs: 300 });
    await expectFailure(
      page,
      'read-failed',
      `${url} sent nothing more for 300 ms; the request was stopped (limits.timeoutMs).`,
    );
    await expect.poll(() => other.served.get('/stalls.json')?.closedEarly).toBe(true);
    expect(problems).toEqual([]);
  });

  it('says a cross-origin server may not share its answer, with the browser’s CORS lines only', async () => {
    const { page, problems } = await open();
    const url = `${other.origin}/no-cors.json`;
    await mount(page, url);
    const origin = new URL(absolute('/')).origin;
    await expectFailure(
      page,
      'read-failed',
      `Could not reach ${url}: the server did not answer, or it does not let pages of ${origin} read it ` +
        '(no CORS header for them) (Failed to fetch).',
    );
    expect(problems).toEqual([
      expect.stringMatching(
        new RegExp(
          `^error: Access to fetch at '${escape(url)}' from origin '${escape(origin)}' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource\\.$`,
        ),
      ),
      'error: Failed to load resource: net::ERR_FAILED',
    ]);
  });

  it('shows a source file that never answers as a problem of that source, naming its URL', async () => {
    const { page, problems } = await open();
    const dataset = tinyDataset('Waits for a source');
    const text = dataset.sources[0]!.text!;
    dataset.sources[0] = { id: 'text', title: 'A short text', file: 'sources/hangs.txt' };
    await page.route(absolute('/hostile/waits.json'), (route) => route.fulfill({ json: dataset }));
    await page.route(absolute('/hostile/sources/hangs.txt'), () => undefined);
    await mount(page, absolute('/hostile/waits.json'), { timeoutMs: 300 });
    await expectFailure(
      page,
      'source-unavailable',
      `Source file "sources/hangs.txt" could not be read: ${absolute('/hostile/sources/hangs.txt')} did not ` +
        'answer within 300 ms; the request was stopped (limits.timeoutMs).',
    );
    expect(text).toContain('Gamma struck Beta.');
    expect(problems).toEqual([]);
  });
});

describe('a reload that fails', () => {
  it('keeps the last good graph, with the message naming the URL above it', async () => {
    const { page, problems, dialogs } = await open();
    const url = absolute('/hostile/good.json');
    await page.route(url, (route) => route.fulfill({ json: tinyDataset('Still here') }));
    expect(await mount(page, url)).toBe('ready');
    const widget = page.locator('actor-graph');
    for (const src of ['javascript:alert(1)', 'http://x:99999/data.json']) {
      await widget.evaluate((element, value) => element.setAttribute('src', value), src);
      const banner = widget.getByRole('alert');
      await banner.getByText('The new graph could not be loaded.').waitFor();
      expect(await banner.locator('.message').textContent()).toContain(src);
      await widget.getByRole('heading', { name: 'Still here' }).waitFor();
      expect(await widget.locator('actor-graph-table tbody tr').count()).toBe(2);
      expect(await widget.evaluate((element) => (element as ActorGraphElement).graph?.order)).toBe(3);
      await banner.getByRole('button', { name: 'Dismiss' }).click();
    }
    expect([...problems, ...dialogs]).toEqual([]);
    await expectPageIntact(page);
  });
});
