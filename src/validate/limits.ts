/**
 * Limits that keep a hostile or broken file from exhausting memory, time or the stack. The widget
 * validates files from URLs, so every limit is on by default; a caller changes one by name.
 */
import { COLLECTION_MAX_ITEMS } from './schema-source.ts';

export interface Limits {
  /** Largest file (dataset or source text) read, in bytes, before decoding. */
  readonly maxBytes: number;
  /**
   * Most bytes of source files read for one dataset, all together. Every source that names a file
   * counts it, also when another source names the same file (which is read only once): each source's
   * text is held, searched and exported on its own, so a hundred sources naming one 45 MB file would
   * cost a hundred times that.
   */
  readonly maxSourceBytes: number;
  /** Deepest nesting of arrays and objects; a real dataset needs 5. */
  readonly maxDepth: number;
  /**
   * Most JSON values in the dataset file, keys included (each key, string, number, literal, array and
   * object counts one), counted before parsing: memory grows with values, not bytes, and 40 MB of
   * `[0,0,0,...]` holds 20 million of them. A real dataset of 20,000 actors and 30,000 relations holds
   * about 0.9 million; real-shaped data up to `maxBytes` (50 MB), about 3 million.
   */
  readonly maxValues: number;
  /** Most actors; at most the format's maximum (the schema's `maxItems`, 50,000). */
  readonly maxActors: number;
  /** Most relations; at most the format's maximum (the schema's `maxItems`, 200,000). */
  readonly maxRelations: number;
  /**
   * Most problems listed; the rest are counted in one last `too-many-problems` problem, so a file
   * with a mistake repeated a million times still gets a readable report, and quickly.
   */
  readonly maxProblems: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxSourceBytes: 50 * 1024 * 1024,
  maxDepth: 64,
  maxValues: 4_000_000,
  maxActors: COLLECTION_MAX_ITEMS.actors,
  maxRelations: COLLECTION_MAX_ITEMS.relations,
  maxProblems: 1000,
});

/** Limits that the format itself sets a maximum for: raising them past it could not make a file valid. */
const FORMAT_MAXIMUM: Partial<Record<keyof Limits, number>> = {
  maxActors: COLLECTION_MAX_ITEMS.actors,
  maxRelations: COLLECTION_MAX_ITEMS.relations,
};

/**
 * The defaults overridden by the caller's values, frozen; the caller's object is never changed. A limit
 * that is not a positive integer, or is above the format's maximum, is a programming error, so it
 * throws rather than becoming a Problem.
 */
export function resolveLimits(overrides: Partial<Limits> = {}): Readonly<Limits> {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TypeError(`limits.${key} must be a positive integer, got ${String(value)}.`);
    }
    const maximum = FORMAT_MAXIMUM[key];
    if (maximum !== undefined && value > maximum) {
      throw new TypeError(
        `limits.${key} can be at most ${maximum.toLocaleString('en')}, the format's maximum; got ${String(value)}.`,
      );
    }
    (limits as { -readonly [K in keyof Limits]: number })[key] = value;
  }
  return Object.freeze(limits);
}
