/**
 * The CLI without the process: arguments in, exit code out, output through `io`. `main.ts` connects it
 * to the real process; tests call it directly (tests/core/cli-harness.ts). Commands are loaded here,
 * on demand, from the table in `commands.ts`.
 */
import { version } from '../../package.json';
import { printable } from '../text/printable.ts';
import { closest } from '../validate/did-you-mean.ts';
import type { CommandEntry, CommandHelp } from './command.ts';
import { COMMANDS } from './commands.ts';
import { commandHelp, generalHelp, usageHint } from './help.ts';
import { CommandFailure, EXIT, ReadError, UsageError, type Io } from './io.ts';

const HELP = new Set(['-h', '--help', 'help']);

async function helpOf(entry: CommandEntry): Promise<CommandHelp> {
  return (await entry.help()).help;
}

async function dispatch(args: readonly string[], io: Io): Promise<number> {
  const [first, ...rest] = args;
  if (first === undefined) throw new UsageError('no command given');
  if (HELP.has(first)) {
    const topic = rest[0];
    const entry = topic === undefined ? undefined : COMMANDS.get(topic);
    if (topic !== undefined && !entry) throw new UsageError(`unknown command '${topic}'`);
    io.out(
      entry
        ? commandHelp(await helpOf(entry))
        : generalHelp(await Promise.all([...COMMANDS.values()].map(helpOf))),
    );
    return EXIT.ok;
  }
  if (first === '--version') {
    io.out(`${version}\n`);
    return EXIT.ok;
  }
  const entry = COMMANDS.get(first);
  if (!entry) {
    if (first.startsWith('-')) throw new UsageError(`unknown option ${first}`);
    const guess = closest(first, COMMANDS.keys());
    throw new UsageError(`unknown command '${first}'${guess ? ` (did you mean '${guess}'?)` : ''}`);
  }
  if (rest.some((arg) => arg === '-h' || arg === '--help')) {
    io.out(commandHelp(await helpOf(entry)));
    return EXIT.ok;
  }
  return (await entry.code()).command.run(rest, io);
}

/**
 * Runs the CLI. Bad usage, unreadable files and a command's own failures become one line on stderr;
 * anything else is a bug and propagates.
 */
export async function run(args: readonly string[], io: Io): Promise<number> {
  try {
    return await dispatch(args, io);
  } catch (error) {
    // Messages repeat what the user typed (file names, option values): one line, nothing raw, as
    // problem lines are. Escaping what is already escaped changes nothing.
    const line = (e: Error): string => `actor-graph: ${printable(e.message, Infinity)}\n`;
    if (error instanceof UsageError) {
      io.err(`${line(error)}${usageHint}\n`);
      return EXIT.unusable;
    }
    if (error instanceof ReadError) {
      io.err(line(error));
      return EXIT.unusable;
    }
    if (error instanceof CommandFailure) {
      io.err(line(error));
      return error.exitCode;
    }
    throw error;
  }
}
