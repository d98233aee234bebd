import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type Io } from './io.ts';

/** One entry of the command table: adding a command (`export`, ...) is adding an entry. */
export interface Command {
  /** One line for the command list in `--help`. */
  readonly summary: string;
  /** The synopsis after the program name: `validate <file.json> [--json] [--quiet]`. */
  readonly usage: string;
  /** Option lines for the command's help, already aligned. */
  readonly details: readonly string[];
  /** The one-line summary of the exit codes that ends the command's help. */
  readonly exitCodes: string;
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: Io): Promise<number>;
}

type Options = NonNullable<ParseArgsConfig['options']>;

/**
 * `parseArgs` in strict mode, with its errors (which end in long advice about `--`) turned into a
 * short UsageError.
 */
export function parseCommandLine<T extends Options>(args: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const option = /'(-[^']*)'/.exec(message)?.[1];
    const code = (error as { code?: unknown }).code;
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' && option) throw new UsageError(`unknown option ${option}`);
    throw new UsageError(message.split('. ')[0] ?? message);
  }
}
