/** What a command needs from the process, passed in so commands can be run and tested in-process. */
export interface Io {
  /** Writes to standard output; text carries its own newlines, bytes are written as they are. */
  readonly out: (data: string | Uint8Array) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
  /** Whether standard output is a terminal, where binary output would only garble the screen. */
  readonly outIsTerminal?: boolean;
  /** Resolves once everything written to standard output has been handed over; rejects if it failed. */
  readonly flushOut?: () => Promise<void>;
}

/** Exit codes, documented in `--help`. 70 is EX_SOFTWARE from BSD sysexits.h: an internal error. */
export const EXIT = Object.freeze({
  ok: 0,
  invalid: 1,
  /** The input could not be read, or the command line was wrong. */
  unusable: 2,
  internal: 70,
} as const);

/** A mistake on the command line: reported in one line with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** A file that could not be read (missing, a directory, no permission): one line, exit code 2. */
export class ReadError extends Error {
  override readonly name = 'ReadError';
}

/**
 * A command that ran and failed for a reason the user can act on (a target that exists, a file that
 * could not be written): one line, with the command's exit code for it.
 */
export class CommandFailure extends Error {
  override readonly name = 'CommandFailure';
  readonly exitCode: number;

  constructor(message: string, exitCode: number, options?: ErrorOptions) {
    super(message, options);
    this.exitCode = exitCode;
  }
}
