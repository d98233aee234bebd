/**
 * Why an export could not be written. Writers throw rather than return problems because a caller
 * that asks for a file either gets the whole file or nothing: a half-written export would look
 * complete to the analyst who opens it. Tests assert on `code` and `path`, not on wording.
 */
export const EXPORT_ERROR_CODES = Object.freeze({
  unknownRelation: 'unknown-relation',
  missingSourceText: 'missing-source-text',
  invalidColor: 'invalid-color',
  invalidOption: 'invalid-option',
} as const);

export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[keyof typeof EXPORT_ERROR_CODES];

export class ExportError extends Error {
  override readonly name = 'ExportError';
  readonly code: ExportErrorCode;
  /** What the problem is about: an option (`options.relationIds[2]`) or a dataset path (`$.sources[0]`). */
  readonly path: string;

  constructor(code: ExportErrorCode, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
