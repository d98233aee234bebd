import type { Point } from '../geometry/point.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { decodeText } from '../validate/decode.ts';
import { explainRefusal } from '../validate/json-refusal.ts';
import { parseJson } from '../validate/parse-json.ts';
import { childPath, PROBLEM_CODES, type Problem } from '../validate/problem.ts';
import type { RelationFilter } from './filters.ts';
import { round } from '../geometry/round.ts';

export type Selection = { readonly kind: 'actor' | 'relation'; readonly id: string };

/** The part of the graph on screen: the graph point at the centre of the canvas, and the zoom. */
export interface Viewport {
  readonly zoom: number;
  readonly center: Point;
}

/**
 * A view of a dataset that authors save and publish: where every actor stands, what is filtered out,
 * what is selected, and what part is on screen. Small enough for a URL fragment on article-sized graphs.
 */
export interface ViewSnapshot {
  readonly kind: 'actor-graph-view';
  readonly formatVersion: 1;
  /** The id of the dataset it was saved from; restoring it on another dataset gives a warning. */
  readonly dataset?: string;
  readonly positions: ReadonlyMap<string, Point>;
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  readonly viewport?: Viewport;
}

export interface SnapshotResult {
  readonly snapshot?: ViewSnapshot;
  readonly problems: Problem[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/** The snapshot as JSON text, keys in a fixed order so the same view always gives the same bytes. */
export function serializeViewSnapshot(snapshot: ViewSnapshot, space: number | undefined = 2): string {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of snapshot.positions) {
    Object.defineProperty(positions, id, { value: [round(x, 2), round(y, 2)], enumerable: true });
  }
  const json = {
    kind: snapshot.kind,
    formatVersion: snapshot.formatVersion,
    ...(snapshot.dataset === undefined ? {} : { dataset: snapshot.dataset }),
    positions,
    hiddenTypes: [...snapshot.filter.hiddenTypes].sort(),
    hiddenStatuses: [...snapshot.filter.hiddenStatuses].sort(),
    selection: snapshot.selection,
    ...(snapshot.viewport === undefined
      ? {}
      : {
          viewport: {
            zoom: Math.round(snapshot.viewport.zoom * 10000) / 10000,
            center: { x: round(snapshot.viewport.center.x, 2), y: round(snapshot.viewport.center.y, 2) },
          },
        }),
  };
  return `${JSON.stringify(json, null, space)}${space ? '\n' : ''}`;
}

/** Reads a snapshot with the dataset's own decoder and parser, so it gets the same clear problems. */
export function parseViewSnapshot(input: Uint8Array | string, file: string): SnapshotResult {
  const decoded = decodeText(input, {
    file,
    path: '$',
    subject: 'The view file',
    maxBytes: 20 * 1024 * 1024,
  });
  if (decoded.text === undefined) return { problems: decoded.problems };
  const parsed = explainRefusal(parseJson(decoded.text, { file, maxDepth: 8 }));
  const problems = [...decoded.problems, ...parsed.problems];
  if (parsed.value === undefined || problems.some((p) => p.severity === 'error')) return { problems };
  const located = (path: string, message: string): Problem => ({
    code: PROBLEM_CODES.schema,
    severity: 'error',
    file,
    path,
    ...parsed.locate(path),
    message,
  });
  const snapshot = readSnapshot(parsed.value, (path, message) => problems.push(located(path, message)));
  return problems.some((p) => p.severity === 'error') ? { problems } : { snapshot, problems };
}

function readSnapshot(
  value: unknown,
  fail: (path: string, message: string) => void,
): ViewSnapshot | undefined {
  if (!isObject(value)) return void fail('$', 'A view snapshot must be a JSON object.');
  if (value['kind'] !== 'actor-graph-view') fail('$.kind', 'A view snapshot has "kind": "actor-graph-view".');
  if (value['formatVersion'] !== 1)
    fail('$.formatVersion', 'Only view snapshots with "formatVersion": 1 can be read.');
  const dataset = value['dataset'];
  if (dataset !== undefined && (typeof dataset !== 'string' || !ID.test(dataset)))
    fail('$.dataset', 'Expected a dataset id.');

  const positions = new Map<string, Point>();
  const rawPositions = value['positions'] ?? {};
  if (!isObject(rawPositions)) fail('$.positions', 'Expected an object of actor ids to [x, y] pairs.');
  else {
    for (const [id, point] of Object.entries(rawPositions)) {
      const path = childPath('$.positions', id);
      if (!ID.test(id)) fail(path, `"${id.slice(0, 40)}" is not a valid actor id.`);
      else if (!Array.isArray(point) || point.length !== 2 || !point.every(isFiniteNumber))
        fail(path, 'Expected [x, y] with two finite numbers.');
      else positions.set(id, { x: point[0] as number, y: point[1] as number });
    }
  }

  const hiddenTypes = readIds(value['hiddenTypes'], '$.hiddenTypes', fail);
  const hiddenStatuses = new Set<RelationStatus>();
  const rawStatuses = value['hiddenStatuses'] ?? [];
  if (!Array.isArray(rawStatuses)) fail('$.hiddenStatuses', 'Expected a list of statuses.');
  else
    rawStatuses.forEach((status: unknown, i) => {
      if (RELATION_STATUSES.includes(status as RelationStatus)) hiddenStatuses.add(status as RelationStatus);
      else fail(childPath('$.hiddenStatuses', i), `Expected one of: ${RELATION_STATUSES.join(', ')}.`);
    });

  let selection: Selection | null = null;
  const rawSelection = value['selection'] ?? null;
  if (rawSelection !== null) {
    const kind = isObject(rawSelection) ? rawSelection['kind'] : undefined;
    const id = isObject(rawSelection) ? rawSelection['id'] : undefined;
    if ((kind === 'actor' || kind === 'relation') && typeof id === 'string' && ID.test(id))
      selection = { kind, id };
    else fail('$.selection', 'Expected null or { "kind": "actor" | "relation", "id": "..." }.');
  }

  let viewport: Viewport | undefined;
  const rawViewport = value['viewport'];
  if (rawViewport !== undefined) {
    const zoom = isObject(rawViewport) ? rawViewport['zoom'] : undefined;
    const center = isObject(rawViewport) ? rawViewport['center'] : undefined;
    if (
      isFiniteNumber(zoom) &&
      zoom > 0 &&
      isObject(center) &&
      isFiniteNumber(center['x']) &&
      isFiniteNumber(center['y'])
    ) {
      viewport = { zoom, center: { x: center['x'], y: center['y'] } };
    } else
      fail('$.viewport', 'Expected { "zoom": a positive number, "center": { "x": number, "y": number } }.');
  }

  return {
    kind: 'actor-graph-view',
    formatVersion: 1,
    ...(typeof dataset === 'string' ? { dataset } : {}),
    positions,
    filter: { hiddenTypes, hiddenStatuses },
    selection,
    ...(viewport ? { viewport } : {}),
  };
}

function readIds(value: unknown, path: string, fail: (path: string, message: string) => void): Set<string> {
  const ids = new Set<string>();
  if (value === undefined) return ids;
  if (!Array.isArray(value)) {
    fail(path, 'Expected a list of ids.');
    return ids;
  }
  value.forEach((id: unknown, i) => {
    if (typeof id === 'string' && ID.test(id)) ids.add(id);
    else fail(childPath(path, i), 'Expected an id.');
  });
  return ids;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
