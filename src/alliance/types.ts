/**
 * What the alliance analysis returns: plain objects and arrays of strings and numbers only, so a
 * result crosses `postMessage` (structured clone) and `JSON.stringify` unchanged. Actors and
 * relations are named by their dataset ids; lists follow the dataset's order unless said otherwise.
 */
import type { RelationStatus } from '../model/dataset.ts';

/** +1 allies, −1 adversaries, 0 neither (no relation, or relations that cancel out). */
export type Sign = 1 | -1 | 0;

/** Where a relation type's weight came from. */
export type WeightBasis = 'override' | 'cameo' | 'plover' | 'polarity';

/** One relation's signed weight: its type's weight times its status's factor. */
export interface RelationWeight {
  readonly id: string;
  readonly typeId: string;
  readonly status: RelationStatus;
  readonly weight: number;
  readonly typeWeight: number;
  readonly statusFactor: number;
}

/** How a relation type was weighted, for the report's key and the JSON's `weights.types`. */
export interface TypeWeight {
  readonly typeId: string;
  readonly weight: number;
  readonly basis: WeightBasis;
  /** The CAMEO or PLOVER code whose scale value was used. */
  readonly code?: string;
}

/** Relation ids of a pair by the sign of their weight. */
export interface PairRelations {
  readonly positive: string[];
  readonly negative: string[];
  /** Weight 0: neutral types without a scale value. They count towards nothing. */
  readonly neutral: string[];
}

/** An unordered pair of actors with at least one relation between them, in either direction. */
export interface PairScore {
  /** The two actor ids, in dataset order. */
  readonly actors: readonly [string, string];
  /** The sum of the weights of every relation between them (rounded to 6 decimals). */
  readonly score: number;
  readonly sign: Sign;
  readonly relations: PairRelations;
}

/** A signed pair that goes against the split: allies in different camps, or adversaries in one. */
export interface FrustratedPair {
  readonly actors: readonly [string, string];
  readonly score: number;
  readonly sign: 1 | -1;
}

export interface Frustration {
  /** How many signed pairs go against the split. */
  readonly count: number;
  /** The sum of their |score|. */
  readonly weight: number;
  /** Every signed pair, and their total |score|: what the frustration is out of. */
  readonly signedPairs: number;
  readonly totalWeight: number;
  /** Heaviest first. */
  readonly pairs: readonly FrustratedPair[];
}

/** One connected part of the signed graph: its split does not depend on any other part. */
export interface CampComponent {
  readonly actors: readonly string[];
  /** `exact`: every split was tried; `heuristic`: the part is larger than the exact limit. */
  readonly method: 'exact' | 'heuristic';
  readonly frustrationCount: number;
  readonly frustrationWeight: number;
}

export interface Camps {
  /** Camp A holds the first actor (in dataset order) of each part of the signed graph. */
  readonly camps: readonly [readonly string[], readonly string[]];
  /** Actors without any signed pair: nothing places them. */
  readonly unaligned: readonly string[];
  /** `exact` when every part was solved exactly, else `heuristic`. */
  readonly method: 'exact' | 'heuristic';
  readonly objective: 'weight' | 'count';
  readonly exactLimit: number;
  readonly frustration: Frustration;
  readonly components: readonly CampComponent[];
}

/** Per actor: its camp, its ties, and how firmly the split holds it. */
export interface ActorStanding {
  readonly actor: string;
  /** 0 (camp A), 1 (camp B) or null (unaligned). */
  readonly camp: 0 | 1 | null;
  readonly positiveDegree: number;
  readonly negativeDegree: number;
  readonly positiveWeight: number;
  readonly negativeWeight: number;
  /**
   * How much the frustration weight would grow if this actor alone changed camp (0 for unaligned).
   * Never negative for an exact split; small means the actor is only loosely held.
   */
  readonly margin: number;
}

export interface Triad {
  /** In dataset order. */
  readonly actors: readonly [string, string, string];
  /** Balanced: an even number of adversarial sides (+++, +−−). */
  readonly balanced: boolean;
  /** The three sides: (a,b), (a,c), (b,c). */
  readonly sides: readonly [PairScore, PairScore, PairScore];
}

export interface Triads {
  readonly total: number;
  readonly unbalanced: number;
  /** Unbalanced first, then by the weight of their sides, heaviest first; at most `maxTriads`. */
  readonly list: readonly Triad[];
  /** How many were left out of `list` by the limit. */
  readonly omitted: number;
}

export type InferenceRule = 'enemy-of-enemy' | 'friend-of-friend' | 'friend-of-enemy';

/** A step of an inference's path: two actors and the sign of their pair. */
export interface InferencePath {
  readonly via: string;
  readonly signs: readonly [Sign, Sign];
  readonly rule: InferenceRule;
}

/**
 * What balance theory would expect between two actors the data does not relate at all, from the
 * paths through a third. An inference, never a relation.
 */
export interface Inference {
  readonly inferred: true;
  readonly actors: readonly [string, string];
  /** The sign the paths agree on; 0 where they disagree. */
  readonly sign: Sign;
  readonly conflicting: boolean;
  readonly paths: readonly InferencePath[];
}

export interface Inferences {
  readonly total: number;
  readonly list: readonly Inference[];
  readonly omitted: number;
}

/** Gould–Fernandez roles over the two camps, for a broker b between partners a and c. */
export interface BrokerRoles {
  /** a, b and c in one camp. */
  readonly coordinator: number;
  /** a and c in one camp, b in the other (Gould–Fernandez's itinerant broker). */
  readonly consultant: number;
  /** b shares its camp with one of a and c (gatekeeper and representative, which need direction). */
  readonly gatekeeper: number;
}

export interface BrokeredPair {
  readonly actors: readonly [string, string];
  /**
   * `unlinked`: no signed pair between them (no relation, or relations that cancel out);
   * `adversaries`: their pair is negative.
   */
  readonly kind: 'unlinked' | 'adversaries';
  readonly role: keyof BrokerRoles;
}

export interface Broker {
  readonly actor: string;
  /** Pairs of its allies with no positive pair between them, that it alone links. */
  readonly brokerage: number;
  readonly unlinked: number;
  readonly adversaries: number;
  readonly roles: BrokerRoles;
  /** Its allies in the other camp. */
  readonly crossCamp: number;
  /** The pairs it links (adversaries first), at most `maxBrokeredPairs`. */
  readonly pairs: readonly BrokeredPair[];
}

export interface SignChange {
  readonly actors: readonly [string, string];
  readonly before: { readonly score: number; readonly sign: Sign } | null;
  readonly after: { readonly score: number; readonly sign: Sign } | null;
}

export interface TriadChange {
  readonly actors: readonly [string, string, string];
  /** null: not a triangle of signed pairs. */
  readonly before: 'balanced' | 'unbalanced' | null;
  readonly after: 'balanced' | 'unbalanced' | null;
}

/** The analysis again without some statuses, and what that changes. */
export interface Sensitivity {
  readonly excludedStatuses: readonly RelationStatus[];
  readonly relationsLeftOut: readonly string[];
  /** True when nothing below changed. */
  readonly unchanged: boolean;
  readonly camps: readonly [readonly string[], readonly string[]];
  readonly unaligned: readonly string[];
  /** Actors whose camp differs (the sides of each part matched to the full analysis first). */
  readonly actorsMoved: readonly string[];
  readonly frustrationBefore: { readonly count: number; readonly weight: number };
  readonly frustrationAfter: { readonly count: number; readonly weight: number };
  readonly pairsChanged: readonly SignChange[];
  /** At most `maxTriads`, by actor order. */
  readonly triadsChanged: readonly TriadChange[];
  /** How many changed triangles were left out of `triadsChanged` by the limit. */
  readonly triadsChangedOmitted: number;
}

export interface AllianceAnalysis {
  readonly version: 1;
  readonly dataset: { readonly id: string; readonly title: string };
  /** The relations analysed: all, less the excluded statuses and anything outside `relationIds`. */
  readonly relationsAnalysed: number;
  readonly excludedStatuses: readonly RelationStatus[];
  readonly weights: {
    readonly statusFactors: Readonly<Record<RelationStatus, number>>;
    readonly types: readonly TypeWeight[];
    readonly relations: readonly RelationWeight[];
  };
  readonly pairs: readonly PairScore[];
  readonly camps: Camps;
  readonly actors: readonly ActorStanding[];
  readonly triads: Triads;
  readonly inferences: Inferences;
  /** Actors with brokerage or allies across camps, most brokerage first. */
  readonly brokers: readonly Broker[];
  /** Null when turned off, or when its statuses are already excluded from the analysis. */
  readonly sensitivity: Sensitivity | null;
}

/** What the analysis is doing, for a progress bar: `done` of `total` in the current stage. */
export interface AllianceProgress {
  readonly stage: 'pairs' | 'camps' | 'triads' | 'inferences' | 'brokers' | 'sensitivity';
  readonly done: number;
  readonly total: number;
}
