import type { Command } from './command.ts';
import { analyzeCommand } from './analyze-command.ts';
import { draftCommand } from './draft-command.ts';
import { exportCommand } from './export-command.ts';
import { validateCommand } from './validate-command.ts';

/** Every command, by name, in the order `--help` lists them. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', validateCommand],
  ['export', exportCommand],
  ['analyze', analyzeCommand],
  ['draft', draftCommand],
]);
