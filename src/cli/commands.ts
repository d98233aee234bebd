import type { Command } from './command.ts';
import { validateCommand } from './validate-command.ts';

/** Every command, by name, in the order `--help` lists them. An `export` command goes here. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([['validate', validateCommand]]);
