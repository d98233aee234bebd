/** What a command needs from the process, passed in so commands can be run and tested in-process. */
export interface Io {
  /** Writes to standard output; the text carries its own newlines. */
  readonly out: (text: string) => void;
  /** Writes to standard error. */
  readonly err: (text: string) => void;
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
