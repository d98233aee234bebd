/** `actor-graph draft`, run as users run it: `node bin/actor-graph.js draft …` in a child process. */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const BIN = path.join(ROOT, 'bin/actor-graph.js');
const SEED_SOURCE = path.join(ROOT, 'graph-data/sources/putins-delicate-dance.txt');

interface Run {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** Each test starts several Node processes (about 2 s each with tsx, more on a busy machine). */
const TEST_TIMEOUT = 120_000;

let dir: string;

function cli(...args: string[]): Promise<Run> {
  return new Promise((resolve) => {
    execFile(
      process.execPath,
      [BIN, ...args],
      { cwd: dir, encoding: 'utf8', timeout: TEST_TIMEOUT / 2 },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : -1) : 0;
        resolve({ code, stdout, stderr });
      },
    );
  });
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-draft-'));
  await copyFile(SEED_SOURCE, path.join(dir, 'article.txt'));
  await mkdir(path.join(dir, 'out'));
  await writeFile(
    path.join(dir, 'latin1.txt'),
    Buffer.from('Russia and Iran signed a treaty in M\xe9xico.\n', 'latin1'),
  );
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('actor-graph draft', { timeout: TEST_TIMEOUT }, () => {
  it('writes a dataset with the article inline, which validate accepts with a warning per draft', async () => {
    const run = await cli('draft', 'article.txt', '--out', 'draft.json', '--published', '2025-06-21');
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^✓ wrote draft\.json: \d+ actors, \d+ draft relations, \d+ quotes \(\d+\.\d s\)/,
    );
    const dataset = JSON.parse(await readFile(path.join(dir, 'draft.json'), 'utf8'));
    expect(dataset.sources).toHaveLength(1);
    expect(dataset.sources[0].text).toBe(await readFile(SEED_SOURCE, 'utf8'));
    expect(dataset.sources[0].published).toBe('2025-06-21');

    const check = await cli('validate', 'draft.json', '--json');
    expect(check.code).toBe(0);
    const report = JSON.parse(check.stdout);
    expect(report.valid).toBe(true);
    const drafts = report.problems.filter((p: { code: string }) => p.code === 'draft-relation');
    expect(drafts).toHaveLength(dataset.relations.length);
    expect(drafts[0]).toMatchObject({ severity: 'warning', path: '$.relations[0].draft' });
  });

  it('never replaces a file without --force', async () => {
    await writeFile(path.join(dir, 'kept.json'), 'mine');
    const run = await cli('draft', 'article.txt', '--out', 'kept.json');
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('kept.json exists; use --force to replace it');
    expect(await readFile(path.join(dir, 'kept.json'), 'utf8')).toBe('mine');
    expect((await cli('draft', 'article.txt', '--out', 'kept.json', '--force')).code).toBe(0);
  });

  it('links the article by path with --link-source, only inside the output’s folder', async () => {
    const linked = await cli('draft', 'article.txt', '--out', 'linked.json', '--link-source');
    expect(linked.code).toBe(0);
    const dataset = JSON.parse(await readFile(path.join(dir, 'linked.json'), 'utf8'));
    expect(dataset.sources[0]).toMatchObject({ file: 'article.txt' });
    expect(dataset.sources[0].text).toBeUndefined();
    expect((await cli('validate', 'linked.json', '--quiet')).code).toBe(0);

    const outside = await cli('draft', 'article.txt', '--out', 'out/linked.json', '--link-source');
    expect(outside.code).toBe(2);
    expect(outside.stderr).toContain(
      '--link-source: article.txt is not inside the folder of out/linked.json',
    );
  });

  it('refuses an article that is not UTF-8, and bad options, writing nothing', async () => {
    const latin = await cli('draft', 'latin1.txt', '--out', 'latin.json');
    expect(latin.code).toBe(1);
    expect(latin.stderr).toMatch(
      /latin1\.txt:1:\d+: error invalid-encoding at \$: The article is not valid UTF-8/,
    );
    const date = await cli('draft', 'article.txt', '--out', 'date.json', '--published', '2025-02-30');
    expect(date.code).toBe(2);
    expect(date.stderr).toContain("--published must be a date as YYYY-MM-DD, not '2025-02-30'");
    const language = await cli('draft', 'article.txt', '--out', 'fr.json', '--language', 'fr');
    expect(language.code).toBe(2);
    const missing = await cli('draft', 'nowhere.txt', '--out', 'nowhere.json');
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('cannot read nowhere.txt: no such file');
    for (const name of ['latin.json', 'date.json', 'fr.json', 'nowhere.json'])
      await expect(readFile(path.join(dir, name))).rejects.toThrow();
  });
});
