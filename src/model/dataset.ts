/**
 * The dataset format, version 1, as it is stored in JSON (see `graph-data/schema.json`, which says the
 * same thing for editors and for validation). These types describe data that has passed validation.
 */

/** Whether a relation type draws actors together, apart, or neither. */
export type Polarity = 'cooperative' | 'conflictual' | 'neutral';

/**
 * How the source stands behind a relation: stated as fact (by the article or by a source it cites),
 * explicitly called alleged or unconfirmed, or only the article's own analysis or speculation.
 */
export type RelationStatus = 'reported' | 'alleged' | 'analysis';

export const POLARITIES: readonly Polarity[] = Object.freeze(['cooperative', 'conflictual', 'neutral']);
export const RELATION_STATUSES: readonly RelationStatus[] = Object.freeze([
  'reported',
  'alleged',
  'analysis',
]);

export type ActorKind = 'state' | 'bloc' | 'organization' | 'group' | 'person';

/** A text that evidence quotes from. Exactly one of `file` and `text` is given. */
export interface SourceText {
  id: string;
  title: string;
  /** Path of a UTF-8 text file, relative to the dataset file. */
  file?: string;
  /** The text itself, for datasets that must be a single file. */
  text?: string;
  url?: string;
  publisher?: string;
  author?: string;
  /** ISO 8601 date (YYYY-MM-DD). */
  published?: string;
  /** What of the text is not content (link farms, related headlines) and was ignored. */
  notes?: string;
}

export interface RelationType {
  id: string;
  label: string;
  polarity: Polarity;
  description?: string;
  /** CAMEO event code (Conflict and Mediation Event Observations), where one fits. */
  cameo?: string;
  /** PLOVER event type (Political Language Ontology for Verifiable Event Records), where one fits. */
  plover?: string;
}

/** A person who speaks or acts for an actor (a head of state, an adviser). */
export interface Representative {
  id: string;
  name: string;
  role?: string;
}

export interface Actor {
  id: string;
  name: string;
  kind: ActorKind;
  /** Other names the text uses: capitals, government seats, adjectives. Search finds these too. */
  aliases?: string[];
  representatives?: Representative[];
  description?: string;
  /**
   * Where the actor is drawn, in graph units (y down), as `actor-graph layout` writes it. When every
   * actor has one, the graph is drawn there and no layout runs (see `layout/saved-positions.ts`).
   */
  position?: { x: number; y: number };
}

/**
 * A verbatim quote from a source. Offsets count Unicode code points from the start of the text,
 * zero-based, `end` exclusive, as W3C Web Annotation's TextPositionSelector does.
 */
export interface Evidence {
  source: string;
  quote: string;
  start: number;
  end: number;
  /**
   * Who the text says these words come from (RIA, Yuri Ushakov, ...), where a relation's quotes come
   * from different people; the relation's `attribution` names who the claim as a whole comes from.
   */
  attribution?: string;
}

export interface Relation {
  id: string;
  type: string;
  from: string;
  to: string;
  /** False where the text states the relation as mutual; `from` and `to` are then interchangeable. */
  directed: boolean;
  status: RelationStatus;
  /** One sentence that says what the relation is, in the dataset author's words. */
  summary: string;
  /** Who the text says the claim comes from (the Kremlin, RIA, ...), where it says so. */
  attribution?: string;
  /** Representative ids (of the `from` and `to` actors) who acted, where the text names them. */
  fromRepresentative?: string;
  toRepresentative?: string;
  /** ISO 8601 date or partial date (YYYY, YYYY-MM, YYYY-MM-DD), where the text gives one. */
  date?: string;
  /** The text's own words for when ("on Friday", "in June"), kept beside the `date` they resolve to. */
  datePhrase?: string;
  /** Present while the relation is a machine draft nobody has reviewed; accepting it removes this. */
  draft?: RelationDraft;
  evidence: Evidence[];
}

/** What the drafter says of a relation it proposed. */
export interface RelationDraft {
  /** How sure the drafter is, from 0 to 1. */
  confidence: number;
  /** The words of the text that suggested the relation. */
  cue: string;
  /** Id of the cue-lexicon entry that matched. */
  rule?: string;
}

export interface Dataset {
  $schema?: string;
  formatVersion: 1;
  id: string;
  title: string;
  description?: string;
  /** BCP 47 language tag of the sources and labels. */
  language?: string;
  sources: SourceText[];
  relationTypes: RelationType[];
  actors: Actor[];
  relations: Relation[];
}
