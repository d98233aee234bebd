/**
 * Issue #12, cases 1 and 2: inputs that are small, valid-looking JSON and make the work explode.
 * Work is counted (reads, characters searched), never timed.
 *
 * 1. One source under many spellings (`big.txt`, `./big.txt`, ...) was read and decoded once per
 *    spelling: 100 spellings of a 45 MB file exhausted the CLI's heap. A file is now read once and
 *    every source counts against one total (`limits.maxSourceBytes`).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sourceResolver } from '../../src/cli/files.ts';
import { validateDataset, type ResolveSource } from '../../src/validate/index.ts';
import { manySpellingsDataset, paddedText } from '../fixtures/hostile/cases-amplification.ts';
import { ROOT } from '../fixtures/hostile/harness.ts';

const MiB = 1024 * 1024;
let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-amplification-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** The CLI's own resolver, counting what it is asked to read. */
function counting(dataset: string): { resolve: ResolveSource; asked: string[] } {
  const asked: string[] = [];
  const real = sourceResolver(dataset);
  return { asked, resolve: (file, options) => (asked.push(file), real(file, options)) };
}

const keys = (problems: readonly { code: string; path: string }[]): string[] =>
  problems.map((p) => `${p.code} ${p.path}`);

describe('case 1: one source under many spellings', () => {
  it('reads the file once, however many ways it is spelled', async () => {
    const folder = await mkdtemp(path.join(dir, 'once-'));
    await writeFile(path.join(folder, 'big.txt'), paddedText(200 * 1024));
    const dataset = path.join(folder, 'data.json');
    const text = manySpellingsDataset('big.txt', 40);
    await writeFile(dataset, text);
    const { resolve, asked } = counting(dataset);
    const result = await validateDataset(text, { file: dataset, resolveSource: resolve });
    expect(asked).toEqual(['big.txt']);
    expect(keys(result.problems)).toEqual([]);
    expect(result.sources.size).toBe(40);
  });

  it('counts every source that names it against one total', async () => {
    const folder = await mkdtemp(path.join(dir, 'total-'));
    await writeFile(path.join(folder, 'big.txt'), paddedText(200 * 1024));
    const dataset = path.join(folder, 'data.json');
    const text = manySpellingsDataset('big.txt', 8);
    const { resolve, asked } = counting(dataset);
    const result = await validateDataset(text, {
      file: dataset,
      resolveSource: resolve,
      limits: { maxSourceBytes: MiB },
    });
    expect(asked).toEqual(['big.txt']);
    // Five sources of 200 kB fit in 1 MiB; the sixth would not.
    expect(keys(result.problems.filter((p) => p.severity === 'error'))).toEqual([
      'too-large $.sources[5].file',
      'too-large $.sources[6].file',
      'too-large $.sources[7].file',
    ]);
    expect(result.problems[0]!.message).toMatch(
      /^Source file "\.\/\.\/\.\/\.\/\.\/big\.txt" is larger than the 24576 bytes that the source files before it left of the 1\.0 MB .* \(an earlier source names it too, and each one counts\)/,
    );
  });

  it('reads no more of a second file than the total leaves', async () => {
    const folder = await mkdtemp(path.join(dir, 'two-'));
    await writeFile(path.join(folder, 'one.txt'), paddedText(600 * 1024));
    await writeFile(path.join(folder, 'two.txt'), paddedText(600 * 1024));
    const dataset = path.join(folder, 'data.json');
    const text = JSON.stringify({
      ...JSON.parse(manySpellingsDataset('one.txt', 2)),
      sources: [
        { id: 's0', title: 'One', file: 'one.txt' },
        { id: 's1', title: 'Two', file: 'two.txt' },
      ],
    });
    const limits: { maxBytes: number }[] = [];
    const real = sourceResolver(dataset);
    const result = await validateDataset(text, {
      file: dataset,
      resolveSource: (file, options) => (limits.push(options), real(file, options)),
      limits: { maxSourceBytes: MiB },
    });
    expect(limits).toEqual([{ maxBytes: MiB }, { maxBytes: MiB - 600 * 1024 }]);
    expect(keys(result.problems.filter((p) => p.severity === 'error'))).toEqual([
      'too-large $.sources[1].file',
    ]);
  });

  it('the CLI survives 100 spellings of a 20 MB file in a 200 MB heap: read once, refused past the total', async () => {
    const folder = await mkdtemp(path.join(dir, 'cli-'));
    await writeFile(path.join(folder, 'big.txt'), paddedText(20 * MiB));
    const dataset = path.join(folder, 'data.json');
    await writeFile(dataset, manySpellingsDataset('big.txt', 100));
    const result = await new Promise<{ code: number | null; stdout: string; stderr: string }>((resolve) =>
      execFile(
        process.execPath,
        ['--max-old-space-size=200', path.join(ROOT, 'bin/actor-graph.js'), 'validate', dataset],
        { cwd: ROOT, encoding: 'utf8', maxBuffer: 64 * MiB, timeout: 120_000 },
        (error, stdout, stderr) =>
          resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr }),
      ),
    );
    expect(result.stderr).toBe('');
    expect(result.code).toBe(1);
    // 20 MB twice is within the 50 MB total; every further source is refused.
    const tooLarge = result.stdout
      .split('\n')
      .filter((line) => line.includes(' error too-large at $.sources['));
    expect(tooLarge).toHaveLength(98);
    expect(result.stdout).toMatch(/✗ .*data\.json: 98 errors\n$/);
  }, 150_000);
});
