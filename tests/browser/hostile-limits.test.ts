/**
 * `limits` on `<actor-graph>`: an answer larger than `limits.maxBytes` is refused with `too-large`
 * without being read to the end (from its `Content-Length`, or counted as it streams), in the words
 * the validator uses; limits given wrong are shown as the host's mistake.
 */
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { validateDataset } from '../../src/validate/index.ts';
import { FIXTURES } from '../core/fixture-manifest.ts';
import { browserSession, type WatchedPage } from './browser.ts';
import { tinyDataset } from './explorer-fixtures.ts';
import { absolute, dataRequests, expectFailure, mount, openHostilePage, problemsOf } from './hostile-page.ts';
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

describe('src larger than limits.maxBytes', () => {
  const maxBytes = 10 * 1024;

  it('is refused from its Content-Length, before its body is read', async () => {
    const { page, problems } = await open();
    const url = `${other.origin}/declared/${100 * 1024 * 1024}.json`;
    // The body never ends: a fetch that read it would wait for the (long) timeout instead.
    await mount(page, url, { maxBytes, timeoutMs: 60_000 });
    await expectFailure(
      page,
      'too-large',
      'The file is 100.0 MB; the limit is 10240 bytes (raise limits.maxBytes to read it).',
    );
    expect((await problemsOf(page))[0]).toMatchObject({ file: url, path: '$', line: 1, column: 1 });
    await expect.poll(() => other.served.get(new URL(url).pathname)?.closedEarly).toBe(true);
    expect(problems).toEqual([]);
  });

  it('is counted as it streams and dropped one byte past the limit, when no length is announced', async () => {
    const { page, problems } = await open();
    const url = `${other.origin}/endless.json`;
    await mount(page, url, { maxBytes, timeoutMs: 60_000 });
    await expectFailure(
      page,
      'too-large',
      'The file is larger than the limit of 10240 bytes, where reading stopped (raise limits.maxBytes to read it).',
    );
    // The answer has no end: the widget hung up on it.
    await expect.poll(() => other.served.get('/endless.json')?.closedEarly).toBe(true);
    expect(problems).toEqual([]);
  });

  it('is refused as the validator refuses it when the server says its length', async () => {
    const { page, problems } = await open();
    const url = absolute('/hostile/padded.json');
    const body = JSON.stringify(tinyDataset('Padded'), null, 2).padEnd(maxBytes + 1, ' ');
    await page.route(url, (route) => route.fulfill({ contentType: 'application/json', body }));
    await mount(page, url, { maxBytes });
    await expectFailure(
      page,
      'too-large',
      `The file is ${maxBytes + 1} bytes; the limit is ${maxBytes} bytes (raise limits.maxBytes to read it).`,
    );
    // One byte less is within the limit: the same dataset loads.
    await mount(page, url, { maxBytes: maxBytes + 1 });
    await page.locator('actor-graph').getByRole('heading', { name: 'Padded' }).waitFor();
    expect(problems).toEqual([]);
  });
});

describe('src larger than the default limits', () => {
  it('is refused from its Content-Length with the verdict the validator gives those bytes', async () => {
    const [fixture] = FIXTURES.filter((f) => f.generator?.kind === 'sparse');
    if (fixture?.generator?.kind !== 'sparse') throw new Error('The manifest has no over-the-limit case.');
    const { size } = fixture.generator;
    const { page, problems } = await open();
    const url = `${other.origin}/declared/${size}.json`;
    await mount(page, url);
    const verdict = await validateDataset(new Uint8Array(size), { file: url });
    expect(await problemsOf(page)).toEqual(verdict.problems);
    expect(verdict.problems.map((p) => `${p.code} ${p.path}`)).toEqual(
      fixture.errors.map((e) => `${e.code} ${e.path}`),
    );
    await expectFailure(page, 'too-large', verdict.problems[0]!.message);
    await expect.poll(() => other.served.get(new URL(url).pathname)?.closedEarly).toBe(true);
    expect(problems).toEqual([]);
  });
});

describe('limits given wrong', () => {
  it.each([
    [{ maxBytes: -1 }, 'limits.maxBytes must be a positive integer, got -1.'],
    [{ maxActors: 60_000 }, "limits.maxActors can be at most 50,000, the format's maximum; got 60000."],
    [
      { timeoutMs: 0 },
      'limits.timeoutMs must be a whole number of milliseconds from 1 to 2147483647, got 0.',
    ],
    [
      { timeoutMs: 2 ** 31 },
      'limits.timeoutMs must be a whole number of milliseconds from 1 to 2147483647, got 2147483648.',
    ],
  ])('shows %j as the host’s mistake, and requests nothing', async (limits, message) => {
    const { page, problems, requests } = await open();
    await mount(page, absolute('/hostile/anything.json'), limits);
    await expectFailure(page, 'read-failed', message);
    expect(dataRequests(requests)).toEqual([]);
    expect(problems).toEqual([]);
  });
});
