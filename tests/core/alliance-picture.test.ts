import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeAlliances } from '../../src/alliance/index.ts';
import { allianceSummary, explainPair, findPair, triadSentence } from '../../src/alliance/explain.ts';
import { buildAllianceSvg } from '../../src/export/alliance-svg.ts';
import { allianceElements, campLabelId } from '../../src/graph/alliance-elements.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { allianceLayout } from '../../src/layout/alliance-layout.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { pairColor, pairWidth, strengthOf } from '../../src/picture/alliance-glyphs.ts';
import { allianceLegend, allianceLegendContent } from '../../src/picture/alliance-legend.ts';
import { drawnPairs, pairActors, pairId } from '../../src/picture/alliance-scene.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/style/theme.ts';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { byClass, readSvg, renderWithRsvg } from './readers/read-svg.ts';

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const analysis = analyzeAlliances(graph);
const positions = allianceLayout(graph, analysis, () => computeLayout(graph));
const plain = (s: string) => s.replace(/[\u2066-\u2069]/g, '');

describe('alliance picture on the seed', () => {
  it('places every actor of camp A left of every actor of camp B, the same way every time', () => {
    const [a, b] = analysis.camps.camps;
    expect(a).toContain('IRN');
    expect(b).toContain('ISR');
    const rightmostA = Math.max(...a.map((id) => positions.get(id)!.x));
    const leftmostB = Math.min(...b.map((id) => positions.get(id)!.x));
    expect(leftmostB - rightmostA).toBeGreaterThan(100);
    const again = allianceLayout(graph, analysis, () => computeLayout(graph));
    expect([...again]).toEqual([...positions]);
  });

  it('above the constraint limit, keeps the relations layout within each camp and sets the camps apart', () => {
    const relations = computeLayout(graph);
    const split = allianceLayout(graph, analysis, () => relations, { constraintLimit: 0 });
    const [a, b] = analysis.camps.camps;
    expect(Math.min(...b.map((id) => split.get(id)!.x))).toBeGreaterThan(
      Math.max(...a.map((id) => split.get(id)!.x)),
    );
    // Within camp A, distances are those of the relations layout.
    const d = (p: Map<string, { x: number; y: number }>, x: string, y: string) =>
      Math.hypot(p.get(x)!.x - p.get(y)!.x, p.get(x)!.y - p.get(y)!.y);
    expect(d(split, a[0]!, a[1]!)).toBeCloseTo(d(relations, a[0]!, a[1]!), 0);
  });

  it('draws one line per pair and marks the sides of the Russia–Iran–Israel triangle', () => {
    const pairs = drawnPairs(analysis);
    expect(pairs).toHaveLength(analysis.pairs.length);
    const unbalanced = pairs.filter((p) => p.unbalanced).map((p) => [...p.actors].sort().join('-'));
    expect(unbalanced.sort()).toEqual(['IRN-ISR', 'IRN-RUS', 'ISR-RUS']);
    expect(pairActors(pairId('RUS', 'ISR'))).toEqual(['RUS', 'ISR']);
    expect(pairActors('RUS')).toBeUndefined();
  });

  it('gives Cytoscape elements with classes from enums and a camp label per camp', () => {
    const elements = allianceElements(graph, analysis, positions);
    const edges = elements.filter((e) => e.group === 'edges');
    expect(edges).toHaveLength(analysis.pairs.length);
    const rusIrn = edges.find((e) => e.data.id === pairId('RUS', 'IRN'))!;
    expect(rusIrn.classes).toBe('ally strong unbalanced');
    expect(elements.find((e) => e.data.id === campLabelId(0))?.data.label).toBe('Camp A');
    expect(elements.find((e) => e.data.id === 'ISR')?.classes).toContain('camp-b');
  });

  it('explains a pair in words, heaviest relation first in each group', () => {
    const explanation = explainPair(graph, analysis, findPair(analysis, 'ISR', 'RUS')!);
    expect(plain(explanation.sentence)).toMatch(
      /^Russia and Israel: \+4\.85 net from 5 relations, allies on balance; 3 cooperative: mediation offer \+5, .*; 2 conflictual: condemnation −2, threat perception −1\.25 \(analysis\)\.$/,
    );
    expect(explanation.againstSplit).toBe(true);
    expect(explanation.triads[0]?.balanced).toBe(false);
    const triad = analysis.triads.list.find((t) => !t.balanced)!;
    expect(plain(triadSentence(graph, triad))).toBe(
      'Russia, Iran and Israel: unbalanced, Russia is allied with both Iran and Israel, who are adversaries.',
    );
    expect(plain(allianceSummary(graph, analysis))).toContain('1 unbalanced triangle (Russia–Iran–Israel)');
  });

  it('keeps the summary a sentence for a large graph: camps counted, a few named', () => {
    const large = buildGraph(generateDataset({ actors: 300, ratio: 1.5, seed: 5 }));
    const summary = plain(allianceSummary(large, analyzeAlliances(large)));
    expect(summary).toMatch(/Camp A: [\d,]+ actors \([^)]*, …\); camp B: [\d,]+ actors \(/);
    expect(summary.length).toBeLessThan(600);
  });

  it('has colour-blind-safe, widening lines and a legend that names every strength', () => {
    expect(pairColor(1, 'strong', 'light')).not.toBe(pairColor(-1, 'strong', 'light'));
    expect(pairColor(0, 'weak', 'dark')).toBeUndefined();
    expect(strengthOf(-13)).toBe('strong');
    expect(pairWidth(25)).toBeGreaterThan(pairWidth(5));
    const legend = allianceLegend(allianceLegendContent(['state'], drawnPairs(analysis), 'light'));
    const labels = legend.flatMap((s) => s.items.map((i) => i.label));
    expect(labels).toContain('Allies, moderate (+3 to +10)');
    expect(labels).toContain('Adversaries, strong (−10 or less)');
    expect(labels.some((l) => l.startsWith('Side of an unbalanced triangle'))).toBe(true);
  });
});

describe('alliance SVG', () => {
  it('is a framed picture with a line per pair, the camps, the legend and a description', () => {
    const svg = buildAllianceSvg(graph, analysis, { positions, theme: LIGHT_THEME });
    const read = readSvg(svg.svg);
    expect(byClass(read.root, 'pair')).toHaveLength(analysis.pairs.length);
    expect(byClass(read.root, 'node')).toHaveLength(graph.order);
    const texts = read.texts.flat();
    expect(texts).toEqual(expect.arrayContaining(['Camp A', 'Camp B', 'Net score of a pair', '+52.95']));
    expect(plain(read.desc!)).toMatch(/^Alliance view\. .*Russia–Iran–Israel/);
    const png = renderWithRsvg(svg.svg);
    expect(png.width).toBe(svg.width);
  });

  it('draws the selected pair under the accent and follows the dark theme', () => {
    const svg = buildAllianceSvg(graph, analysis, {
      positions,
      theme: DARK_THEME,
      allianceSelection: { kind: 'pair', actors: ['ISR', 'RUS'] },
    }).svg;
    const accents = byClass(readSvg(svg).root, 'pair').filter((g) =>
      g.children.some(
        (c) => c.attrib['stroke'] === DARK_THEME.accent && c.attrib['stroke-opacity'] === '0.6',
      ),
    );
    expect(accents).toHaveLength(1);
    expect(svg).toContain(pairColor(1, 'strong', 'dark'));
  });

  it('names the problem when a position is missing', () => {
    expect(() => buildAllianceSvg(graph, analysis, { positions: new Map() })).toThrow(/position/);
  });
});
