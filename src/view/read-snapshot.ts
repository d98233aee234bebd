/**
 * A view snapshot read back from JSON (a file, the `#view=` of a link), with the dataset's own decoder
 * and parser, so it gets the same clear problems. Apart from `snapshot.ts` (its types, and writing
 * one), because only a widget given a saved view needs it.
 */
import type { Point } from '../geometry/point.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { decodeText } from '../validate/decode.ts';
import { parseJson } from '../validate/parse-json.ts';
import { childPath, PROBLEM_CODES, type Problem } from '../validate/problem.ts';
import {
  SNAPSHOT_ID,
  type Selection,
  type SnapshotResult,
  type Viewport,
  type ViewSnapshot,
} from './snapshot.ts';

/**
 * Reads a snapshot with the dataset's own decoder and parser, so it gets the same clear problems
 * (a syntax error explained as `validateDataset` explains one, with json-refusal.ts loaded only then).
 */
export async function parseViewSnapshot(input: Uint8Array | string, file: string): Promise<SnapshotResult> {
  const decoded = decodeText(input, {
    file,
    path: '$',
    subject: 'The view file',
    maxBytes: 20 * 1024 * 1024,
  });
  if (decoded.text === undefined) return { problems: decoded.problems };
  let parsed = parseJson(decoded.text, { file, maxDepth: 8 });
  if (parsed.refused) parsed = (await import('../validate/json-refusal.ts')).explainRefusal(parsed);
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
  if (dataset !== undefined && (typeof dataset !== 'string' || !SNAPSHOT_ID.test(dataset)))
    fail('$.dataset', 'Expected a dataset id.');

  const positions = new Map<string, Point>();
  const rawPositions = value['positions'] ?? {};
  if (!isObject(rawPositions)) fail('$.positions', 'Expected an object of actor ids to [x, y] pairs.');
  else {
    for (const [id, point] of Object.entries(rawPositions)) {
      const path = childPath('$.positions', id);
      if (!SNAPSHOT_ID.test(id)) fail(path, `"${id.slice(0, 40)}" is not a valid actor id.`);
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
    if ((kind === 'actor' || kind === 'relation') && typeof id === 'string' && SNAPSHOT_ID.test(id))
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
    if (typeof id === 'string' && SNAPSHOT_ID.test(id)) ids.add(id);
    else fail(childPath(path, i), 'Expected an id.');
  });
  return ids;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);
const isFiniteNumber = (value: unknown): value is number =>
  typeof value === 'number' && Number.isFinite(value);
