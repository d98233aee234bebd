/**
 * Why an image could not be rendered. Like `ExportError`: the caller gets the whole image or this,
 * and tests assert on `code` and `path`, not on wording.
 */
import { CodedError } from '../model/coded-error.ts';

export const RENDER_ERROR_CODES = Object.freeze({
  invalidSvg: 'invalid-svg',
  invalidOption: 'invalid-option',
} as const);

export type RenderErrorCode = (typeof RENDER_ERROR_CODES)[keyof typeof RENDER_ERROR_CODES];

export class RenderError extends CodedError<RenderErrorCode> {
  override readonly name = 'RenderError';
}
