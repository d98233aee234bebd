/**
 * Labels, quotes and attributions full of markup, control characters, lone surrogates and bidi
 * overrides: the XML exports stay well-formed for expat and networkx, keep every allowed character
 * exactly, and keep the exact text (forbidden characters too) in the JSON `evidence` column.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { writeGexf, writeGraphml } from '../../src/export/index.ts';
import { smallDataset } from './small-dataset.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

const C0 = Array.from({ length: 32 }, (_, i) => String.fromCharCode(i)).join('');
const SAFE = `<script>alert(1)</script> ]]> <![CDATA[x]]> &amp; & " ' \u202Eevil\u202C 🎉 end`;
const HOSTILE = `${SAFE} ${C0} \uD800 \uDFFF \uFFFE \uFFFF.`;
// What XML can carry: of the C0 controls only TAB, LF and CR; no lone surrogates, U+FFFE or U+FFFF.
const KEPT = `${SAFE} \t\n\r    .`;

function hostileDataset(): Dataset {
  const d = smallDataset();
  d.title = HOSTILE;
  d.sources[0]!.title = HOSTILE;
  d.relationTypes[0]!.label = HOSTILE;
  d.actors[0] = {
    ...d.actors[0]!,
    name: HOSTILE,
    aliases: [HOSTILE],
    representatives: [{ id: 'al', name: HOSTILE }],
  };
  d.relations[0] = {
    ...d.relations[0]!,
    attribution: HOSTILE,
    summary: HOSTILE,
    evidence: [{ source: 'src', quote: HOSTILE, start: 0, end: 5 }],
  };
  return d;
}

interface Read {
  graph: Record<string, unknown>;
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown>>;
}

const graph = buildGraph(hostileDataset());
let files: TempFiles;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

describe.each([
  ['graphml', () => writeGraphml(graph, { positions: new Map([['A', { x: 1, y: 2 }]]) })],
  ['gexf', () => writeGexf(graph)],
] as const)('%s with hostile text', (format, write) => {
  let text: string;
  let read: Read;
  beforeAll(async () => {
    text = write();
    // The reader parses with minidom (expat) before networkx: both must accept the file.
    read = readBack<Read>('read_graph.py', format, await files.write(`hostile.${format}`, text));
  });

  it('contains no markup from the data and no character XML forbids', () => {
    expect(text).not.toContain('<script');
    expect(text).not.toContain('<![CDATA[');
    const forbidden = [...text].filter((c) => {
      const code = c.codePointAt(0)!;
      return (
        (code < 0x20 && c !== '\t' && c !== '\n' && c !== '\r') ||
        (code >= 0xd800 && code <= 0xdfff) ||
        code === 0xfffe ||
        code === 0xffff
      );
    });
    expect(forbidden).toEqual([]);
  });

  it('reads back every allowed character exactly, in elements and attributes', () => {
    const node = read.nodes.A!;
    const edge = read.edges.r1!;
    expect(node.label).toBe(KEPT);
    expect(node.aliases).toBe(KEPT);
    expect(node.representatives).toBe(KEPT);
    expect(edge).toMatchObject({ attribution: KEPT, summary: KEPT, quotes: KEPT, type_label: KEPT });
    if (format === 'gexf') expect(edge.label).toBe(KEPT);
    else expect(read.graph).toMatchObject({ title: KEPT, source_titles: KEPT });
  });

  it('keeps the exact quote, forbidden characters included, in the evidence JSON', () => {
    expect(JSON.parse(read.edges.r1!.evidence as string)).toEqual([
      { source: 'src', quote: HOSTILE, start: 0, end: 5 },
    ]);
  });
});
