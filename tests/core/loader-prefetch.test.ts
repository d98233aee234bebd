/**
 * The loader's early requests for a dataset's source texts (components/actor-graph/prefetch.ts):
 * which files it asks for, that it agrees with the schema and the worker threshold, and that a request
 * nobody takes is stopped. `fetch` is replaced by a recorder; the dataset's answer is a real Response.
 */
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  PREFETCH_MAX_BYTES,
  PREFETCH_MAX_SOURCES,
  SOURCE_FILE,
  prefetchSources,
  sourceUrls,
} from '../../components/actor-graph/prefetch.ts';
import { WORKER_BYTES } from '../../components/graph-worker/graph-worker-client.ts';

const schema = JSON.parse(readFileSync('graph-data/schema.json', 'utf8')) as {
  $defs: { source: { properties: { file: { pattern: string } } } };
};
const BASE = new URL('https://news.example/graphs/seed.json');

interface Asked {
  readonly url: string;
  readonly signal: AbortSignal;
}

/** Replaces fetch: every request is recorded and answered with its URL as text. */
function recordFetches(): Asked[] {
  const asked: Asked[] = [];
  vi.stubGlobal('fetch', (url: string | URL, init: RequestInit) => {
    asked.push({ url: String(url), signal: init.signal! });
    return Promise.resolve(new Response(`text of ${String(url)}`));
  });
  return asked;
}

const answer = (body: string, status = 200): Promise<Response> =>
  Promise.resolve(new Response(body, { status }));
const datasetNaming = (...files: unknown[]): string =>
  JSON.stringify({ id: 'x', sources: files.map((file, i) => ({ id: `s${i}`, file })) });

afterEach(() => vi.unstubAllGlobals());

describe('which source files the loader asks for', () => {
  it('uses the schema’s own pattern for a source file, and the worker’s size threshold', () => {
    expect(SOURCE_FILE.source).toBe(new RegExp(schema.$defs.source.properties.file.pattern).source);
    expect(PREFETCH_MAX_BYTES).toBe(WORKER_BYTES);
  });

  it('takes each file the schema would accept, resolved beside the dataset, each URL once, a few at most', () => {
    const sources = [
      { file: 'sources/a.txt' },
      { file: './sources/a.txt' },
      { text: 'inline' },
      { file: 'b.txt' },
    ];
    expect(sourceUrls({ sources }, BASE)).toEqual([
      'https://news.example/graphs/sources/a.txt',
      'https://news.example/graphs/b.txt',
    ]);
    const many = { sources: Array.from({ length: 20 }, (_, i) => ({ file: `s${i}.txt` })) };
    expect(sourceUrls(many, BASE)).toHaveLength(PREFETCH_MAX_SOURCES);
  });

  it('never asks for a path the schema refuses: outside the folder, absolute, hidden, another host', () => {
    const refused = [
      '../secret.txt',
      '/etc/passwd',
      '.env',
      'notes/.git/config',
      'https://elsewhere.example/x',
      '//elsewhere.example/x',
      'a b.txt',
      42,
      null,
    ];
    expect(sourceUrls({ sources: refused.map((file) => ({ file })) }, BASE)).toEqual([]);
  });

  it('finds nothing in what is not a dataset', () => {
    for (const value of [null, 3, 'text', [], { sources: 'sources/a.txt' }, { sources: [null, 1, 'x'] }])
      expect(sourceUrls(value, BASE)).toEqual([]);
  });
});

describe('the requests it makes', () => {
  it('asks for the named files beside the dataset as soon as its JSON is in, and hands each out once', async () => {
    const asked = recordFetches();
    const sources = prefetchSources(answer(datasetNaming('sources/a.txt', 'b.txt')), BASE);
    const a = await sources.take('https://news.example/graphs/sources/a.txt');
    expect(asked.map((request) => request.url)).toEqual([
      'https://news.example/graphs/sources/a.txt',
      'https://news.example/graphs/b.txt',
    ]);
    expect(await (await a!.response).text()).toBe('text of https://news.example/graphs/sources/a.txt');
    expect(await sources.take('https://news.example/graphs/sources/a.txt')).toBeUndefined();
    expect(await sources.take('https://news.example/graphs/other.txt')).toBeUndefined();
  });

  it('stops the requests nobody took when released, and asks for nothing more after', async () => {
    const asked = recordFetches();
    const sources = prefetchSources(answer(datasetNaming('a.txt', 'b.txt')), BASE);
    await sources.take('https://news.example/graphs/a.txt');
    sources.release();
    expect(asked.map((request) => [request.url, request.signal.aborted])).toEqual([
      ['https://news.example/graphs/a.txt', false],
      ['https://news.example/graphs/b.txt', true],
    ]);

    const early = prefetchSources(answer(datasetNaming('c.txt')), BASE);
    early.release();
    expect(await early.take('https://news.example/graphs/c.txt')).toBeUndefined();
    expect(asked).toHaveLength(2);
  });

  it('asks for nothing when the answer is large, not JSON, an error or no answer at all', async () => {
    const asked = recordFetches();
    const large = JSON.stringify({
      sources: [{ file: 'a.txt' }],
      padding: 'x'.repeat(PREFETCH_MAX_BYTES),
    });
    const answers = [
      answer(large),
      answer('{"sources": [{"file": "a.txt"}'),
      answer(datasetNaming('a.txt'), 404),
      Promise.reject(new TypeError('Failed to fetch')),
    ];
    for (const response of answers) {
      const sources = prefetchSources(response, BASE);
      expect(await sources.take('https://news.example/graphs/a.txt')).toBeUndefined();
    }
    expect(asked).toEqual([]);
  });

  it('stops reading its copy when released, so an answer that never ends is not kept open', async () => {
    const asked = recordFetches();
    let cancelled = false;
    const body = new ReadableStream<Uint8Array>({
      start: (controller) => controller.enqueue(new TextEncoder().encode('{"sources": [')),
      cancel: () => void (cancelled = true),
    });
    const response = Promise.resolve(new Response(body));
    const sources = prefetchSources(response, BASE);
    // The widget gives up on the answer (too large, too slow), then releases what the loader asked for.
    // (A copy's branch is cancelled for good only with the other: that promise waits for both.)
    const given = (await response).body!.cancel();
    expect(cancelled).toBe(false);
    sources.release();
    await given;
    expect(cancelled).toBe(true);
    expect(await sources.take('https://news.example/graphs/a.txt')).toBeUndefined();
    expect(asked).toEqual([]);
  });

  it('leaves the dataset’s own answer unread for the widget', async () => {
    recordFetches();
    const response = answer(datasetNaming('a.txt'));
    const sources = prefetchSources(response, BASE);
    await sources.take('https://news.example/graphs/a.txt');
    expect(JSON.parse(await (await response).text())).toMatchObject({ id: 'x' });
  });
});
