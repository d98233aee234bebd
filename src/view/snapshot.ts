import type { Point } from '../geometry/point.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { decodeText } from '../validate/decode.ts';
import { DEFAULT_LIMITS } from '../validate/limits.ts';
import { parseJson } from '../validate/parse-json.ts';
import { childPath, PROBLEM_CODES, type Problem } from '../validate/problem.ts';
import type { RelationFilter } from './filters.ts';
import { round } from '../geometry/round.ts';
import type { AllianceSelection } from './alliance-selection.ts';

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
  /**
   * Which picture is shown: the relations graph (left out, as in every snapshot saved before the
   * alliance view) or the alliances between pairs. `positions` and `selection` belong to the
   * relations graph; the alliance picture's places follow from the data, and its selection is
   * `allianceSelection`.
   */
  readonly viewMode?: ViewMode;
  readonly allianceSelection?: AllianceSelection | null;
}

export const VIEW_MODES = Object.freeze(['relations', 'alliances'] as const);
export type ViewMode = (typeof VIEW_MODES)[number];

export interface SnapshotResult {
  readonly snapshot?: ViewSnapshot;
  readonly problems: Problem[];
}

const ID = /^[A-Za-z0-9][A-Za-z0-9_.-]{0,63}$/;

/**
 * The zooms a view may have: those the widget's canvas can show (`rendererOptions`: 0.15 or 0.01 up
 * to 4). A zoom of 1e-300 is a positive number too, but a picture of it is NaN by NaN pixels.
 */
export const VIEW_ZOOM = Object.freeze({ min: 0.01, max: 4 });

/**
 * The largest coordinate a view may hold, far beyond any layout (the seed spans a few hundred units,
 * 50,000 actors some tens of thousands). 1e308 is finite, but rounded for saving it becomes Infinity,
 * which JSON writes as null: a view must be one that can be saved and read back.
 */
export const MAX_COORDINATE = 1e7;

const isCoordinate = (value: unknown): value is number =>
  isFiniteNumber(value) && Math.abs(value) <= MAX_COORDINATE;
const clampCoordinate = (n: number): number =>
  round(Math.min(Math.max(n, -MAX_COORDINATE), MAX_COORDINATE), 2);
const clampZoom = (zoom: number): number =>
  Math.min(Math.max(Math.round(zoom * 10000) / 10000, VIEW_ZOOM.min), VIEW_ZOOM.max);

/**
 * The snapshot as JSON text, keys in a fixed order so the same view always gives the same bytes.
 * Numbers are kept within what `parseViewSnapshot` accepts (an actor dragged past the limit is saved
 * at it), so every view the widget saves can be restored.
 */
export function serializeViewSnapshot(snapshot: ViewSnapshot, space: number | undefined = 2): string {
  const positions: Record<string, [number, number]> = {};
  for (const [id, { x, y }] of snapshot.positions) {
    Object.defineProperty(positions, id, {
      value: [clampCoordinate(x), clampCoordinate(y)],
      enumerable: true,
    });
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
            zoom: clampZoom(snapshot.viewport.zoom),
            center: {
              x: clampCoordinate(snapshot.viewport.center.x),
              y: clampCoordinate(snapshot.viewport.center.y),
            },
          },
        }),
    // Left out for the relations view, so a view saved before the alliance view has the same bytes.
    ...(snapshot.viewMode === 'alliances' ? { viewMode: snapshot.viewMode } : {}),
    ...(snapshot.allianceSelection ? { allianceSelection: snapshot.allianceSelection } : {}),
  };
  return `${JSON.stringify(json, null, space)}${space ? '\n' : ''}`;
}

/** The largest view file read: far more than 50,000 actors' positions take. */
export const MAX_VIEW_BYTES = 20 * 1024 * 1024;

/** Most JSON values in a view: 50,000 positions are 200,000 (a key, an array and two numbers each). */
const MAX_VIEW_VALUES = 1_000_000;

/**
 * Reads a snapshot with the dataset's own decoder and parser, so it gets the same clear problems. As
 * for a dataset, at most `DEFAULT_LIMITS.maxProblems` are listed and their places are found in one
 * pass over the text, so a view link full of mistakes costs a pass, not a pass per mistake.
 */
export function parseViewSnapshot(input: Uint8Array | string, file: string): SnapshotResult {
  const decoded = decodeText(input, { file, path: '$', subject: 'The view file', maxBytes: MAX_VIEW_BYTES });
  if (decoded.text === undefined) return { problems: decoded.problems };
  const parsed = parseJson(decoded.text, { file, maxDepth: 8, maxValues: MAX_VIEW_VALUES });
  const problems = [...decoded.problems, ...parsed.problems];
  if (parsed.value === undefined || problems.some((p) => p.severity === 'error')) return { problems };
  const found: { path: string; message: string }[] = [];
  let more = 0;
  const snapshot = readSnapshot(parsed.value, (path, message) => {
    if (found.length < DEFAULT_LIMITS.maxProblems) found.push({ path, message });
    else more++;
  });
  const places = parsed.locateAll(found.map((f) => f.path));
  for (const { path, message } of found)
    problems.push({
      code: PROBLEM_CODES.schema,
      severity: 'error',
      file,
      path,
      ...places.get(path),
      message,
    });
  if (more > 0)
    problems.push({
      code: PROBLEM_CODES.tooManyProblems,
      severity: 'error',
      file,
      path: '$',
      line: 1,
      column: 1,
      message: `…and ${more.toLocaleString('en')} more problem${more === 1 ? '' : 's'}, not listed: only the first ${DEFAULT_LIMITS.maxProblems.toLocaleString('en')} are. Fix these, then check again.`,
    });
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
      else if (!Array.isArray(point) || point.length !== 2 || !point.every(isCoordinate))
        fail(path, `Expected [x, y] with two numbers from ${-MAX_COORDINATE} to ${MAX_COORDINATE}.`);
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
    if (!isObject(rawViewport) || !isObject(center))
      fail('$.viewport', 'Expected { "zoom": a number, "center": { "x": number, "y": number } }.');
    else if (!isFiniteNumber(zoom) || zoom < VIEW_ZOOM.min || zoom > VIEW_ZOOM.max)
      fail(
        '$.viewport.zoom',
        `Expected a zoom from ${VIEW_ZOOM.min} to ${VIEW_ZOOM.max}, as the widget shows.`,
      );
    else if (!isCoordinate(center['x']) || !isCoordinate(center['y']))
      fail(
        '$.viewport.center',
        `Expected { "x": number, "y": number }, each from ${-MAX_COORDINATE} to ${MAX_COORDINATE}.`,
      );
    else viewport = { zoom, center: { x: center['x'], y: center['y'] } };
  }

  const viewMode = value['viewMode'];
  if (viewMode !== undefined && !VIEW_MODES.includes(viewMode as ViewMode))
    fail('$.viewMode', `Expected one of: ${VIEW_MODES.join(', ')}.`);
  const allianceSelection = readAllianceSelection(value['allianceSelection'] ?? null, fail);

  return {
    kind: 'actor-graph-view',
    formatVersion: 1,
    ...(typeof dataset === 'string' ? { dataset } : {}),
    positions,
    filter: { hiddenTypes, hiddenStatuses },
    selection,
    ...(viewport ? { viewport } : {}),
    ...(viewMode === 'alliances' ? { viewMode } : {}),
    ...(allianceSelection ? { allianceSelection } : {}),
  };
}

const ALLIANCE_SELECTION_SHAPE =
  'Expected null, { "kind": "actor", "id": "..." }, { "kind": "pair", "actors": [2 ids] } or { "kind": "triad", "actors": [3 ids] }.';

function readAllianceSelection(
  raw: unknown,
  fail: (path: string, message: string) => void,
): AllianceSelection | null {
  if (raw === null) return null;
  const kind = isObject(raw) ? raw['kind'] : undefined;
  if (isObject(raw) && kind === 'actor' && typeof raw['id'] === 'string' && ID.test(raw['id']))
    return { kind, id: raw['id'] };
  const actors = isObject(raw) ? raw['actors'] : undefined;
  const ids = Array.isArray(actors) && actors.every((id) => typeof id === 'string' && ID.test(id));
  const distinct = ids && new Set(actors).size === actors.length;
  if (distinct && kind === 'pair' && actors.length === 2)
    return { kind, actors: [actors[0] as string, actors[1] as string] };
  if (distinct && kind === 'triad' && actors.length === 3)
    return { kind, actors: [actors[0] as string, actors[1] as string, actors[2] as string] };
  fail('$.allianceSelection', ALLIANCE_SELECTION_SHAPE);
  return null;
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
