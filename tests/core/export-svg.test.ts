import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSvg, toSVG } from '../../src/export/svg.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { computeEdgeBends } from '../../src/graph/edge-bends.ts';
import { summarizeGraph } from '../../src/graph/summary.ts';
import { computeLayout } from '../../src/layout/compute-layout.ts';
import { labelsAbove } from '../../src/layout/label-sides.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { edgeWidth, encodeTypes, STATUS_ENCODINGS } from '../../src/style/encoding.ts';
import { LIGHT_THEME } from '../../src/style/theme.ts';
import {
  allElements,
  byClass,
  pathPoints,
  PNG_SIGNATURE,
  readSvg,
  renderWithRsvg,
  type SvgNode,
} from './readers/read-svg.ts';

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);
const positions = computeLayout(graph);
const svg = toSVG(graph, { positions });
const read = readSvg(svg);
const encodings = new Map(encodeTypes(seed.relationTypes).map((e) => [e.typeId, e]));

/** The parts of one `<g class="edge">`: its line, its mid marker and its arrowhead, if any. */
function edgeParts(group: SvgNode) {
  const line = group.children.find(
    (c) => c.tag === 'path' && c.attrib['fill'] === 'none' && c.attrib['stroke'] !== LIGHT_THEME.accent,
  )!;
  const [from, control, to] = pathPoints(line.attrib['d']!);
  // Translucent and hollow shapes are painted over a copy in the background colour, as Cytoscape
  // clears the line under them; those copies are not the shapes themselves.
  const shapes = group.children
    .slice(group.children.indexOf(line) + 1)
    .filter((c) => c.tag !== 'g' && !(c.attrib['fill'] === LIGHT_THEME.background && !c.attrib['stroke']));
  const arrow = shapes.find((c) => c.tag === 'path' && pathPoints(c.attrib['d']!).length === 3);
  return { line, from: from!, control: control!, to: to!, arrow, marker: shapes.find((c) => c !== arrow)! };
}

const edgeGroups = byClass(read.root, 'edge');
const edges = new Map(graph.edges().map((id, i) => [id, edgeParts(edgeGroups[i]!)]));
const distance = (a: { x: number; y: number }, b: { x: number; y: number }) =>
  Math.hypot(a.x - b.x, a.y - b.y);

describe('toSVG on the seed graph', () => {
  it('is a well-formed SVG 1.1 document with a title and a summary', () => {
    expect(read.root).toMatchObject({ ns: 'http://www.w3.org/2000/svg', tag: 'svg' });
    expect(read.root.attrib).toMatchObject({ version: '1.1' });
    expect(read.title).toBe(seed.title);
    expect(read.desc).toBe(summarizeGraph(graph));
    expect(read.root.attrib['font-family']).toMatch(/DejaVu Sans, sans-serif$/);
  });

  it('keeps every actor name, type label and the attribution as text', () => {
    const lines = read.texts.map((spans) => spans.join(' '));
    for (const actor of seed.actors) expect(lines).toContain(actor.name);
    for (const type of seed.relationTypes) expect(lines).toContain(type.label);
    expect(lines).toContain(`Source: ${seed.sources[0]!.title} — actor-graph`);
    expect(lines[0]).toBe(seed.title);
  });

  it('draws every relation once, in its type colour, width and status pattern', () => {
    expect(edgeGroups).toHaveLength(graph.size);
    expect(byClass(read.root, 'node')).toHaveLength(graph.order);
    graph.forEachEdge((id, relation) => {
      const { line } = edges.get(id)!;
      const status = STATUS_ENCODINGS[relation.status];
      expect(line.attrib['stroke']).toBe(encodings.get(relation.type)!.color);
      expect(Number(line.attrib['stroke-width'])).toBe(edgeWidth(relation.evidence.length));
      expect(line.attrib['stroke-dasharray']).toBe(
        status.dashPattern.length ? status.dashPattern.join(' ') : undefined,
      );
      expect(Number(line.attrib['stroke-opacity'] ?? 1)).toBe(status.opacity);
      expect(line.attrib['stroke-linecap']).toBe('round');
    });
  });

  it('bends each edge by its own bend along the normal of its own direction, like Cytoscape', () => {
    const bends = computeEdgeBends(graph);
    graph.forEachEdge((id, _relation, source, target) => {
      const s = positions.get(source)!;
      const t = positions.get(target)!;
      const l = distance(s, t);
      const normal = { x: -(t.y - s.y) / l, y: (t.x - s.x) / l };
      const { control } = edges.get(id)!;
      const offset = { x: control.x - (s.x + t.x) / 2, y: control.y - (s.y + t.y) / 2 };
      expect(offset.x * normal.x + offset.y * normal.y).toBeCloseTo(bends.get(id)!, 1);
      expect(Math.abs(offset.x * normal.y - offset.y * normal.x)).toBeLessThan(0.05);
    });
  });

  it('spreads parallel relations apart, a reversed one included', () => {
    const between = graph.edges().filter((id) => {
      const ends = [graph.source(id), graph.target(id)].sort();
      return ends[0] === 'IRN' && ends[1] === 'RUS';
    });
    expect(between.length).toBeGreaterThan(2);
    expect(between).toContain('irn-rus-drone-transfer');
    const controls = between.map((id) => edges.get(id)!.control);
    for (const [i, a] of controls.entries())
      for (const b of controls.slice(i + 1)) expect(distance(a, b)).toBeGreaterThan(20);
  });

  it('starts and ends edges on the node outlines, directed ones at an arrowhead in the type colour', () => {
    graph.forEachEdge((id, relation, source, target) => {
      const { from, to, control, arrow } = edges.get(id)!;
      // States have a 2-unit border, the bloc a 4-unit one: outlines at 18 and 19 from the centre.
      const outer = (node: string) => (graph.getNodeAttribute(node, 'kind') === 'bloc' ? 19 : 18);
      if (graph.getNodeAttribute(source, 'kind') !== 'bloc')
        expect(distance(from, positions.get(source)!)).toBeCloseTo(outer(source), 1);
      if (!relation.directed) {
        expect(arrow).toBeUndefined();
        if (graph.getNodeAttribute(target, 'kind') !== 'bloc')
          expect(distance(to, positions.get(target)!)).toBeCloseTo(outer(target), 1);
        return;
      }
      expect(arrow?.attrib['fill']).toBe(encodings.get(relation.type)!.color);
      const [left, tip, right] = pathPoints(arrow!.attrib['d']!);
      if (graph.getNodeAttribute(target, 'kind') !== 'bloc')
        expect(distance(tip!, positions.get(target)!)).toBeCloseTo(outer(target) + 1, 1);
      // The line stops at the middle of the arrow's base and points at the tip.
      const base = { x: (left!.x + right!.x) / 2, y: (left!.y + right!.y) / 2 };
      expect(distance(base, to)).toBeLessThan(0.05);
      const along = { x: tip!.x - to.x, y: tip!.y - to.y };
      const tangent = { x: to.x - control.x, y: to.y - control.y };
      expect(Math.abs(along.x * tangent.y - along.y * tangent.x) / distance(to, control)).toBeLessThan(0.1);
    });
  });

  it('puts each type marker at the midpoint of its curve', () => {
    graph.forEachEdge((id, relation) => {
      const { from, control, to, marker } = edges.get(id)!;
      const mid = {
        x: 0.25 * from.x + 0.5 * control.x + 0.25 * to.x,
        y: 0.25 * from.y + 0.5 * control.y + 0.25 * to.y,
      };
      const encoding = encodings.get(relation.type)!;
      const shape = marker;
      if (encoding.marker === 'circle') {
        expect(distance({ x: Number(shape.attrib['cx']), y: Number(shape.attrib['cy']) }, mid)).toBeLessThan(
          0.05,
        );
      } else {
        // Cytoscape's arrow frame puts the shape's tip, on its outline, at the midpoint.
        const corners = pathPoints(shape.attrib['d']!);
        const onOutline = corners.some((a, i) => {
          const b = corners[(i + 1) % corners.length]!;
          const t = ((mid.x - a.x) * (b.x - a.x) + (mid.y - a.y) * (b.y - a.y)) / distance(a, b) ** 2;
          const p = { x: a.x + t * (b.x - a.x), y: a.y + t * (b.y - a.y) };
          return t >= -0.01 && t <= 1.01 && distance(p, mid) < 0.05;
        });
        expect(onOutline).toBe(true);
      }
      if (encoding.markerFill === 'hollow') expect(shape.attrib['stroke']).toBe(encoding.color);
      else expect(shape.attrib['fill']).toBe(encoding.color);
    });
  });

  it('is deterministic', () => {
    expect(toSVG(buildGraph(seed), { positions: computeLayout(buildGraph(seed)) })).toBe(svg);
    expect(svg).not.toMatch(/\d\.\d{3,}/);
  });

  it('renders with librsvg at its declared size, not blank', () => {
    const png = renderWithRsvg(svg);
    expect(png.signature).toBe(PNG_SIGNATURE);
    expect([png.width, png.height]).toEqual([
      Number(read.root.attrib['width']),
      Number(read.root.attrib['height']),
    ]);
    expect(png.distinctColors).toBeGreaterThan(100);
    expect(png.foregroundFraction).toBeGreaterThan(0.05);
    expect(png.background.slice(0, 3)).toEqual([255, 255, 255]);
  });

  it('leaves hidden relations out of the drawing and the legend', () => {
    const visible = graph.filterEdges(
      (_id, relation) => relation.type !== 'treaty' && relation.status !== 'alleged',
    );
    const filtered = readSvg(toSVG(graph, { positions, visibleRelations: visible }));
    expect(byClass(filtered.root, 'edge')).toHaveLength(visible.length);
    const legend = byClass(filtered.root, 'legend')[0]!;
    const legendText = filtered.texts.map((t) => t.join(' '));
    expect(legendText).not.toContain('Treaty');
    expect(legendText).not.toContain('Alleged');
    expect(legendText).toContain('Dialogue');
    expect(allElements(legend).length).toBeLessThan(allElements(byClass(read.root, 'legend')[0]!).length);
    expect(filtered.desc).toContain(`shows ${visible.length} of the ${graph.size} relations`);
  });
});

describe('toSVG regions and sizes', () => {
  const viewport = { x: -120.5, y: -60, width: 300, height: 200 };

  it('gives a viewport region exactly that viewBox', () => {
    const bare = readSvg(
      toSVG(graph, { positions, region: viewport, title: '', legend: false, attribution: '' }),
    );
    expect(bare.root.attrib).toMatchObject({ viewBox: '-120.5 -60 300 200', width: '300', height: '200' });
    const framed = readSvg(toSVG(graph, { positions, region: viewport, scale: 2 }));
    const canvas = byClass(framed.root, 'graph')[0]!;
    expect(canvas.attrib).toMatchObject({
      viewBox: '-120.5 -60 300 200',
      x: '-120.5',
      y: '-60',
      width: '300',
    });
    const [, , width, height] = framed.root.attrib['viewBox']!.split(' ').map(Number);
    expect(Number(framed.root.attrib['width'])).toBe(2 * width!);
    expect(Number(framed.root.attrib['height'])).toBe(2 * height!);
  });

  it('fits everything drawn into a full region', () => {
    const canvas = byClass(read.root, 'graph')[0]!;
    const [x, y, width, height] = canvas.attrib['viewBox']!.split(' ').map(Number);
    for (const { x: px, y: py } of positions.values()) {
      expect(px - 18).toBeGreaterThan(x!);
      expect(py - 18).toBeGreaterThan(y!);
      expect(px + 18).toBeLessThan(x! + width!);
      expect(py + 40).toBeLessThan(y! + height!);
    }
  });

  it('lowers the scale and says so when the declared size would be too large', () => {
    const strip = { x: -1000, y: -50, width: 2000, height: 100 };
    const wide = buildSvg(graph, {
      positions,
      region: strip,
      scale: 10,
      title: '',
      legend: false,
      attribution: '',
    });
    expect([wide.width, wide.height, wide.scale]).toEqual([16_380, 819, 8.19]);
    expect(wide.message).toBe('Image reduced to 8.19× to stay within 16,384 × 16,384 pixels.');
    const huge = buildSvg(graph, { positions, scale: 100 });
    expect(huge.width * huge.height).toBeLessThanOrEqual(100_000_000);
    expect(huge.message).toMatch(/^Image reduced to [\d.]+× to stay within 100 megapixels\.$/);
    expect(readSvg(huge.svg).root.attrib).toMatchObject({
      width: String(huge.width),
      height: String(huge.height),
    });
    expect(buildSvg(graph, { positions }).message).toBeUndefined();
  });
});

describe('toSVG details', () => {
  it('draws each actor kind in its screen shape, the bloc with a double border', () => {
    const d = JSON.parse(JSON.stringify(seed)) as Dataset;
    d.actors[0]!.kind = 'organization';
    d.actors[1]!.kind = 'group';
    const g = buildGraph(d);
    const nodes = byClass(readSvg(toSVG(g, { positions })).root, 'node');
    const shapes = nodes.map((n) => n.children.filter((c) => c.tag !== 'text'));
    expect(shapes[0]!.map((s) => s.tag)).toEqual(['rect']);
    expect(shapes[0]![0]!.attrib).toMatchObject({ width: '34', height: '34', rx: '8' });
    expect(pathPoints(shapes[1]![0]!.attrib['d']!).filter((p) => p.command === 'A')).toHaveLength(4);
    const bloc = shapes[d.actors.findIndex((a) => a.kind === 'bloc')]!;
    expect(bloc.map((s) => s.attrib['stroke-width'])).toEqual(['4', '1.33']);
    expect(pathPoints(bloc[0]!.attrib['d']!).filter((p) => p.command === 'A')).toHaveLength(6);
    expect(shapes[2]!.map((s) => s.tag)).toEqual(['circle']);
  });

  it('draws a selected actor and a selected relation with the accent underlay', () => {
    const actor = readSvg(toSVG(graph, { positions, selection: { kind: 'actor', id: 'IRN' } }));
    const iran = byClass(actor.root, 'node')[graph.nodes().indexOf('IRN')]!;
    expect(iran.children[0]!.attrib).toMatchObject({
      fill: LIGHT_THEME.accent,
      'fill-opacity': '0.3',
      r: '23',
    });
    expect(iran.children[1]!.attrib).toMatchObject({ stroke: LIGHT_THEME.accent, 'stroke-width': '4' });

    const relation = readSvg(
      toSVG(graph, { positions, selection: { kind: 'relation', id: 'rus-usa-briefing' } }),
    );
    const briefing = byClass(relation.root, 'edge')[graph.edges().indexOf('rus-usa-briefing')]!;
    expect(briefing.children[0]!.attrib).toMatchObject({ stroke: LIGHT_THEME.accent, 'stroke-width': '8' });
    expect(relation.texts.filter((t) => t[0] === 'Briefing')).toHaveLength(2);
  });

  it('hangs each label where the canvas does: above the actors labelsAbove picks, below the rest', () => {
    const above = labelsAbove(graph, positions);
    expect(above.size).toBeGreaterThan(0);
    const nodes = byClass(read.root, 'node');
    graph.forEachNode((id, actor) => {
      const text = nodes[graph.nodes().indexOf(id)]!.children.find((c) => c.tag === 'text')!;
      const baselines = text.children.map((span) => Number(span.attrib['y']));
      const { y } = positions.get(id)!;
      // The last line's baseline sits above the shape (radius 17, margin 5), or the first below it.
      if (above.has(id)) expect(Math.max(...baselines), actor.name).toBeLessThan(y - 17 - 5);
      else expect(Math.min(...baselines), actor.name).toBeGreaterThan(y + 17 + 5);
    });
  });

  it('draws a self-loop up and to the left of its actor, with its arrowhead', () => {
    const d = JSON.parse(JSON.stringify(seed)) as Dataset;
    d.relations.push({ ...d.relations[0]!, id: 'loop', from: 'USA', to: 'USA', directed: true });
    const g = buildGraph(d);
    const group = byClass(readSvg(toSVG(g, { positions })).root, 'edge').at(-1)!;
    const line = group.children.find((c) => c.attrib['fill'] === 'none')!;
    const points = pathPoints(line.attrib['d']!);
    expect(points.filter((p) => p.command === 'Q')).toHaveLength(4);
    const usa = positions.get('USA')!;
    for (const p of points) {
      expect(p.x).toBeLessThanOrEqual(usa.x + 0.01);
      expect(p.y).toBeLessThanOrEqual(usa.y + 0.01);
    }
    expect(group.children.some((c) => c.tag === 'path' && pathPoints(c.attrib['d']!).length === 3)).toBe(
      true,
    );
  });

  it('draws a graph without actors as a title and a note, never an empty file', () => {
    const empty = buildGraph({ ...seed, actors: [], relations: [] });
    const text = readSvg(toSVG(empty, { positions: new Map() }));
    expect(text.texts.map((t) => t.join(' '))).toEqual([
      seed.title,
      'No actors',
      expect.stringMatching(/^Source:/),
    ]);
    const png = renderWithRsvg(toSVG(empty, { positions: new Map() }));
    expect(png.foregroundFraction).toBeGreaterThan(0.005);
  });

  it('refuses options it cannot honour, with typed errors', () => {
    const code = (fn: () => unknown) => {
      try {
        fn();
      } catch (error) {
        return (error as { code?: string; path?: string }).code + ' ' + (error as { path?: string }).path;
      }
      return 'no error';
    };
    expect(code(() => toSVG(graph, {}))).toBe('invalid-option options.positions');
    expect(code(() => toSVG(graph, { positions: new Map([['RUS', { x: 0, y: 0 }]]) }))).toBe(
      'invalid-option options.positions',
    );
    expect(code(() => toSVG(graph, { positions, visibleRelations: ['nope'] }))).toBe(
      'unknown-relation options.visibleRelations[0]',
    );
    expect(code(() => toSVG(graph, { positions, background: 'url(https://example.org/x)' }))).toBe(
      'invalid-color options.background',
    );
    expect(code(() => toSVG(graph, { positions, theme: { ...LIGHT_THEME, accent: 'red;x' } }))).toBe(
      'invalid-color options.theme.accent',
    );
    expect(code(() => toSVG(graph, { positions, region: { x: 0, y: 0, width: 0, height: 5 } }))).toBe(
      'invalid-option options.region',
    );
    expect(code(() => toSVG(graph, { positions, scale: -1 }))).toBe('invalid-option options.scale');
  });

  it('leaves the caller’s options untouched', () => {
    const options = Object.freeze({ positions, region: 'full' as const, legend: false });
    expect(() => toSVG(graph, options)).not.toThrow();
  });
});
