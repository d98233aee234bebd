/**
 * Limits that keep a hostile or broken file from exhausting memory, time or the stack. The widget
 * validates files from URLs, so every limit is on by default; a caller raises one by name.
 */

export interface Limits {
  /** Largest file (dataset or source text) read, in bytes, before decoding. */
  readonly maxBytes: number;
  /** Deepest nesting of arrays and objects; a real dataset needs 5. */
  readonly maxDepth: number;
  readonly maxActors: number;
  readonly maxRelations: number;
}

export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze({
  maxBytes: 50 * 1024 * 1024,
  maxDepth: 64,
  maxActors: 50_000,
  maxRelations: 200_000,
});

/**
 * The defaults overridden by the caller's values, frozen; the caller's object is never changed. A limit
 * that is not a positive integer is a programming error, so it throws rather than becoming a Problem.
 */
export function resolveLimits(overrides: Partial<Limits> = {}): Readonly<Limits> {
  const limits: Limits = { ...DEFAULT_LIMITS };
  for (const key of Object.keys(DEFAULT_LIMITS) as (keyof Limits)[]) {
    const value = overrides[key];
    if (value === undefined) continue;
    if (!Number.isSafeInteger(value) || value <= 0) {
      throw new TypeError(`limits.${key} must be a positive integer, got ${String(value)}.`);
    }
    (limits as { -readonly [K in keyof Limits]: number })[key] = value;
  }
  return Object.freeze(limits);
}
