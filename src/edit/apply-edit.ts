/**
 * Every edit the editor's parts can ask for, as data: the parts fire a request, the editor applies it
 * here and records the result for undo. The label says what was done, for undo's and the live
 * region's sentences; `select` is the relation to show next (the next draft after an accept).
 */
import type { ActorKind, Dataset } from '../model/dataset.ts';
import { addActor, addAlias, mergeActors, removeActor, removeAlias } from './actor-edits.ts';
import { addEvidence, removeEvidence, type TextSpan } from './evidence-edits.ts';
import { actorOf, relationIndex } from './lookup.ts';
import {
  acceptRelation,
  createRelation,
  rejectRelation,
  updateRelation,
  type NewRelation,
  type RelationPatch,
} from './relation-edits.ts';
import { removeType, withoutDroppedTypes } from './type-catalogue.ts';

export type EditRequest =
  | { readonly kind: 'accept'; readonly id: string }
  | { readonly kind: 'reject'; readonly id: string }
  | { readonly kind: 'update'; readonly id: string; readonly patch: RelationPatch }
  | { readonly kind: 'add-evidence'; readonly id: string; readonly span: TextSpan }
  | { readonly kind: 'remove-evidence'; readonly id: string; readonly index: number }
  | { readonly kind: 'create-relation'; readonly relation: NewRelation }
  | { readonly kind: 'add-actor'; readonly name: string; readonly actorKind: ActorKind }
  | { readonly kind: 'remove-actor'; readonly id: string }
  | { readonly kind: 'merge-actors'; readonly keep: string; readonly duplicate: string }
  | { readonly kind: 'add-alias'; readonly id: string; readonly alias: string }
  | { readonly kind: 'remove-alias'; readonly id: string; readonly alias: string }
  | { readonly kind: 'remove-type'; readonly id: string };

export interface EditOutcome {
  readonly dataset: Dataset;
  /** What was done, as a sentence fragment: "Accepted Treaty, Russia — Iran". */
  readonly label: string;
  /** The relation to show after the edit, if it should change. */
  readonly select?: string;
  /** A new actor's id, for the part that asked to use it. */
  readonly actor?: string;
}

/** "Treaty, Russia — Iran" or "Drone transfer, Iran → Russia": how a relation is named in messages. */
export function relationName(dataset: Dataset, id: string): string {
  const relation = dataset.relations[relationIndex(dataset, id)]!;
  const type = dataset.relationTypes.find((t) => t.id === relation.type)?.label ?? relation.type;
  const name = (actor: string): string => dataset.actors.find((a) => a.id === actor)?.name ?? actor;
  return `${type}, ${name(relation.from)} ${relation.directed ? '→' : '—'} ${name(relation.to)}`;
}

/** The next draft after relation `index` (wrapping round), else the relation now at `index`. */
function nextAfter(dataset: Dataset, index: number): string | undefined {
  const { relations } = dataset;
  for (let k = 1; k <= relations.length; k++) {
    const candidate = relations[(index + k) % relations.length]!;
    if (candidate.draft) return candidate.id;
  }
  return relations[Math.min(index, relations.length - 1)]?.id;
}

export function applyEdit(
  dataset: Dataset,
  request: EditRequest,
  texts: ReadonlyMap<string, string>,
): EditOutcome {
  const outcome = edit(dataset, request, texts);
  return { ...outcome, dataset: withoutDroppedTypes(dataset, outcome.dataset) };
}

function edit(dataset: Dataset, request: EditRequest, texts: ReadonlyMap<string, string>): EditOutcome {
  switch (request.kind) {
    case 'accept': {
      const next = acceptRelation(dataset, request.id);
      const select = nextAfter(next, relationIndex(dataset, request.id)) ?? request.id;
      return { dataset: next, label: `Accepted ${relationName(dataset, request.id)}`, select };
    }
    case 'reject': {
      const at = relationIndex(dataset, request.id);
      const next = rejectRelation(dataset, request.id);
      const select = next.relations[at]?.draft ? next.relations[at]!.id : nextAfter(next, at - 1);
      return {
        dataset: next,
        label: `Rejected ${relationName(dataset, request.id)}`,
        ...(select ? { select } : {}),
      };
    }
    case 'update': {
      const next = updateRelation(dataset, request.id, request.patch);
      const fields = Object.keys(request.patch).join(', ');
      return { dataset: next, label: `Changed ${fields} of ${relationName(next, request.id)}` };
    }
    case 'add-evidence': {
      const next = addEvidence(dataset, request.id, request.span, texts);
      return { dataset: next, label: `Added a quote to ${relationName(next, request.id)}` };
    }
    case 'remove-evidence':
      return {
        dataset: removeEvidence(dataset, request.id, request.index),
        label: `Removed quote ${request.index + 1} of ${relationName(dataset, request.id)}`,
      };
    case 'create-relation': {
      const made = createRelation(dataset, request.relation, texts);
      return { dataset: made.dataset, label: `Made ${relationName(made.dataset, made.id)}`, select: made.id };
    }
    case 'add-actor': {
      const made = addActor(dataset, { name: request.name, kind: request.actorKind });
      return {
        dataset: made.dataset,
        label: `Added actor ${actorOf(made.dataset, made.id).name}`,
        actor: made.id,
      };
    }
    case 'remove-actor':
      return {
        dataset: removeActor(dataset, request.id),
        label: `Removed actor ${actorOf(dataset, request.id).name}`,
      };
    case 'merge-actors': {
      const kept = actorOf(dataset, request.keep).name;
      const gone = actorOf(dataset, request.duplicate).name;
      const merged = mergeActors(dataset, request.keep, request.duplicate);
      const loops = merged.selfLoops.length;
      const note = loops
        ? ` (${loops} relation${loops === 1 ? '' : 's'} between them now go${loops === 1 ? 'es' : ''} from ${kept} to itself: reject or edit ${loops === 1 ? 'it' : 'them'})`
        : '';
      return { dataset: merged.dataset, label: `Merged ${gone} into ${kept}${note}` };
    }
    case 'add-alias':
      return {
        dataset: addAlias(dataset, request.id, request.alias),
        label: `Added alias ${request.alias.trim()} to ${actorOf(dataset, request.id).name}`,
      };
    case 'remove-alias':
      return {
        dataset: removeAlias(dataset, request.id, request.alias),
        label: `Removed alias ${request.alias} of ${actorOf(dataset, request.id).name}`,
      };
    case 'remove-type':
      return {
        dataset: removeType(dataset, request.id),
        label: `Removed relation type ${dataset.relationTypes.find((t) => t.id === request.id)?.label ?? request.id}`,
      };
  }
}
