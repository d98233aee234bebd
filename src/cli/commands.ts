import type { Command } from './command.ts';
import { draftCommand } from './draft-command.ts';
import { exportCommand } from './export-command.ts';
import { layoutCommand } from './layout-command.ts';
import { validateCommand } from './validate-command.ts';

/** Every command, by name, in the order `--help` lists them. */
export const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', validateCommand],
  ['export', exportCommand],
  ['layout', layoutCommand],
  ['draft', draftCommand],
]);
