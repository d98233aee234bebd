import type { Actor, Dataset, Relation } from '../model/dataset.ts';
import { quoted } from '../text/printable.ts';
import { EDIT_ERROR_CODES, EditError } from './edit-error.ts';

/** Index of relation `id`, or an EditError: edits name what they change by id, never by position. */
export function relationIndex(dataset: Dataset, id: string): number {
  const index = dataset.relations.findIndex((r) => r.id === id);
  if (index < 0) throw new EditError(EDIT_ERROR_CODES.unknownRelation, `There is no relation ${quoted(id)}.`);
  return index;
}

export function actorIndex(dataset: Dataset, id: string): number {
  const index = dataset.actors.findIndex((a) => a.id === id);
  if (index < 0) throw new EditError(EDIT_ERROR_CODES.unknownActor, `There is no actor ${quoted(id)}.`);
  return index;
}

export const actorOf = (dataset: Dataset, id: string): Actor => dataset.actors[actorIndex(dataset, id)]!;
export const relationOf = (dataset: Dataset, id: string): Relation =>
  dataset.relations[relationIndex(dataset, id)]!;

/** A copy of `list` with item `index` replaced: edits never change the dataset they are given. */
export function replaceAt<T>(list: readonly T[], index: number, item: T): T[] {
  const copy = [...list];
  copy[index] = item;
  return copy;
}

/** `value` without the keys whose value is undefined, so a cleared field is absent from the JSON. */
export function withoutUndefined<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as T;
}
