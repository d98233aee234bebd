/**
 * Positions saved in a dataset (`actors[].position`, written by `actor-graph layout` or
 * `export --format json --with-positions`): the graph is drawn there and no layout runs. They count
 * only when they place every actor, and not all on one point: a layout half saved, or collapsed,
 * would be drawn broken, so the layout is computed instead (the validator says why, as a warning:
 * `checkSavedPositions`).
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import type { Point } from '../geometry/point.ts';
import { quoted } from '../text/printable.ts';
import { childPath, PROBLEM_CODES, type ProblemCode, type ProblemSink } from '../validate/problem.ts';
import { objectsIn, stringIn } from '../validate/shape.ts';

type Placed = { readonly x: number; readonly y: number };

const isPoint = (value: unknown): value is Placed =>
  typeof value === 'object' &&
  value !== null &&
  Number.isFinite((value as Placed).x) &&
  Number.isFinite((value as Placed).y);

/** Whether more than one point is given and all are the same: nothing could be told apart. */
const allOnePoint = (points: readonly Placed[]): boolean =>
  points.length > 1 && points.every((p) => p.x === points[0]!.x && p.y === points[0]!.y);

/** The saved positions of a graph's actors, or undefined when they do not place it (see above). */
export function savedPositions(graph: ActorGraph): Map<string, Point> | undefined {
  const positions = new Map<string, Point>();
  let complete = true;
  graph.forEachNode((id, actor) => {
    const position: unknown = actor.position;
    if (isPoint(position)) positions.set(id, { x: position.x, y: position.y });
    else complete = false;
  });
  if (!complete || graph.order === 0 || allOnePoint([...positions.values()])) return undefined;
  return positions;
}

/**
 * Warnings about a dataset's saved positions (on the parsed JSON, after the schema): some actors
 * placed and others not, or every actor on one point. Either way they are not used.
 */
export function checkSavedPositions(root: unknown, file: string, report: ProblemSink): void {
  const actors = objectsIn(root, 'actors');
  const placed = actors.filter(([actor]) => isPoint(actor['position']));
  // A position that is there but not a point is the schema's error, reported at its place.
  const malformed = actors.some(([actor]) => actor['position'] !== undefined && !isPoint(actor['position']));
  if (placed.length === 0 || malformed) return;
  const warn = (code: ProblemCode, path: string, message: string): void =>
    report({ code, severity: 'warning', file, path, message });
  if (placed.length < actors.length) {
    const [first, index] = actors.find(([actor]) => !isPoint(actor['position']))!;
    const id = stringIn(first, 'id');
    const name = id === undefined ? `number ${index}` : quoted(id);
    warn(
      PROBLEM_CODES.positionsIncomplete,
      childPath('$.actors', index),
      `${placed.length} of the ${actors.length} actors have a saved position, but actor ${name} (and any other without one) has none: the saved positions are not used and the layout is computed. Run \`actor-graph layout\` to save them all, or remove them.`,
    );
    return;
  }
  if (allOnePoint(placed.map(([actor]) => actor['position'] as Placed))) {
    warn(
      PROBLEM_CODES.positionsCoincide,
      childPath(childPath('$.actors', placed[0]![1]), 'position'),
      'Every actor has the same saved position, so none could be told apart: the saved positions are not used and the layout is computed. Run `actor-graph layout` to save real ones.',
    );
  }
}
