/**
 * Relation types the reviewer can choose. A draft declares only the types the drafter used, so on its
 * own it would let a reviewer who finds a condemnation the drafter missed choose nothing but "Military
 * strike". The project's vocabulary (the drafter's types, which are the seed's) is offered beside the
 * dataset's own; the first relation given one of those types brings its definition into the dataset,
 * and the last relation leaving it takes it out again (choosing it again brings the same definition
 * back, so nothing is lost), which keeps `validate` from warning of an unused type. A type the dataset
 * defines in its own words stays, used or not: it is the author's.
 */
import { DRAFT_TYPES, declaredType } from '../draft/relation-types.ts';
import type { Dataset, RelationType } from '../model/dataset.ts';
import { quoted } from '../text/printable.ts';
import { EDIT_ERROR_CODES, EditError } from './edit-error.ts';

const CATALOGUE: ReadonlyMap<string, RelationType> = new Map(DRAFT_TYPES.map((t) => [t.id, declaredType(t)]));

/** The project's types the dataset does not define yet, by label. */
export function moreTypes(dataset: Dataset): RelationType[] {
  const declared = new Set(dataset.relationTypes.map((t) => t.id));
  return [...CATALOGUE.values()]
    .filter((t) => !declared.has(t.id))
    .sort((a, b) => a.label.localeCompare(b.label, 'en'));
}

/** The dataset, defining type `id` (from the project's vocabulary if it does not yet): else an EditError. */
export function withType(dataset: Dataset, id: string): Dataset {
  if (dataset.relationTypes.some((t) => t.id === id)) return dataset;
  const known = CATALOGUE.get(id);
  if (!known) throw new EditError(EDIT_ERROR_CODES.unknownType, `There is no relation type ${quoted(id)}.`);
  return { ...dataset, relationTypes: [...dataset.relationTypes, known] };
}

const sameDefinition = (a: RelationType, b: RelationType): boolean =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * `after` without the types an edit left unused that were in use `before` it and are the project's own,
 * word for word. At least one type always stays: a dataset needs one.
 */
export function withoutDroppedTypes(before: Dataset, after: Dataset): Dataset {
  const used = (d: Dataset): Set<string> => new Set(d.relations.map((r) => r.type));
  const was = used(before);
  const is = used(after);
  const dropped = (t: RelationType): boolean => {
    const known = CATALOGUE.get(t.id);
    return was.has(t.id) && !is.has(t.id) && known !== undefined && sameDefinition(t, known);
  };
  const kept = after.relationTypes.filter((t) => !dropped(t));
  if (kept.length === after.relationTypes.length || kept.length === 0) return after;
  return { ...after, relationTypes: kept };
}

/**
 * The dataset without relation type `id`, which no relation uses: how a reviewer clears the warning
 * about an unused type the dataset defines in its own words (the project's own types leave by
 * themselves, see `withoutDroppedTypes`). A used type, or the last one (a dataset needs one), stays,
 * with an EditError that says why.
 */
export function removeType(dataset: Dataset, id: string): Dataset {
  const type = dataset.relationTypes.find((t) => t.id === id);
  if (!type) throw new EditError(EDIT_ERROR_CODES.unknownType, `There is no relation type ${quoted(id)}.`);
  const using = dataset.relations.filter((r) => r.type === id).length;
  if (using > 0) {
    throw new EditError(
      EDIT_ERROR_CODES.typeInUse,
      `${type.label} is the type of ${using} relation${using === 1 ? '' : 's'}: give ${using === 1 ? 'it' : 'them'} another type first.`,
    );
  }
  if (dataset.relationTypes.length === 1) {
    throw new EditError(
      EDIT_ERROR_CODES.lastType,
      `${type.label} is the dataset's only relation type: it needs one.`,
    );
  }
  return { ...dataset, relationTypes: dataset.relationTypes.filter((t) => t.id !== id) };
}
