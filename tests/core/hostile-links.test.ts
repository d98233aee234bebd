/**
 * Which source URLs may become links. The widget renders a source's `url` as a link, and exporters
 * may write it; both must ask one core function, `safeLinkUrl`, so they always agree. It returns the
 * URL as WHATWG URL parsing normalises it, and only for absolute `http:` and `https:` URLs without
 * credentials; anything else is shown as text, never linked.
 *
 * Credentials are refused (our call): no published source needs them, and they are the classic
 * disguise, `https://trusted.example@evil.example/` reads as trusted and goes to evil.example.
 * `https:/x` is accepted as `https://x/`: that is what every browser makes of it, and the link we
 * render is the normalised form, so what is shown is where it goes.
 */
import fc from 'fast-check';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { safeLinkUrl } from '../../src/text/safe-url.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { FIXTURES } from './fixture-manifest.ts';
import { FIXTURES_DIR } from '../fixtures/hostile/harness.ts';

const CASES = FIXTURES.filter((f) => f.links);
/** What a normalised link never contains raw: spaces, controls, double quotes and angle brackets. */
const unsafeInHref = (link: string): string[] =>
  [...link].filter((c) => c <= ' ' || (c >= '\u007F' && c <= '\u009F') || '"<>'.includes(c));

function expectLinkable(link: string): void {
  const parsed = new URL(link);
  expect(['http:', 'https:']).toContain(parsed.protocol);
  expect([parsed.username, parsed.password]).toEqual(['', '']);
  expect(parsed.href).toBe(link);
  expect(unsafeInHref(link)).toEqual([]);
  expect(safeLinkUrl(link)).toBe(link);
}

describe.each(CASES.map((f) => [f.name, f] as const))('source URLs in %s', (_, fixture) => {
  it('become links exactly as the manifest says, and only http(s) ones', async () => {
    const dataset = JSON.parse(await readFile(path.join(FIXTURES_DIR, fixture.file!), 'utf8')) as Dataset;
    const urls = dataset.sources.flatMap((s) => (s.url === undefined ? [] : [s.url]));
    expect(urls.sort()).toEqual(Object.keys(fixture.links!).sort());
    for (const [url, expected] of Object.entries(fixture.links!)) {
      expect(safeLinkUrl(url), JSON.stringify(url)).toBe(expected);
      if (expected !== undefined) expectLinkable(expected);
    }
  });
});

describe('safeLinkUrl on arbitrary input', () => {
  const pieces = fc.constantFrom(
    'javascript:',
    'JaVaScRiPt:',
    'java\tscript:',
    'data:',
    'vbscript:',
    'file:',
    'http:',
    'https:',
    'HTTPS:',
    '//',
    '/',
    '\\',
    '@',
    'user:pass@',
    'evil.example',
    'ok.example',
    ':',
    '%00',
    '%0a',
    '#',
    '?',
    ' ',
    '\t',
    '\n',
    '\u0000',
    '\u001b',
    '\u202E',
    '\u00A0',
    '\uFEFF',
    '\uD800',
    '<script>',
    '"',
    "'",
    '`',
    'alert(1)',
  );
  const hostile = fc
    .array(fc.oneof(pieces, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 8 })
    .map((parts) => parts.join(''));

  it('returns nothing, or an absolute http(s) URL without credentials that it maps to itself', () => {
    fc.assert(
      fc.property(hostile, (raw) => {
        const link = safeLinkUrl(raw);
        if (link !== undefined) expectLinkable(link);
      }),
      { seed: 20250620, numRuns: 2000 },
    );
  });

  it('links every ordinary http(s) URL, normalised as the browser would', () => {
    const url = fc.webUrl({
      validSchemes: ['http', 'https'],
      withQueryParameters: true,
      withFragments: true,
      authoritySettings: { withUserInfo: false, withPort: true },
    });
    fc.assert(
      fc.property(url, (raw) => {
        expect(safeLinkUrl(raw)).toBe(new URL(raw).href);
      }),
      { seed: 20250620, numRuns: 300 },
    );
  });
});
