import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, statSync } from 'node:fs';
import os from 'node:os';
import { join } from 'node:path';
import { CHROMIUM_PATH } from '../../scripts/chromium.ts';
import { DIST, ROOT } from '../paths.ts';

export interface Machine {
  readonly cpu: string;
  readonly cores: number;
  readonly ramGiB: number;
  readonly os: string;
  readonly node: string;
  readonly chromium: string;
  readonly versions: Readonly<Record<string, string>>;
  /** The commit the tree is on, and whether it had uncommitted changes (others work in it too). */
  readonly git: string;
  /** When dist/ (what the widget figures measure) was built. */
  readonly distBuiltAt: string;
}

const PACKAGES = [
  'cytoscape',
  'cytoscape-fcose',
  'lit',
  'graphology',
  'vite',
  'playwright-core',
  '@resvg/resvg-js',
  'tsx',
] as const;

function run(command: string, args: readonly string[]): string {
  try {
    return execFileSync(command, args, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
  } catch {
    return '';
  }
}

function osName(): string {
  const release = existsSync('/etc/os-release') ? readFileSync('/etc/os-release', 'utf8') : '';
  const pretty = /^PRETTY_NAME="?([^"\n]*)"?/m.exec(release)?.[1];
  return `${pretty ?? os.type()} (${os.platform()} ${os.release()}, ${os.arch()})`;
}

function packageVersion(name: string): string {
  try {
    const json = JSON.parse(readFileSync(join(ROOT, 'node_modules', name, 'package.json'), 'utf8'));
    return String(json.version);
  } catch {
    return 'not installed';
  }
}

export function describeMachine(): Machine {
  const cpus = os.cpus();
  const commit = run('git', ['rev-parse', '--short', 'HEAD']).trim() || 'unknown';
  const dirty = run('git', ['status', '--porcelain', '--untracked-files=no']).trim() !== '';
  const chromium = /Chromium\s+([\d.]+)/.exec(run(CHROMIUM_PATH, ['--version']))?.[1] ?? 'unknown';
  const loader = join(DIST, 'actor-graph.js');
  return {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: os.availableParallelism(),
    ramGiB: Math.round((os.totalmem() / 2 ** 30) * 10) / 10,
    os: osName(),
    node: process.version,
    chromium,
    versions: Object.fromEntries(PACKAGES.map((name) => [name, packageVersion(name)])),
    git: `${commit}${dirty ? ' + uncommitted changes' : ''}`,
    distBuiltAt: existsSync(loader) ? statSync(loader).mtime.toISOString() : 'not built',
  };
}
