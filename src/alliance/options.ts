/**
 * The alliance analysis's settings: frozen defaults, resolved against what the caller gives, then
 * checked. Every default is a documented choice (docs/decisions/0010-alliance-analysis.md); none is
 * tuned to make one dataset come out a certain way.
 */
import { CodedError } from '../model/coded-error.ts';
import { POLARITIES, RELATION_STATUSES, type Polarity, type RelationStatus } from '../model/dataset.ts';

export interface AllianceOptions {
  /**
   * What a relation's weight is multiplied by for its status. Reported facts count fully; what the
   * text itself calls alleged, half; the article's own analysis or speculation, a quarter.
   */
  readonly statusFactors: Readonly<Record<RelationStatus, number>>;
  /**
   * The weight of a type with neither a CAMEO code nor a PLOVER type: the middle of the cooperative
   * or the conflictual half of the Goldstein scale (±5), or 0 for neutral types.
   */
  readonly polarityWeights: Readonly<Record<Polarity, number>>;
  /** Weights by relation type id that replace the scales, e.g. `{ rivalry: -6 }`. */
  readonly typeWeights: Readonly<Record<string, number>>;
  /** Leave relations with these statuses out of the analysis altogether. */
  readonly excludeStatuses: readonly RelationStatus[];
  /** Analyse only these relations (what the filters show). Undefined: all. */
  readonly relationIds: readonly string[] | undefined;
  /** Minimise the weight (sum of |score|) or the number of pairs against the split; the other breaks ties. */
  readonly objective: 'weight' | 'count';
  /**
   * Parts of the signed graph up to this many actors are split exactly, by trying every split
   * (2^(n−1)); larger parts by the heuristic. 24 keeps the worst case (every pair signed) near a
   * second in Node on a shared laptop core; see bench/node/alliance.ts.
   */
  readonly exactLimit: number;
  /** Restarts and perturbation rounds of the heuristic, and its seed. */
  readonly heuristicRestarts: number;
  readonly heuristicRounds: number;
  readonly seed: number;
  /** List at most this many triads, inferences, and pairs per broker (counts are always complete). */
  readonly maxTriads: number;
  readonly maxInferences: number;
  readonly maxBrokeredPairs: number;
  /**
   * Run the analysis again without these statuses and report what changes; empty: no sensitivity.
   * Statuses already excluded are not excluded twice.
   */
  readonly sensitivityExclude: readonly RelationStatus[];
}

export const DEFAULT_ALLIANCE_OPTIONS: AllianceOptions = Object.freeze({
  statusFactors: Object.freeze({ reported: 1, alleged: 0.5, analysis: 0.25 }),
  polarityWeights: Object.freeze({ cooperative: 5, conflictual: -5, neutral: 0 }),
  typeWeights: Object.freeze({}),
  excludeStatuses: Object.freeze([]),
  relationIds: undefined,
  objective: 'weight',
  exactLimit: 24,
  heuristicRestarts: 8,
  heuristicRounds: 64,
  seed: 1,
  maxTriads: 2000,
  maxInferences: 2000,
  maxBrokeredPairs: 50,
  sensitivityExclude: Object.freeze(['alleged', 'analysis'] as RelationStatus[]),
});

export type AllianceOptionsInput = Partial<
  Omit<AllianceOptions, 'statusFactors' | 'polarityWeights'> & {
    statusFactors: Partial<Record<RelationStatus, number>>;
    polarityWeights: Partial<Record<Polarity, number>>;
  }
>;

export const ALLIANCE_ERROR_CODES = Object.freeze({
  invalidOption: 'invalid-option',
  unknownRelation: 'unknown-relation',
} as const);

export type AllianceErrorCode = (typeof ALLIANCE_ERROR_CODES)[keyof typeof ALLIANCE_ERROR_CODES];

/** A setting the analysis cannot use; `path` names it (`options.statusFactors.alleged`). */
export class AllianceError extends CodedError<AllianceErrorCode> {
  override readonly name = 'AllianceError';
}

/** The defaults with the caller's settings over them, checked; the caller's object is not touched. */
export function resolveAllianceOptions(input: AllianceOptionsInput = {}): AllianceOptions {
  const options: AllianceOptions = {
    ...DEFAULT_ALLIANCE_OPTIONS,
    ...input,
    statusFactors: { ...DEFAULT_ALLIANCE_OPTIONS.statusFactors, ...input.statusFactors },
    polarityWeights: { ...DEFAULT_ALLIANCE_OPTIONS.polarityWeights, ...input.polarityWeights },
    typeWeights: { ...input.typeWeights },
  };
  for (const status of RELATION_STATUSES) {
    const factor = options.statusFactors[status];
    if (!(Number.isFinite(factor) && factor >= 0))
      fail(`statusFactors.${status}`, `must be a number of 0 or more, not ${String(factor)}`);
  }
  for (const polarity of POLARITIES) finite(`polarityWeights.${polarity}`, options.polarityWeights[polarity]);
  for (const [type, weight] of Object.entries(options.typeWeights)) finite(`typeWeights.${type}`, weight);
  for (const [i, status] of [...options.excludeStatuses, ...options.sensitivityExclude].entries()) {
    if (!RELATION_STATUSES.includes(status))
      fail(`excludeStatuses[${i}]`, `"${String(status)}" is not a status (${RELATION_STATUSES.join(', ')})`);
  }
  if (options.objective !== 'weight' && options.objective !== 'count')
    fail('objective', `must be "weight" or "count", not ${String(options.objective)}`);
  // 2^(n−1) splits: past 30 the count no longer fits the search's 32-bit counter.
  integer('exactLimit', options.exactLimit, 0, 30);
  integer('heuristicRestarts', options.heuristicRestarts, 0, 10_000);
  integer('heuristicRounds', options.heuristicRounds, 0, 1_000_000);
  integer('seed', options.seed, 0, 2 ** 32 - 1);
  integer('maxTriads', options.maxTriads, 0, Number.MAX_SAFE_INTEGER);
  integer('maxInferences', options.maxInferences, 0, Number.MAX_SAFE_INTEGER);
  integer('maxBrokeredPairs', options.maxBrokeredPairs, 0, Number.MAX_SAFE_INTEGER);
  return options;
}

function fail(path: string, message: string): never {
  throw new AllianceError(ALLIANCE_ERROR_CODES.invalidOption, `options.${path}`, `${path} ${message}.`);
}

function finite(path: string, value: unknown): void {
  if (typeof value !== 'number' || !Number.isFinite(value))
    fail(path, `must be a number, not ${String(value)}`);
}

function integer(path: string, value: unknown, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max)
    fail(path, `must be a whole number from ${min} to ${max}, not ${String(value)}`);
}
