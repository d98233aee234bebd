#!/usr/bin/env node
// The tests need a few programs that npm cannot provide: Debian's Chromium (browser tests; a browser
// download cannot work on this kind of machine), and independent readers that check our exports
// (networkx for GraphML/GEXF, rsvg-convert for SVG). As root this installs the missing Debian packages
// with apt-get; otherwise it says exactly what is missing and how to install it. It never downloads a
// browser of its own.
import { execFileSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TOOLS = [
  { name: 'Chromium', package: 'chromium', present: () => executable(CHROMIUM) },
  {
    name: 'networkx',
    package: 'python3-networkx',
    present: () => succeeds('/usr/bin/python3', ['-c', 'import networkx']),
  },
  { name: 'rsvg-convert', package: 'librsvg2-bin', present: () => succeeds('rsvg-convert', ['--version']) },
];

function executable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function succeeds(command, args) {
  try {
    execFileSync(command, args, { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

const missing = TOOLS.filter((tool) => !tool.present());
if (missing.length > 0) {
  const packages = missing.map((tool) => tool.package);
  if (process.getuid?.() !== 0) {
    console.error(
      `The tests need ${missing.map((t) => t.name).join(', ')}, which ${missing.length === 1 ? 'is' : 'are'} missing. Install with:\n` +
        `  sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}\n` +
        '(or set CHROMIUM_PATH to a Chromium or Chrome binary).',
    );
    process.exit(1);
  }
  console.log(`Installing ${packages.join(', ')} from Debian for the tests (apt-get)...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    execFileSync('apt-get', ['install', '-y', '--no-install-recommends', ...packages], {
      stdio: 'inherit',
      env,
    });
  try {
    install();
  } catch {
    // A fresh machine has no package lists yet.
    execFileSync('apt-get', ['update'], { stdio: 'inherit', env });
    install();
  }
  const still = TOOLS.filter((tool) => !tool.present());
  if (still.length > 0) {
    console.error(`apt-get finished but ${still.map((t) => t.name).join(', ')} still missing.`);
    process.exit(1);
  }
}
