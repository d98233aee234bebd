import cytoscape from 'cytoscape';
import type { RecordedPath } from './canvas-recorder.ts';
import { pathPoints, type SvgNode } from './read-svg.ts';

/*
 * Shapes read back from what each painter drew, in one form to compare: an SVG element, a recorded
 * canvas path, a Lit template, and a shape name of Cytoscape's with Cytoscape's own geometry for it.
 */

/** A shape as seen, whatever drew it: circles and squares as such, polygons by their corners. */
export type Outline = string;

/** Corners centred on their mean and scaled to reach 1, rounded, in a fixed order. */
function polygon(points: readonly { x: number; y: number }[]): Outline {
  const cx = points.reduce((s, p) => s + p.x, 0) / points.length;
  const cy = points.reduce((s, p) => s + p.y, 0) / points.length;
  const reach = Math.max(...points.map((p) => Math.hypot(p.x - cx, p.y - cy)));
  const fix = (n: number) => (Math.abs(n) < 0.005 ? 0 : n).toFixed(2);
  const corners = points.map((p) => `${fix((p.x - cx) / reach)},${fix((p.y - cy) / reach)}`);
  return `polygon ${[...new Set(corners)].sort().join(' ')}`;
}

/** Corners of a polygon whose corners are rounded by arcs: where the straight sides meet. */
function cornersOfRoundedPath(d: string): { x: number; y: number }[] {
  const points = pathPoints(d);
  if (!points.some((p) => p.command === 'A')) return points;
  // M s0 A e0 L s1 A e1 ...: the sides run from each arc's end to the next arc's start.
  const arcs: { start: { x: number; y: number }; end: { x: number; y: number } }[] = [];
  for (let i = 0; i < points.length; i++)
    if (points[i]!.command === 'A') arcs.push({ start: points[i - 1]!, end: points[i]! });
  return arcs.map((arc, i) => {
    const previous = arcs[(i + arcs.length - 1) % arcs.length]!;
    const next = arcs[(i + 1) % arcs.length]!;
    return intersect(previous.end, arc.start, arc.end, next.start);
  });
}

function intersect(
  a: { x: number; y: number },
  b: { x: number; y: number },
  c: { x: number; y: number },
  d: { x: number; y: number },
) {
  const r = { x: b.x - a.x, y: b.y - a.y };
  const s = { x: d.x - c.x, y: d.y - c.y };
  const t = ((c.x - a.x) * s.y - (c.y - a.y) * s.x) / (r.x * s.y - r.y * s.x);
  return { x: a.x + t * r.x, y: a.y + t * r.y };
}

/** An SVG element (export or swatch) as an outline, and whether it is the filled or the outlined kind. */
export function svgOutline(element: SvgNode): { outline: Outline; filled: boolean } {
  const a = element.attrib;
  const filled = a['fill'] !== undefined && a['fill'] !== 'none';
  if (element.tag === 'circle') return { outline: 'circle', filled };
  if (element.tag === 'rect') return { outline: a['width'] === a['height'] ? 'square' : 'rect', filled };
  return { outline: polygon(cornersOfRoundedPath(a['d']!)), filled };
}

export function canvasOutline(path: RecordedPath): { outline: Outline; filled: boolean } {
  const filled = path.filled !== undefined && path.stroked === undefined;
  const [first] = path.calls;
  if (first?.[0] === 'arc') return { outline: 'circle', filled };
  if (first?.[0] === 'roundRect') return { outline: first[3] === first[4] ? 'square' : 'rect', filled };
  const arcTos = path.calls.filter((c) => c[0] === 'arcTo');
  const corners = (arcTos.length ? arcTos : path.calls).map(([, x, y]) => ({ x: x!, y: y! }));
  return { outline: polygon(corners), filled };
}

/** Cytoscape's own geometry for the shapes its stylesheet names. */
const cytoscapeShapes = (() => {
  const renderer = Object.create(
    (cytoscape as unknown as (k: string, n: string) => { prototype: object })('renderer', 'base').prototype,
  );
  renderer.registerNodeShapes();
  renderer.registerArrowShapes();
  return renderer as {
    nodeShapes: Record<string, { points?: number[] }>;
    arrowShapes: Record<string, { points?: number[]; radius?: number }>;
  };
})();

const unitPoints = (flat: readonly number[]) =>
  Array.from({ length: flat.length / 2 }, (_, i) => ({ x: flat[2 * i]!, y: flat[2 * i + 1]! }));

export function cytoscapeNodeOutline(shape: string): Outline {
  if (shape === 'ellipse') return 'circle';
  if (shape === 'round-rectangle' || shape === 'rectangle') return 'square';
  return polygon(unitPoints(cytoscapeShapes.nodeShapes[shape]!.points!));
}

/** An arrow shape turned from Cytoscape's frame (pointing along +y) to point along +x, as the legends draw it. */
export function cytoscapeArrowOutline(shape: string): Outline {
  const arrow = cytoscapeShapes.arrowShapes[shape]!;
  if (arrow.radius !== undefined) return 'circle';
  return polygon(unitPoints(arrow.points!).map(({ x, y }) => ({ x: y, y: -x })));
}

// Lit's `nothing` (a registered symbol), so this reader does not load Lit itself.
const nothing = Symbol.for('lit-nothing');

/** What Lit would render of a template, as markup: attribute bindings of `nothing` are left out. */
export function litMarkup(value: unknown): string {
  if (value === nothing || value === undefined || value === null) return '';
  if (Array.isArray(value)) return value.map(litMarkup).join('');
  if (typeof value === 'object' && 'strings' in value && 'values' in value) {
    const { strings, values } = value as { strings: readonly string[]; values: readonly unknown[] };
    let out = strings[0]!;
    values.forEach((v, i) => {
      const attribute = /\s[\w:-]+=$/.exec(out);
      if (attribute) out = v === nothing ? out.slice(0, attribute.index) : `${out}"${String(v)}"`;
      else out += litMarkup(v);
      out += strings[i + 1];
    });
    return out;
  }
  return String(value);
}
