#!/usr/bin/env node
// The command line, built from src/cli by `npm run build:cli` into build/cli (npm ci does that through
// the `prepare` script): plain Node runs it, with no TypeScript compiler at start-up.
try {
  await import('../build/cli/main.js');
} catch (error) {
  // Only a missing bundle is explained here; anything else is main.js's to report.
  const missing = /^Cannot find module '[^']*build\/cli\/[^']*'/.test(String(error?.message));
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !missing) throw error;
  process.stderr.write(
    'actor-graph: the command line is not built (build/cli/main.js is missing); run `npm run build:cli`\n',
  );
  process.exitCode = 70;
}
