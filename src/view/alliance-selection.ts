/**
 * What a reader can select in the alliance view: a pair of actors (its net score and the relations
 * behind it), an actor (its camp and ties), or a triangle of pairs (balanced or not). Pairs and
 * triangles are named by their actors, in the dataset's order, as the analysis lists them.
 */
export type AllianceSelection =
  | { readonly kind: 'pair'; readonly actors: readonly [string, string] }
  | { readonly kind: 'actor'; readonly id: string }
  | { readonly kind: 'triad'; readonly actors: readonly [string, string, string] };

export function sameAllianceSelection(a: AllianceSelection | null, b: AllianceSelection | null): boolean {
  if (a === b) return true;
  if (!a || !b || a.kind !== b.kind) return false;
  if (a.kind === 'actor') return a.id === (b as typeof a).id;
  const other = (b as typeof a).actors;
  return a.actors.length === other.length && a.actors.every((id, i) => id === other[i]);
}

/** The actors a selection names. */
export const selectedActors = (selection: AllianceSelection): readonly string[] =>
  selection.kind === 'actor' ? [selection.id] : selection.actors;
