/**
 * Why an export could not be written. Writers throw rather than return problems because a caller
 * that asks for a file either gets the whole file or nothing: a half-written export would look
 * complete to the analyst who opens it. Tests assert on `code` and `path`, not on wording.
 */
import { CodedError } from '../model/coded-error.ts';

export const EXPORT_ERROR_CODES = Object.freeze({
  unknownRelation: 'unknown-relation',
  missingSourceText: 'missing-source-text',
  invalidColor: 'invalid-color',
  invalidOption: 'invalid-option',
} as const);

export type ExportErrorCode = (typeof EXPORT_ERROR_CODES)[keyof typeof EXPORT_ERROR_CODES];

export class ExportError extends CodedError<ExportErrorCode> {
  override readonly name = 'ExportError';
}
