import { describe, expect, it } from 'vitest';
import type { EmbedDescription } from '../../components/embed-code/embed-context.ts';
import {
  RESIZE_SCRIPT,
  escapeAttribute,
  iframeSnippet,
  noFrameReason,
  scriptSafeJson,
  scriptSnippet,
} from '../../components/embed-code/snippets.ts';
import { readEmbedParams } from '../../components/embed-page/embed-params.ts';

// The pure parts of embedding, in Node: the snippets the Embed dialog shows, and what the iframe page
// accepts from its query string. (The browser tests show the same code at work.)
const SITE = 'https://graphs.example.org/dist/';
const described = (overrides: Partial<EmbedDescription> = {}): EmbedDescription => ({
  loader: `${SITE}actor-graph.js`,
  page: `${SITE}embed.html`,
  attributes: [['src', `${SITE}graph-data/gulf.json`]],
  ...overrides,
});

describe('snippets', () => {
  it('escape every character that could end an attribute value or start a tag', () => {
    expect(escapeAttribute(`"><script>alert('x')</script>&`)).toBe(
      '&quot;&gt;&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&amp;',
    );
  });

  it('are the loader and the element, attributes in order and escaped', () => {
    const snippet = scriptSnippet(
      described({
        attributes: [
          ['src', `${SITE}graph-data/gulf.json`],
          ['heading', 'Gulf "balance" <draft>'],
          ['theme', 'dark'],
        ],
      }),
    );
    expect(snippet).toBe(
      `<script type="module" src="${SITE}actor-graph.js"></script>\n` +
        `<actor-graph src="${SITE}graph-data/gulf.json" heading="Gulf &quot;balance&quot; &lt;draft&gt;" theme="dark"></actor-graph>`,
    );
  });

  it('carry inline data as JSON that cannot close its script element', () => {
    const data = JSON.stringify({ title: 'a </script><script>alert(1)</script> <!-- b' }, null, 2);
    expect(scriptSafeJson(data)).not.toContain('<');
    expect(JSON.parse(scriptSafeJson(data))).toEqual(JSON.parse(data));
    const snippet = scriptSnippet(described({ attributes: [['heading', 'Inline']], data }));
    expect(snippet.match(/<\/script>/g)).toHaveLength(2);
    expect(snippet).toContain('<actor-graph heading="Inline">\n  <script type="application/json">\n{');
  });

  it('give the iframe page the attributes it reads as query parameters, then the parent script', () => {
    const snippet = iframeSnippet(
      described({
        attributes: [
          ['src', `${SITE}graph-data/gulf.json?v=1&x="y"`],
          ['heading', 'A & B'],
        ],
      }),
      `It's "quoted"`,
    )!;
    const src = /^<iframe src="([^"]*)"/.exec(snippet)![1]!.replace(/&amp;/g, '&');
    const url = new URL(src);
    expect(url.origin + url.pathname).toBe(`${SITE}embed.html`);
    expect(url.searchParams.get('src')).toBe(`${SITE}graph-data/gulf.json?v=1&x="y"`);
    // The frame shows the data's own title: a heading is the iframe's title only (embed-params.ts).
    expect(url.searchParams.get('heading')).toBeNull();
    expect(snippet).toContain(`title="It&#39;s &quot;quoted&quot;" data-actor-graph loading="lazy"`);
    expect(snippet.endsWith(`\n${RESIZE_SCRIPT}`)).toBe(true);
  });

  it('have no iframe form for inline data or data on another site, and say which', () => {
    expect(noFrameReason(described())).toBeUndefined();
    expect(noFrameReason(described({ data: '{}', attributes: [] }))).toBe('inline-data');
    expect(noFrameReason(described({ attributes: [['src', 'https://elsewhere.example/g.json']] }))).toBe(
      'other-site',
    );
    expect(iframeSnippet(described({ data: '{}', attributes: [] }), 'T')).toBeUndefined();
  });
});

describe('the iframe page’s query string', () => {
  const page = (query: string) => readEmbedParams(`${SITE}embed.html?${query}`);
  const src = encodeURIComponent(`${SITE}graph-data/gulf.json`);

  it('passes a same-site src, and the settings it knows; never a heading of the link’s own', () => {
    expect(page(`src=${src}&heading=The+Gulf&heading-level=3&theme=dark&id=frame-1&height=640`)).toEqual({
      attributes: [
        ['src', `${SITE}graph-data/gulf.json`],
        ['heading-level', '3'],
        ['theme', 'dark'],
      ],
      height: 640,
      id: 'frame-1',
      error: undefined,
    });
    expect(page('src=graph-data/gulf.json').attributes).toEqual([['src', `${SITE}graph-data/gulf.json`]]);
  });

  it.each([
    ['another site', 'https://elsewhere.example/gulf.json'],
    ['another scheme', 'javascript:alert(1)'],
    ['a data URL', 'data:application/json,{}'],
    ['plain http elsewhere', 'http://graphs.example.org/gulf.json'],
  ])('refuses a src on %s', (_, value) => {
    const params = page(`src=${encodeURIComponent(value)}`);
    expect(params.attributes).toEqual([]);
    expect(params.error).toBe('The src parameter must be an http(s) address on https://graphs.example.org.');
  });

  it('ignores settings it does not know, and bounds the height', () => {
    const params = page(`src=${src}&theme=neon&heading-level=9&id=<b>&height=99999`);
    expect(params.attributes).toEqual([['src', `${SITE}graph-data/gulf.json`]]);
    expect(params.id).toBeNull();
    expect(params.height).toBe(2000);
    expect(page(`src=${src}&height=12`).height).toBe(200);
    expect(page(`src=${src}&height=`).height).toBeUndefined();
  });

  it('passes view as a same-site URL, or as the widget’s own "#view" (this page’s address)', () => {
    expect(page(`src=${src}&view=views%2Fa.json`).attributes).toContainEqual(['view', `${SITE}views/a.json`]);
    expect(page(`src=${src}&view=%23view`).attributes).toContainEqual(['view', '#view']);
    expect(page(`src=${src}&view=%23other`).error).toBe(
      'The view parameter must be an http(s) address on https://graphs.example.org, or #view.',
    );
  });

  it('says when src is missing', () => {
    expect(page('theme=dark').error).toBe('The src parameter (the address of the graph data) is missing.');
  });
});
