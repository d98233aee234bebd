/**
 * Why an image could not be rendered. Like `ExportError`: the caller gets the whole image or this,
 * and tests assert on `code` and `path`, not on wording.
 */
export const RENDER_ERROR_CODES = Object.freeze({
  invalidSvg: 'invalid-svg',
  invalidOption: 'invalid-option',
} as const);

export type RenderErrorCode = (typeof RENDER_ERROR_CODES)[keyof typeof RENDER_ERROR_CODES];

export class RenderError extends Error {
  override readonly name = 'RenderError';
  readonly code: RenderErrorCode;
  /** What the problem is about: `svg` or an option (`options.scale`). */
  readonly path: string;

  constructor(code: RenderErrorCode, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
