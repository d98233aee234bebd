/**
 * Our own format, version 1 (`graph-data/schema.json`): the whole dataset, or the part the filters
 * show. Every actor, type and source is kept in a filtered export, because a reader of the file
 * should see what was left out as absent relations, not as a smaller world.
 */
import { toDataset, type ActorGraph } from '../graph/actor-graph.ts';
import type { Positions } from '../geometry/point.ts';
import { round } from '../geometry/round.ts';
import type { Actor, SourceText } from '../model/dataset.ts';
import { EXPORT_ERROR_CODES, ExportError } from './export-error.ts';
import { selectRelations } from './select.ts';

export interface JsonOptions {
  /** Only these relations (what the filters show). Undefined: all. */
  readonly relationIds: Iterable<string> | undefined;
  /** The `$schema` the file points to: next to the dataset by default, or the schema's URL. */
  readonly schemaUrl: string;
  /**
   * Inline every source's text (`text` instead of `file`), so the export is one self-contained file
   * that opens anywhere. Needs `sourceTexts`.
   */
  readonly embedSources: boolean;
  /** Source id → text, as validation loaded it (`ValidationResult.sources`). */
  readonly sourceTexts: ReadonlyMap<string, string> | undefined;
  /**
   * Where each actor is drawn, saved as its `position` (to a tenth of a unit): the widget then draws
   * the graph there with no layout to run. Undefined: actors keep the positions they had, if any.
   */
  readonly positions: Positions | undefined;
}

export const DEFAULT_JSON_OPTIONS: JsonOptions = Object.freeze({
  relationIds: undefined,
  schemaUrl: './schema.json',
  embedSources: false,
  sourceTexts: undefined,
  positions: undefined,
});

/** Two-space indent and a final newline, as the datasets in `graph-data/` are written. */
export function writeJson(graph: ActorGraph, options: Partial<JsonOptions> = {}): string {
  const { relationIds, schemaUrl, embedSources, sourceTexts, positions }: JsonOptions = {
    ...DEFAULT_JSON_OPTIONS,
    ...options,
  };
  const kept = new Set(selectRelations(graph, relationIds));
  const dataset = toDataset(graph);
  const exported = {
    ...dataset,
    $schema: schemaUrl,
    actors: positions ? dataset.actors.map((actor) => placed(actor, positions)) : dataset.actors,
    sources: embedSources ? dataset.sources.map((s, i) => embed(s, i, sourceTexts)) : dataset.sources,
    relations: dataset.relations.filter((r) => kept.has(r.id)),
  };
  return `${JSON.stringify(exported, null, 2)}\n`;
}

/** The actor with the position it is drawn at; an actor the positions do not place keeps its own. */
function placed(actor: Actor, positions: Positions): Actor {
  const point = positions.get(actor.id);
  if (!point || !Number.isFinite(point.x) || !Number.isFinite(point.y)) return actor;
  return { ...actor, position: { x: round(point.x, 1), y: round(point.y, 1) } };
}

/** The source with `text` where `file` was, keeping the key order people read the file in. */
function embed(
  source: SourceText,
  index: number,
  texts: ReadonlyMap<string, string> | undefined,
): SourceText {
  if (source.file === undefined) return source;
  const text = texts?.get(source.id);
  if (text === undefined) {
    throw new ExportError(
      EXPORT_ERROR_CODES.missingSourceText,
      `$.sources[${index}]`,
      `The text of source "${source.id}" (${source.file}) was not given, so it cannot be embedded.`,
    );
  }
  return Object.fromEntries(
    Object.entries(source).map(([key, value]) => (key === 'file' ? ['text', text] : [key, value])),
  ) as unknown as SourceText;
}
