/**
 * What an edit refuses, with a stable code the editor (and the tests) switch on and a sentence for the
 * reader. An edit either applies whole or throws one of these and changes nothing.
 */
export const EDIT_ERROR_CODES = Object.freeze({
  unknownRelation: 'unknown-relation',
  unknownActor: 'unknown-actor',
  unknownType: 'unknown-type',
  unknownSource: 'unknown-source',
  emptySelection: 'empty-selection',
  selectionOutOfRange: 'selection-out-of-range',
  duplicateEvidence: 'duplicate-evidence',
  tooManyQuotes: 'too-many-quotes',
  quoteTooLong: 'quote-too-long',
  emptyName: 'empty-name',
  duplicateAlias: 'duplicate-alias',
  tooManyAliases: 'too-many-aliases',
  sameActor: 'same-actor',
  actorInUse: 'actor-in-use',
  typeInUse: 'type-in-use',
  lastType: 'last-type',
  nothingToUndo: 'nothing-to-undo',
} as const);

export type EditErrorCode = (typeof EDIT_ERROR_CODES)[keyof typeof EDIT_ERROR_CODES];

export class EditError extends Error {
  override readonly name = 'EditError';
  readonly code: EditErrorCode;

  constructor(code: EditErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}
