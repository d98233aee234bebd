/**
 * Issue #12, case 7, in the core: data inside text of ours is isolated (U+2068 … U+2069) where it is
 * made into labels, sentences and pictures, and nothing in it can close the isolate around it. The
 * browser half (the widget on a right-to-left page, where order is read from the layout) is
 * `tests/browser/hostile-bidi.test.ts`.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { escapeAttribute, scriptSafeJson } from '../../components/embed-code/snippets.ts';
import { toSVG } from '../../src/export/svg.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { summarizeGraph } from '../../src/graph/summary.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { estimateTextWidth } from '../../src/layout/label-metrics.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import { balanceIsolates, isolate, isolateLines } from '../../src/text/bidi.ts';
import { RTL_NAMES } from '../fixtures/hostile/cases-hardening.ts';
import { FIXTURES_DIR } from '../fixtures/hostile/harness.ts';
import { readSvg } from './readers/read-svg.ts';

const FSI = '\u2068';
const PDI = '\u2069';
const rtl = JSON.parse(readFileSync(`${FIXTURES_DIR}/hostile/injection/rtl-names.json`, 'utf8')) as Dataset;
const graph = buildGraph(rtl);

/** Whether every isolate in `text` is closed in it, and none is closed that it did not open. */
function balanced(text: string): boolean {
  let depth = 0;
  for (const char of text) {
    if (char === FSI || char === '\u2066' || char === '\u2067') depth++;
    else if (char === PDI && --depth < 0) return false;
  }
  return depth === 0;
}

describe('isolate', () => {
  it.each([
    ['Russia', `${FSI}Russia${PDI}`],
    [RTL_NAMES.override, `${FSI}Russia\u202E${PDI}`],
    // A stray closer would close the isolate around it: it is left out.
    [RTL_NAMES.breakout, `${FSI}Gulf\u202Estates${PDI}`],
    // An isolate the data opens is closed before ours.
    ['\u2067open', `${FSI}\u2067open${PDI}${PDI}`],
    ['\u2066a\u2069 b \u2069', `${FSI}\u2066a${PDI} b ${PDI}`],
    ['', ''],
  ])('%j becomes %j', (text, isolated) => {
    expect(isolate(text)).toBe(isolated);
    expect(balanced(isolate(text))).toBe(true);
  });

  it('balances every line of an isolate cut into lines, carrying what is open to the next', () => {
    const lines = isolateLines([`${FSI}Gulf`, `\u2067states ${PDI}and`, `more${PDI}`]);
    expect(lines).toEqual([`${FSI}Gulf${PDI}`, `${FSI}\u2067states ${PDI}and${PDI}`, `${FSI}more${PDI}`]);
    expect(lines.every(balanced)).toBe(true);
    expect(balanceIsolates('plain text')).toBe('plain text');
  });

  it('gives isolates and marks no width, so labels wrap where the screen wraps them', () => {
    expect(estimateTextWidth(isolate('Russia'), 14)).toBe(estimateTextWidth('Russia', 14));
    expect(estimateTextWidth('a\u200Fb\u202E', 14)).toBe(estimateTextWidth('ab', 14));
  });
});

describe('where data meets our text', () => {
  it('isolates every label of the canvas', () => {
    const elements = toElements(graph, { encodings: encodeTypes(rtl.relationTypes) });
    for (const element of elements) {
      const label = String(element.data['label']);
      expect(label.startsWith(FSI) && label.endsWith(PDI) && balanced(label)).toBe(true);
    }
    const ru2 = elements.find((e) => e.data.id === 'RU2')!;
    expect(ru2.data['label']).toBe(isolate(RTL_NAMES.override));
  });

  it('isolates the name in the summary sentence', () => {
    expect(summarizeGraph(graph)).toContain(
      `; ${isolate(RTL_NAMES.override)} is the most connected, with 4 relations to 4 actors.`,
    );
  });

  it('draws every line of an SVG balanced, data in isolates, and no override', () => {
    const svg = toSVG(graph, { positions: computeLayout(graph), legend: true });
    expect(svg).not.toMatch(/[\u202A-\u202E]/);
    const read = readSvg(svg);
    for (const line of read.isolatedTexts.flat()) expect(balanced(line)).toBe(true);
    const seen = read.texts.flat();
    for (const name of [RTL_NAMES.arabic, RTL_NAMES.hebrew, 'Russia', 'Gulfstates', 'معاهدة'])
      expect(seen).toContain(name);
    expect(read.isolatedTexts.flat()).toContain(isolate(RTL_NAMES.hebrew));
    expect(seen).toContain('Source: מקור: ידיעות (2024) — actor-graph');
  });
});

describe('embed snippets', () => {
  it('write bidi controls in values as references, which parse back to the same characters', () => {
    const heading = `${RTL_NAMES.override} heading\u2066`;
    const escaped = escapeAttribute(heading);
    expect(escaped).toBe('Russia&#x202E; heading&#x2066;');
    expect(escaped).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    const json = scriptSafeJson(JSON.stringify({ title: heading }));
    expect(json).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(JSON.parse(json)).toEqual({ title: heading });
  });
});
