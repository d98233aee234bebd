import type { Actor, ActorKind, Dataset, Relation, Representative } from '../model/dataset.ts';
import { quoted } from '../text/printable.ts';
import { EDIT_ERROR_CODES, EditError } from './edit-error.ts';
import { actorIndex, replaceAt, withoutUndefined } from './lookup.ts';
import { actorId } from './new-ids.ts';

/** The schema's limits on a name and on an actor's aliases. */
const MAX_NAME = 200;
const MAX_ALIASES = 50;

function checkName(name: string, what: string): string {
  const trimmed = name.trim().replace(/\s+/g, ' ');
  if (trimmed === '') throw new EditError(EDIT_ERROR_CODES.emptyName, `${what} cannot be empty.`);
  if ([...trimmed].length > MAX_NAME) {
    throw new EditError(EDIT_ERROR_CODES.emptyName, `${what} may be at most ${MAX_NAME} characters.`);
  }
  return trimmed;
}

/** Graph units between the saved layout's right edge and a new actor: the layout's edge length. */
const BESIDE = 120;

/**
 * Where a new actor goes when every actor has a saved position: beside the layout, right of its
 * rightmost actor at its middle height, so the saved layout stays whole (the dataset is still drawn
 * as saved, with no positions warning) and the newcomer is in plain view, to be moved or laid out
 * again (`actor-graph layout`). Undefined when the positions are not complete: then none counts and
 * the layout runs anyway, so the new actor needs none.
 */
function besideSavedLayout(actors: readonly Actor[]): { x: number; y: number } | undefined {
  if (actors.length === 0 || !actors.every((a) => a.position)) return undefined;
  const xs = actors.map((a) => a.position!.x);
  const ys = actors.map((a) => a.position!.y);
  const round = (n: number) => Math.round(n * 100) / 100;
  return { x: round(Math.max(...xs) + BESIDE), y: round((Math.min(...ys) + Math.max(...ys)) / 2) };
}

/** A new actor, for a relation with someone the draft did not find. */
export function addActor(
  dataset: Dataset,
  input: { readonly name: string; readonly kind: ActorKind },
): { dataset: Dataset; id: string } {
  const name = checkName(input.name, 'The name');
  const id = actorId(dataset, name);
  const position = besideSavedLayout(dataset.actors);
  const actor: Actor = { id, name, kind: input.kind, ...(position ? { position } : {}) };
  return { dataset: { ...dataset, actors: [...dataset.actors, actor] }, id };
}

/**
 * An actor no relation names any more (the drafter's reading of a sentence the reviewer rejected)
 * leaves the dataset; one that a relation still names stays, with an EditError saying how many.
 */
export function removeActor(dataset: Dataset, id: string): Dataset {
  const actor = dataset.actors[actorIndex(dataset, id)]!;
  const using = dataset.relations.filter((r) => r.from === id || r.to === id).length;
  if (using > 0) {
    throw new EditError(
      EDIT_ERROR_CODES.actorInUse,
      `${actor.name} is in ${using} relation${using === 1 ? '' : 's'}: reject or change ${using === 1 ? 'it' : 'them'} first, or merge ${actor.name} into another actor.`,
    );
  }
  return { ...dataset, actors: dataset.actors.filter((a) => a.id !== id) };
}

/** Another name the text uses for the actor (a capital, a demonym); search finds it too. */
export function addAlias(dataset: Dataset, id: string, alias: string): Dataset {
  const at = actorIndex(dataset, id);
  const actor = dataset.actors[at]!;
  const name = checkName(alias, 'An alias');
  const aliases = actor.aliases ?? [];
  if (name === actor.name || aliases.includes(name)) {
    throw new EditError(EDIT_ERROR_CODES.duplicateAlias, `${actor.name} is already called ${quoted(name)}.`);
  }
  if (aliases.length >= MAX_ALIASES) {
    throw new EditError(EDIT_ERROR_CODES.tooManyAliases, `An actor may have at most ${MAX_ALIASES} aliases.`);
  }
  return { ...dataset, actors: replaceAt(dataset.actors, at, { ...actor, aliases: [...aliases, name] }) };
}

export function removeAlias(dataset: Dataset, id: string, alias: string): Dataset {
  const at = actorIndex(dataset, id);
  const actor = dataset.actors[at]!;
  const aliases = (actor.aliases ?? []).filter((a) => a !== alias);
  const next = withoutUndefined({ ...actor, aliases: aliases.length ? aliases : undefined });
  return { ...dataset, actors: replaceAt(dataset.actors, at, next) };
}

/** What a merge did, for the editor to say. */
export interface MergeOutcome {
  readonly dataset: Dataset;
  /** Relations that now go from the kept actor to itself: they were between the two. */
  readonly selfLoops: readonly string[];
  /** Names of the merged actor that did not fit in the kept one's aliases (over the limit). */
  readonly droppedAliases: readonly string[];
}

/**
 * `duplicate` was the same actor as `keep` under another name ("Tehran" beside "Iran"): its relations
 * move to `keep`, its name and aliases become `keep`'s aliases, its representatives join `keep`'s
 * (a representative id both have keeps `keep`'s person), and it leaves the dataset.
 */
export function mergeActors(dataset: Dataset, keep: string, duplicate: string): MergeOutcome {
  if (keep === duplicate) {
    throw new EditError(EDIT_ERROR_CODES.sameActor, 'Choose two different actors to merge.');
  }
  const kept = dataset.actors[actorIndex(dataset, keep)]!;
  const gone = dataset.actors[actorIndex(dataset, duplicate)]!;
  const names = new Set([kept.name, ...(kept.aliases ?? [])]);
  const aliases = [...(kept.aliases ?? [])];
  const droppedAliases: string[] = [];
  for (const name of [gone.name, ...(gone.aliases ?? [])]) {
    if (names.has(name)) continue;
    names.add(name);
    if (aliases.length < MAX_ALIASES) aliases.push(name);
    else droppedAliases.push(name);
  }
  const reps: Representative[] = [...(kept.representatives ?? [])];
  for (const rep of gone.representatives ?? []) if (!reps.some((r) => r.id === rep.id)) reps.push(rep);
  const merged: Actor = withoutUndefined({
    ...kept,
    aliases: aliases.length ? aliases : undefined,
    representatives: reps.length ? reps : undefined,
    description: kept.description ?? gone.description,
  });
  const selfLoops: string[] = [];
  const moved = (id: string): string => (id === duplicate ? keep : id);
  const relations = dataset.relations.map((r): Relation => {
    if (r.from !== duplicate && r.to !== duplicate) return r;
    const next = { ...r, from: moved(r.from), to: moved(r.to) };
    if (next.from === next.to) selfLoops.push(r.id);
    return next;
  });
  const actors = dataset.actors.filter((a) => a.id !== duplicate).map((a) => (a.id === keep ? merged : a));
  return { dataset: { ...dataset, actors, relations }, selfLoops, droppedAliases };
}
