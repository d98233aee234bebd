import { build } from 'vite';

/**
 * Builds the CLI bundle (build/cli) before the core tests, so the tests that run the real process
 * (`spawnCli` in cli-harness.ts) run the code in src/ as it is now, never a stale build.
 */
export async function setup(): Promise<void> {
  await build({ configFile: 'vite.cli.config.ts', logLevel: 'warn' });
}
