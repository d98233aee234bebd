import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Runs an independent reader (Python: networkx, expat, csv) on what our writers produced. Reading
 * our output back with our own code would only prove the writer and the reader agree with each other.
 */
const PYTHON = '/usr/bin/python3';
const HERE = dirname(fileURLToPath(import.meta.url));

export interface TempFiles {
  /** Writes `text` as UTF-8 under a fresh name and returns its path. */
  write(name: string, text: string): Promise<string>;
  remove(): Promise<void>;
}

export async function tempFiles(): Promise<TempFiles> {
  const dir = await mkdtemp(join(tmpdir(), 'actor-graph-export-'));
  return {
    async write(name, text) {
      const path = join(dir, name);
      await writeFile(path, text, 'utf8');
      return path;
    },
    remove: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The reader's JSON; throws with the reader's stderr when it refuses the file. */
export function readBack<T>(script: 'read_graph.py' | 'read_csv.py', ...args: string[]): T {
  try {
    const out = execFileSync(PYTHON, [join(HERE, script), ...args], { encoding: 'utf8', stdio: 'pipe' });
    return JSON.parse(out) as T;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(stderr ? stderr.trim() : String(error), { cause: error });
  }
}
