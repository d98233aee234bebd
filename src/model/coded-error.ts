/**
 * The shape of the core's typed errors: a stable `code` that callers and tests switch on, and a
 * `path` naming what the problem is about (an option such as `options.scale`, or a dataset path such
 * as `$.sources[0]`). Each module declares its own codes and subclass, so a caller can tell an
 * export's refusal from an analysis's by `instanceof` and by `name`.
 */
export abstract class CodedError<Code extends string> extends Error {
  readonly code: Code;
  readonly path: string;

  constructor(code: Code, path: string, message: string) {
    super(message);
    this.code = code;
    this.path = path;
  }
}
