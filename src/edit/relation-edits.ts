import type { Dataset, Relation, RelationStatus } from '../model/dataset.ts';
import { evidenceFor, type TextSpan } from './evidence-edits.ts';
import { actorOf, relationIndex, replaceAt, withoutUndefined } from './lookup.ts';
import { relationId } from './new-ids.ts';
import { withType } from './type-catalogue.ts';

/** A person checked the draft relation against its quotes: it is no longer a draft. */
export function acceptRelation(dataset: Dataset, id: string): Dataset {
  const at = relationIndex(dataset, id);
  const { draft: _reviewed, ...relation } = dataset.relations[at]!;
  return { ...dataset, relations: replaceAt(dataset.relations, at, relation) };
}

/** The relation is wrong: it leaves the dataset (undo brings it back). */
export function rejectRelation(dataset: Dataset, id: string): Dataset {
  relationIndex(dataset, id);
  return { ...dataset, relations: dataset.relations.filter((r) => r.id !== id) };
}

/**
 * The fields a reviewer edits. A field given as `''` is cleared (left out of the JSON); one not given
 * is left as it is.
 */
export interface RelationPatch {
  readonly type?: string;
  readonly from?: string;
  readonly to?: string;
  readonly directed?: boolean;
  readonly status?: RelationStatus;
  readonly summary?: string;
  readonly attribution?: string;
  readonly fromRepresentative?: string;
  readonly toRepresentative?: string;
  readonly date?: string;
  readonly datePhrase?: string;
}

const CLEARABLE = ['attribution', 'fromRepresentative', 'toRepresentative', 'date', 'datePhrase'] as const;

/**
 * Applies a patch. Checked here: the type exists (one of the project's that the dataset lacks is
 * defined in it) and both actors do. Left to validation (and shown beside
 * the field): an empty summary, a malformed date. Changing an end drops a representative that does
 * not speak for the new actor; swapping the ends swaps the representatives with them.
 */
export function updateRelation(dataset: Dataset, id: string, patch: RelationPatch): Dataset {
  const at = relationIndex(dataset, id);
  const old = dataset.relations[at]!;
  if (patch.type !== undefined) dataset = withType(dataset, patch.type);
  const next: Record<string, unknown> = { ...old, ...patch };
  for (const key of CLEARABLE) if (next[key] === '') next[key] = undefined;
  const from = actorOf(dataset, next['from'] as string);
  const to = actorOf(dataset, next['to'] as string);
  const swapped = from.id === old.to && to.id === old.from && from.id !== to.id;
  if (swapped && patch.fromRepresentative === undefined && patch.toRepresentative === undefined) {
    next['fromRepresentative'] = old.toRepresentative;
    next['toRepresentative'] = old.fromRepresentative;
  }
  const speaksFor = (rep: unknown, actor: typeof from): boolean =>
    typeof rep === 'string' && (actor.representatives ?? []).some((r) => r.id === rep);
  if (!speaksFor(next['fromRepresentative'], from)) next['fromRepresentative'] = undefined;
  if (!speaksFor(next['toRepresentative'], to)) next['toRepresentative'] = undefined;
  const relation = withoutUndefined(next) as unknown as Relation;
  return { ...dataset, relations: replaceAt(dataset.relations, at, relation) };
}

/** What the reviewer says of a relation they make from a selection. */
export interface NewRelation {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
  readonly status: RelationStatus;
  readonly summary: string;
  readonly attribution?: string;
  readonly evidence: readonly TextSpan[];
}

/**
 * A new relation, reviewed by the person who made it (so no `draft`), after the relations there are.
 * Its id is made from its ends and type, as the seed's are.
 */
export function createRelation(
  dataset: Dataset,
  input: NewRelation,
  texts: ReadonlyMap<string, string>,
): { dataset: Dataset; id: string } {
  dataset = withType(dataset, input.type);
  actorOf(dataset, input.from);
  actorOf(dataset, input.to);
  const id = relationId(dataset, input.from, input.to, input.type);
  const relation: Relation = withoutUndefined({
    id,
    type: input.type,
    from: input.from,
    to: input.to,
    directed: input.directed,
    status: input.status,
    summary: input.summary.trim(),
    attribution: input.attribution?.trim() || undefined,
    evidence: input.evidence.map((span) => evidenceFor(span, texts)),
  });
  return { dataset: { ...dataset, relations: [...dataset.relations, relation] }, id };
}
