import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError, type Io } from './io.ts';

/** What `--help` says about a command. It lives in its own small module, apart from the code. */
export interface CommandHelp {
  /** One line for the command list in `--help`. */
  readonly summary: string;
  /** The synopsis after the program name: `validate <file.json> [--json] [--quiet]`. */
  readonly usage: string;
  /** Option lines for the command's help, already aligned. */
  readonly details: readonly string[];
  /** The one-line summary of the exit codes that ends the command's help. */
  readonly exitCodes: string;
}

/** What a command does, loaded only when it runs. */
export interface CommandCode {
  /** Runs with the arguments after the command name; resolves to the exit code. */
  run(args: readonly string[], io: Io): Promise<number>;
}

/**
 * One entry of the command table (`commands.ts`): where the command's help and its code are. Both are
 * dynamic imports, so the bundle splits there and `--help` or `validate` never load what `export`
 * needs (the layout, the SVG writer, the PNG renderer).
 */
export interface CommandEntry {
  readonly help: () => Promise<{ readonly help: CommandHelp }>;
  readonly code: () => Promise<{ readonly command: CommandCode }>;
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
