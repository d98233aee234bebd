/**
 * Issue #12, cases 1 and 2: inputs that are small, valid-looking JSON and make the work explode.
 * Work is counted (reads, characters searched), never timed.
 *
 * 1. One source under many spellings (`big.txt`, `./big.txt`, ...) was read and decoded once per
 *    spelling: 100 spellings of a 45 MB file exhausted the CLI's heap. A file is now read once and
 *    every source counts against one total (`limits.maxSourceBytes`).
 * 2. Every wrong quote made the validator search the whole source for where it really is, also past
 *    the problem limit: 200 wrong quotes against a 20 MB source froze the page in one 34 s task. The
 *    whole text is now searched only within a budget, then only near each quote's offsets, and not at
 *    all for problems past the limit.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { sourceResolver } from '../../src/cli/files.ts';
import { validateDataset, type ResolveSource } from '../../src/validate/index.ts';
import { sentenceAround } from '../../src/text/sentence.ts';
import { NEAR, WHOLE_TEXT_BUDGET } from '../../src/validate/quote-search.ts';
import {
  manySpellingsDataset,
  paddedText,
  wrongQuotesDataset,
} from '../fixtures/hostile/cases-amplification.ts';
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

/**
 * Characters that searches for quotes may read: for each `indexOf` or `includes` of a needle longer
 * than a line break, what is left of the text from where it starts. An upper bound of the work, which
 * a clock could only estimate on a busy machine.
 */
async function charactersSearched<T>(work: () => Promise<T>): Promise<{ result: T; read: number }> {
  let read = 0;
  const count = <R>(original: (this: string, needle: string, from?: number) => R) =>
    function (this: string, needle: string, from = 0): R {
      if (typeof needle === 'string' && needle.length > 20) read += Math.max(0, this.length - from);
      return original.call(this, needle, from);
    };
  const { indexOf: originalIndexOf, includes: originalIncludes } = String.prototype;
  const indexOf = vi.spyOn(String.prototype, 'indexOf').mockImplementation(count(originalIndexOf));
  const includes = vi.spyOn(String.prototype, 'includes').mockImplementation(count(originalIncludes));
  try {
    return { result: await work(), read };
  } finally {
    indexOf.mockRestore();
    includes.mockRestore();
  }
}

describe('case 2: wrong quotes in a large source', () => {
  const size = 2 * MiB;
  const text = paddedText(size);
  const resolveSource: ResolveSource = () => Promise.resolve(text);

  it('200 wrong quotes read the 2 MB source a bounded number of times, each still explained', async () => {
    const dataset = wrongQuotesDataset('long.txt', 200);
    const { result, read } = await charactersSearched(() =>
      validateDataset(dataset, { file: 'data.json', resolveSource }),
    );
    // Whole-text searches until the budget is spent, then a window around each quote.
    expect(read).toBeLessThanOrEqual(WHOLE_TEXT_BUDGET + 200 * 2 * (2 * NEAR + 100));
    // Before, each wrong quote read the text at least twice: 800 million characters.
    expect(read).toBeLessThan(200 * size);
    const errors = result.problems.filter((p) => p.severity === 'error');
    expect(errors).toHaveLength(200);
    expect(errors.every((p) => p.code === 'quote-not-found')).toBe(true);
    expect(errors[0]!.message).not.toContain('Only the text within');
    expect(errors[199]!.message).toContain(
      `is not in source "src" near 0–31. At 0–31 the text reads "…ha signed a treaty with Beta"`,
    );
    expect(errors[199]!.message).toContain(
      `(Only the text within ${NEAR.toLocaleString('en')} characters of its offsets was searched`,
    );
  });

  it('a quote whose offsets are off is still found near them, with the offsets to set', async () => {
    const unique = 'A sentence that occurs once, half a megabyte in. ';
    const marked = `${text.slice(0, 500_000)}${unique}${text.slice(500_000)}`;
    const dataset = JSON.parse(wrongQuotesDataset('long.txt', 200)) as {
      relations: { evidence: { quote: string; start: number; end: number }[] }[];
    };
    const quote = unique.trim();
    const last = dataset.relations[3]!.evidence;
    last[49] = { ...last[49]!, quote, start: 500_010, end: 500_010 + quote.length };
    const result = await validateDataset(JSON.stringify(dataset), {
      file: 'data.json',
      resolveSource: () => Promise.resolve(marked),
    });
    const found = result.problems.filter((p) => p.path.startsWith('$.relations[3].evidence[49]'));
    expect(found.map((p) => p.code)).toEqual(['quote-mismatch']);
    expect(found[0]!.message).toContain(`set start to 500000 and end to ${500_000 + quote.length}.`);
  });

  it('problems past the listing limit are counted without any search', async () => {
    const dataset = wrongQuotesDataset('long.txt', 60);
    const { result, read } = await charactersSearched(() =>
      validateDataset(dataset, { file: 'data.json', resolveSource, limits: { maxProblems: 10 } }),
    );
    expect(result.omitted).toEqual({ errors: 50, warnings: 0 });
    // Ten explained (within the budget, as whole-text searches), fifty counted.
    expect(read).toBeLessThanOrEqual(10 * 3 * size);
  });
});

describe('a relative of case 2: quotes in context in a long one-line source', () => {
  it('the evidence panel’s sentence for each of 100 quotes reads a window, not the whole line', () => {
    const text = paddedText(2 * MiB).replace(/\n/g, ' ');
    const { indexOf, lastIndexOf } = String.prototype;
    let read = 0;
    const big = (s: string): boolean => s.length > 100_000;
    String.prototype.indexOf = function (this: string, needle: string, from = 0): number {
      if (big(this)) read += this.length - from;
      return indexOf.call(this, needle, from);
    };
    String.prototype.lastIndexOf = function (this: string, needle: string, from = this.length): number {
      if (big(this)) read += from;
      return lastIndexOf.call(this, needle, from);
    };
    try {
      for (let i = 0; i < 100; i++) {
        const start = 1_000_000 + i * 5_000;
        const context = sentenceAround(text, start, start + 27);
        expect(context.quote).toBe(text.slice(start, start + 27));
      }
    } finally {
      String.prototype.indexOf = indexOf;
      String.prototype.lastIndexOf = lastIndexOf;
    }
    // Before, each quote searched the line back to its start and on to its end: 2 MB each.
    expect(read).toBeLessThan(2 * MiB);
  });
});
