#!/usr/bin/env node
// Browser tests drive Debian's Chromium (a browser download cannot work on this kind of machine).
// This makes sure it is there: as root it installs the `chromium` package with apt-get; otherwise it
// says exactly what is missing. It never downloads a browser of its own.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function present() {
  try {
    accessSync(CHROMIUM_PATH, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

if (!present()) {
  if (process.getuid?.() !== 0) {
    console.error(
      `Chromium is missing at ${CHROMIUM_PATH}. Browser tests need it. Install it with:\n` +
        '  sudo apt-get update && sudo apt-get install -y chromium\n' +
        'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
    );
    process.exit(1);
  }
  console.log('Installing Debian chromium for the browser tests (apt-get)...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const run = (args) => execFileSync('apt-get', args, { stdio: 'inherit', env });
  try {
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  } catch {
    run(['update']);
    run(['install', '-y', '--no-install-recommends', 'chromium']);
  }
  if (!present()) {
    console.error(`apt-get finished but ${CHROMIUM_PATH} is still missing.`);
    process.exit(1);
  }
}
