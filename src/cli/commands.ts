import type { CommandEntry } from './command.ts';

/**
 * Every command, by name, in the order `--help` lists them. Adding a command is adding one line here:
 * `<name>-help.ts` exports `help` (what `--help` says; keep it light, `--help` loads every one) and
 * `<name>-command.ts` exports `command` (its `run`, loaded only when the command runs). See
 * docs/cli.md, "Adding a command".
 */
export const COMMANDS: ReadonlyMap<string, CommandEntry> = new Map([
  ['validate', { help: () => import('./validate-help.ts'), code: () => import('./validate-command.ts') }],
  ['export', { help: () => import('./export-help.ts'), code: () => import('./export-command.ts') }],
  ['analyze', { help: () => import('./analyze-help.ts'), code: () => import('./analyze-command.ts') }],
  ['layout', { help: () => import('./layout-help.ts'), code: () => import('./layout-command.ts') }],
  ['draft', { help: () => import('./draft-help.ts'), code: () => import('./draft-command.ts') }],
]);
