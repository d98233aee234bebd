/** What the reader has chosen to look at: one actor or one relation, by id. */
export type SelectionKind = 'actor' | 'relation';

export interface Selection {
  readonly kind: SelectionKind;
  readonly id: string;
}

export const sameSelection = (a: Selection | null, b: Selection | null): boolean =>
  a === b || (a !== null && b !== null && a.kind === b.kind && a.id === b.id);
