/**
 * Every piece of text in the dataset is hostile: markup, event handlers, `javascript:` URLs, CDATA
 * ends, bare ampersands, control characters, lone surrogates, noncharacters, bidi overrides and
 * 10,000-character words. The SVG stays well-formed for expat, carries no script, handler, link or
 * reference of any kind, keeps the harmless text readable, and librsvg renders it.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { toSVG } from '../../src/export/svg.ts';
import { balanceIsolates } from '../../src/text/bidi.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { smallDataset } from './small-dataset.ts';
import { allElements, byClass, PNG_SIGNATURE, readSvg, renderWithRsvg } from './readers/read-svg.ts';

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const LONG = 'A'.repeat(10_000);
const HOSTILE = [
  '<script>alert(1)</script>',
  '"><svg onload=alert(1)>',
  'javascript:alert(1)',
  ']]>',
  '&',
  `x${C0}y`,
  'lone \uD800 surrogate',
  'non \uFFFE character',
  '\u202Eevil\u202C \u2066isolated',
  LONG,
];
const ALL = HOSTILE.join(' ');
/** Embeddings and overrides: dropped. Isolates are kept, balanced on every line (issue #12). */
const BIDI = /[\u202A-\u202E]/;

function hostileDataset(): Dataset {
  const d = smallDataset();
  d.title = ALL;
  d.sources[0]!.title = ALL;
  d.relationTypes = d.relationTypes.map((type, i) => ({ ...type, label: HOSTILE[i % HOSTILE.length]! }));
  d.actors = HOSTILE.map((name, i) => ({ id: `a${i}`, name, kind: i % 2 ? 'bloc' : 'state' }));
  d.relations = d.relations.map((relation, i) => ({ ...relation, from: `a${i}`, to: `a${i + 1}` }));
  return d;
}

const dataset = hostileDataset();
const graph = buildGraph(dataset);
const positions = new Map(
  dataset.actors.map((a, i) => [a.id, { x: (i % 4) * 160, y: Math.floor(i / 4) * 120 }]),
);

describe('toSVG with hostile text everywhere', () => {
  const variants = {
    'dataset text': toSVG(graph, { positions, selection: { kind: 'relation', id: 'r1' } }),
    'hostile options': toSVG(graph, {
      positions,
      title: ALL,
      attribution: ALL,
      region: { x: -50, y: -50, width: 400, height: 300 },
    }),
  };

  for (const [name, svg] of Object.entries(variants)) {
    describe(name, () => {
      // Read (by Python's expat) in a hook, not while the tests are collected: a hook has a timeout.
      let read: ReturnType<typeof readSvg>;
      let elements: ReturnType<typeof allElements>;
      beforeAll(() => {
        read = readSvg(svg);
        elements = allElements(read.root);
      });

      it('is well-formed and all SVG', () => {
        expect(read.root.tag).toBe('svg');
        expect(elements.every((e) => e.ns === 'http://www.w3.org/2000/svg')).toBe(true);
      });

      it('has no script, handler, link, foreign content or reference', () => {
        const tags = new Set(elements.map((e) => e.tag));
        for (const tag of [
          'script',
          'foreignObject',
          'a',
          'use',
          'image',
          'style',
          'iframe',
          'animate',
          'set',
        ])
          expect(tags.has(tag)).toBe(false);
        for (const element of elements) {
          for (const [attribute, value] of Object.entries(element.attrib)) {
            const local = attribute.replace(/^\{[^}]*\}/, '');
            expect(local.toLowerCase().startsWith('on')).toBe(false);
            expect(local.toLowerCase()).not.toContain('href');
            expect(local).not.toBe('id');
            expect(value).not.toMatch(/url\(|javascript:/i);
          }
        }
        expect(svg).not.toMatch(/<script|javascript:|href|url\(|<!\[CDATA|<!DOCTYPE|<!ENTITY/i);
      });

      it('drops characters XML forbids and bidi overrides, and keeps the rest as text', () => {
        expect(svg).not.toMatch(BIDI);
        for (const line of read.isolatedTexts.flat()) expect(balanceIsolates(line)).toBe(line);
        const forbidden = [...svg].filter((c) => {
          const code = c.codePointAt(0)!;
          return (
            (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') || code === 0xfffe || code === 0xffff
          );
        });
        expect(forbidden).toEqual([]);
        expect(svg).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/);
        const lines = read.texts.flat();
        expect(lines.join(' ')).not.toMatch(BIDI);
        // What is harmless survives, as readable text: the reader sees exactly what the data says.
        expect(lines).toContain('<script>alert(1)</script>');
        expect(lines).toContain('javascript:alert(1)');
        expect(lines).toContain('evil isolated');
        expect(read.title).toContain('"><svg onload=alert(1)>');
      });

      it('renders with librsvg', () => {
        const png = renderWithRsvg(svg);
        expect(png.signature).toBe(PNG_SIGNATURE);
        expect(png.foregroundFraction).toBeGreaterThan(0.001);
      });
    });
  }

  it('wraps and shortens long chrome text instead of widening the image for it', () => {
    const read = readSvg(variants['hostile options']);
    const title = byClass(read.root, 'title')[0]!;
    const lines = allElements(title).filter((e) => e.tag === 'tspan');
    expect(lines).toHaveLength(3);
    expect(read.texts[0]!.at(-1)).toMatch(/…$/);
    expect(Number(read.root.attrib['width'])).toBe(480);
  });
});
