/**
 * A view snapshot read back from JSON (a file, the `#view=` of a link), with the dataset's own decoder
 * and parser, so it gets the same clear problems. Apart from `snapshot.ts` (its types, and writing
 * one), because only a widget given a saved view needs it.
 */
import type { Point } from '../geometry/point.ts';
import type { AllianceSelection } from './alliance-selection.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { formatCount } from '../text/count.ts';
import { decodeText } from '../validate/decode.ts';
import { DEFAULT_LIMITS } from '../validate/limits.ts';
import { parseJson } from '../validate/parse-json.ts';
import { childPath, PROBLEM_CODES, type Problem } from '../validate/problem.ts';
import {
  isCoordinate,
  MAX_COORDINATE,
  MAX_VIEW_BYTES,
  SNAPSHOT_ID,
  VIEW_MODES,
  VIEW_ZOOM,
  type Selection,
  type ViewMode,
  type SnapshotResult,
  type Viewport,
  type ViewSnapshot,
} from './snapshot.ts';

/** Most JSON values in a view: 50,000 positions are 200,000 (a key, an array and two numbers each). */
const MAX_VIEW_VALUES = 1_000_000;

/**
 * Reads a snapshot with the dataset's own decoder and parser, so it gets the same clear problems
 * (a syntax error explained as `validateDataset` explains one, with json-refusal.ts loaded only then).
 * As for a dataset, at most `DEFAULT_LIMITS.maxProblems` are listed and their places are found in one
 * pass over the text, so a view link full of mistakes costs a pass, not a pass per mistake.
 */
export async function parseViewSnapshot(input: Uint8Array | string, file: string): Promise<SnapshotResult> {
  const decoded = decodeText(input, { file, path: '$', subject: 'The view file', maxBytes: MAX_VIEW_BYTES });
  if (decoded.text === undefined) return { problems: decoded.problems };
  let parsed = parseJson(decoded.text, { file, maxDepth: 8, maxValues: MAX_VIEW_VALUES });
  if (parsed.refused) parsed = (await import('../validate/json-refusal.ts')).explainRefusal(parsed);
  const problems: Problem[] = [...decoded.problems, ...parsed.problems];
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
      message: `…and ${formatCount(more)} more problem${more === 1 ? '' : 's'}, not listed: only the first ${formatCount(DEFAULT_LIMITS.maxProblems)} are. Fix these, then check again.`,
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
  if (dataset !== undefined && (typeof dataset !== 'string' || !SNAPSHOT_ID.test(dataset)))
    fail('$.dataset', 'Expected a dataset id.');

  const positions = new Map<string, Point>();
  const rawPositions = value['positions'] ?? {};
  if (!isObject(rawPositions)) fail('$.positions', 'Expected an object of actor ids to [x, y] pairs.');
  else {
    for (const [id, point] of Object.entries(rawPositions)) {
      const path = childPath('$.positions', id);
      if (!SNAPSHOT_ID.test(id)) fail(path, `"${id.slice(0, 40)}" is not a valid actor id.`);
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
    if ((kind === 'actor' || kind === 'relation') && typeof id === 'string' && SNAPSHOT_ID.test(id))
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

/** The Alliances view's selection: an actor, a pair or a triangle of distinct actor ids. */
function readAllianceSelection(
  raw: unknown,
  fail: (path: string, message: string) => void,
): AllianceSelection | null {
  if (raw === null) return null;
  const kind = isObject(raw) ? raw['kind'] : undefined;
  if (isObject(raw) && kind === 'actor' && typeof raw['id'] === 'string' && SNAPSHOT_ID.test(raw['id']))
    return { kind, id: raw['id'] };
  const actors = isObject(raw) ? raw['actors'] : undefined;
  const ids = Array.isArray(actors) && actors.every((id) => typeof id === 'string' && SNAPSHOT_ID.test(id));
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
    if (typeof id === 'string' && SNAPSHOT_ID.test(id)) ids.add(id);
    else fail(childPath(path, i), 'Expected an id.');
  });
  return ids;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
