/**
 * Issue #12, case 3: a view snapshot full of mistakes. Each problem found its line and column by
 * walking the whole text again, so the work grew with mistakes times length: a 209 kB `#view=` link
 * froze the page for 30 s. Places are now found in one pass, and at most `maxProblems` are listed, as
 * for a dataset. The work is counted in characters read, not timed.
 */
import { describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../../src/validate/limits.ts';
import { viewFromFragment, viewToFragment } from '../../src/view/fragment.ts';
import { parseViewSnapshot } from '../../src/view/read-snapshot.ts';
import { brokenView } from '../fixtures/hostile/cases-amplification.ts';

/** Calls of `charCodeAt` (how the JSON walks read text) while `work` runs. */
async function charactersRead<T>(work: () => Promise<T>): Promise<{ result: T; read: number }> {
  const original = String.prototype.charCodeAt;
  let read = 0;
  // A plain wrapper, not a spy: a spy would record millions of calls.
  String.prototype.charCodeAt = function (this: string, index: number): number {
    read++;
    return original.call(this, index);
  };
  try {
    const result = await work();
    return { result, read };
  } finally {
    String.prototype.charCodeAt = original;
  }
}

describe('a view with many mistakes', () => {
  it('finds the places of 300 problems in a 130 kB view in a few passes, not one pass each', async () => {
    const text = brokenView(300, 8000);
    const { result, read } = await charactersRead(() => parseViewSnapshot(text, 'view.json'));
    expect(result.problems).toHaveLength(300);
    expect(result.problems.every((p) => p.code === 'schema' && p.line === 1 && p.column! > 1)).toBe(true);
    expect(result.problems[0]).toMatchObject({
      path: '$.positions.bad0',
      column: text.indexOf('"bad0"') + 1,
    });
    // A walk for the values, one for duplicate keys, one for all the places: a few passes. Before,
    // each of the 300 problems walked the text again.
    expect(read).toBeLessThan(10 * text.length);
  });

  it('lists at most maxProblems, then counts the rest in one last problem', async () => {
    const count = DEFAULT_LIMITS.maxProblems + 4000;
    const { problems } = await parseViewSnapshot(brokenView(count, 0), 'view.json');
    expect(problems).toHaveLength(DEFAULT_LIMITS.maxProblems + 1);
    expect(problems.at(-1)).toMatchObject({ code: 'too-many-problems', severity: 'error', path: '$' });
    expect(problems.at(-1)!.message).toMatch(/^…and 4,000 more problems, not listed/);
  });

  it('refuses a view of more values than 50,000 actors take, before building it', async () => {
    const text = JSON.stringify({
      kind: 'actor-graph-view',
      formatVersion: 1,
      positions: {},
      hiddenTypes: Array(1_100_000).fill(0),
    });
    expect((await parseViewSnapshot(text, 'view.json')).problems.map((p) => `${p.code} ${p.path}`)).toEqual([
      'too-large $',
    ]);
  });

  it('a long link with mistakes reads in one pass too', async () => {
    const good = (await parseViewSnapshot(brokenView(0, 5000), 'view.json')).snapshot!;
    const link = `#${viewToFragment(good)}`;
    const broken = `#view=${btoa(brokenView(300, 5000)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')}`;
    expect((await viewFromFragment(link))?.problems).toEqual([]);
    const { result, read } = await charactersRead(() => viewFromFragment(broken));
    expect(result?.problems).toHaveLength(300);
    expect(read).toBeLessThan(10 * broken.length);
  });
});
