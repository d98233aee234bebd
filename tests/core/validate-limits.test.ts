/**
 * The validator, part 6: the limits and what keeps a flood of values or problems from drowning the
 * terminal, the widget or the validator itself, and the smaller rules that make each mistake one
 * problem: an item of the wrong type, an offset the schema refuses, an inline text taken as it is.
 */
import { describe, expect, it } from 'vitest';
import { generateDataset } from '../../src/synthetic/generate.ts';
import {
  DEFAULT_LIMITS,
  PROBLEM_CODES,
  looksLikeUtf16,
  parseJson,
  resolveLimits,
  validateDataset,
  type Problem,
} from '../../src/validate/index.ts';
import { scanJson } from '../../src/validate/json-scan.ts';
import { SOURCE_FILE, SOURCE_TEXT, baseDataset } from '../fixtures/invalid/base-dataset.ts';

const resolveSource = async (file: string): Promise<string> => {
  if (file === SOURCE_FILE) return SOURCE_TEXT;
  throw new Error(`no such file: ${file}`);
};
const validate = (input: Uint8Array | string, limits = {}) =>
  validateDataset(input, { file: 'test.json', resolveSource, limits });
const codes = (problems: readonly Problem[]): string[][] => problems.map((p) => [p.code, p.path]);
type Json = Record<string, unknown>;
const dataset = (): Json => baseDataset() as unknown as Json;
const inline = (text: string): Json => ({
  ...dataset(),
  sources: [{ id: 'tiny', title: 'A tiny text', text }],
  relations: [],
  actors: [{ id: 'RUS', name: 'Russia', kind: 'state' }],
});

describe('limits.maxValues', () => {
  it('refuses a file with more values than the limit before parsing it, naming the limit', async () => {
    const text = `{"x": [${'0,'.repeat(99)}0], "broken": }`;
    const { problems } = await validate(text, { maxValues: 50 });
    expect(codes(problems)).toEqual([[PROBLEM_CODES.tooLarge, '$']]);
    expect(problems[0]!.message).toMatch(/more than 50 JSON values.*limits\.maxValues/);
  });

  it('counts exactly the values of valid JSON, keys included', () => {
    expect(scanJson('{"x": [0, 0, "a"], "y": {"z": null}}', 64).values).toBe(10);
  });

  it('is far above a real 20,000-actor dataset, and coherent with the byte limit', () => {
    const text = JSON.stringify(generateDataset({ actors: 20_000 }), null, 2);
    const { values } = scanJson(text, 64);
    // About 0.9 million: a quarter of the limit; real-shaped data up to maxBytes stays under it too.
    expect(values).toBeLessThan(DEFAULT_LIMITS.maxValues / 4);
    expect((values * DEFAULT_LIMITS.maxBytes) / text.length).toBeLessThan(DEFAULT_LIMITS.maxValues);
  }, 30_000);
});

describe('collection sizes', () => {
  it.each([
    ['sources', 1001, { id: 's', title: 'S', text: 'x' }],
    ['relationTypes', 1001, { id: 't', label: 'T', polarity: 'neutral' }],
  ])('refuses more %s than the format allows, before the schema', async (key, count, item) => {
    const { problems } = await validate(JSON.stringify({ ...dataset(), [key]: Array(count).fill(item) }));
    expect(codes(problems)).toEqual([[PROBLEM_CODES.tooLarge, `$.${key}`]]);
    expect(problems[0]!.message).toContain('the format allows no more');
  });

  it('lets callers lower maxActors and maxRelations, never above the format', () => {
    expect(resolveLimits({ maxActors: 10 }).maxActors).toBe(10);
    expect(() => resolveLimits({ maxActors: DEFAULT_LIMITS.maxActors + 1 })).toThrow(/format's maximum/);
    expect(() => resolveLimits({ maxRelations: DEFAULT_LIMITS.maxRelations + 1 })).toThrow(TypeError);
    expect(() => resolveLimits({ maxValues: 0 })).toThrow(TypeError);
    expect(() => resolveLimits({ maxProblems: 1.5 })).toThrow(TypeError);
  });
});

describe('limits.maxProblems', () => {
  const flood = (n: number): string =>
    JSON.stringify({ ...dataset(), actors: Array.from({ length: n }, () => ({})) });

  it('lists the first ones, then one problem that counts the rest', async () => {
    const result = await validate(flood(50), { maxProblems: 10 });
    expect(result.problems).toHaveLength(11);
    const last = result.problems.at(-1)!;
    expect(last).toMatchObject({ code: PROBLEM_CODES.tooManyProblems, severity: 'error', path: '$' });
    expect(last.message).toMatch(/^…and \d+ more problems/);
    const total = 10 + result.omitted!.errors + result.omitted!.warnings;
    expect(total).toBe((await validate(flood(50))).problems.length);
    expect(result.dataset).toBeUndefined();
  });

  it('caps a flood of 50,000 broken actors at 1,000 by default', async () => {
    const result = await validate(flood(50_000));
    expect(result.problems).toHaveLength(DEFAULT_LIMITS.maxProblems + 1);
    expect(result.omitted!.errors).toBeGreaterThan(49_000);
  }, 30_000);

  it('says "warning" when only warnings were left out, and keeps the dataset', async () => {
    const json = dataset();
    json['actors'] = [
      ...(json['actors'] as Json[]),
      ...Array.from({ length: 5 }, (_, i) => ({ id: `X${i}`, name: 'X', kind: 'state' })),
    ];
    const result = await validate(JSON.stringify(json), { maxProblems: 2 });
    expect(result.problems.at(-1)).toMatchObject({
      code: PROBLEM_CODES.tooManyProblems,
      severity: 'warning',
    });
    expect(result.dataset).toBeDefined();
  });
});

describe('the schema checker (@cfworker/json-schema) under load', () => {
  it('reports 50,000 broken relation types as too many, not as a stack overflow', async () => {
    const text = `{"relationTypes": [${Array(50_000).fill('{}').join(',')}]}`;
    expect(codes((await validate(text)).problems)).toEqual([[PROBLEM_CODES.tooLarge, '$.relationTypes']]);
  });

  it('reports an array far over its maxItems once, and checks only one item past it', async () => {
    const json = dataset();
    (json['relations'] as Json[])[0]!['evidence'] = Array.from({ length: 200_000 }, () => ({}));
    const { problems } = await validate(JSON.stringify(json));
    const evidence = problems.filter((p) => p.path.startsWith('$.relations[0].evidence'));
    expect(evidence[0]).toMatchObject({ path: '$.relations[0].evidence' });
    expect(evidence[0]!.message).toContain('Has 200000 items; at most 100 are allowed.');
    expect(evidence).toHaveLength(1 + 101);
  }, 30_000);

  it('turns an item that overflows the checker into one problem for it, and checks the rest', async () => {
    const json = dataset();
    const representative: Json = { id: 'x', name: 'X' };
    for (let i = 0; i < 150_000; i++) representative[`k${i}`] = 0;
    (json['actors'] as Json[])[0]!['representatives'] = [representative];
    (json['actors'] as Json[])[1]!['kind'] = 'country';
    const { problems } = await validate(JSON.stringify(json));
    expect(codes(problems)).toEqual([
      [PROBLEM_CODES.schema, '$.actors[0]'],
      [PROBLEM_CODES.schema, '$.actors[1].kind'],
    ]);
    expect(problems[0]!.message).toMatch(/^Actor "RUS" could not be checked against the schema/);
  }, 30_000);
});

describe('one problem per mistake', () => {
  it('reports an item of the wrong type once, by its type', async () => {
    const { problems } = await validate('{"sources":[null]}');
    expect(problems.filter((p) => p.path === '$.sources[0]')).toEqual([
      expect.objectContaining({ code: PROBLEM_CODES.schema, message: 'Expected an object, found null.' }),
    ]);
  });

  it.each([
    ['a negative start', { start: -1 }, '$.relations[0].evidence[0].start'],
    ['an end of 0', { start: 0, end: 0 }, '$.relations[0].evidence[0].end'],
    ['a fractional start', { start: 0.5 }, '$.relations[0].evidence[0].start'],
  ])('reports %s once, by the schema, and does not check the quote against it', async (_, change, path) => {
    const json = dataset();
    const evidence = ((json['relations'] as Json[])[0]!['evidence'] as Json[])[0]!;
    Object.assign(evidence, change);
    expect(codes((await validate(JSON.stringify(json))).problems)).toEqual([[PROBLEM_CODES.schema, path]]);
  });

  it('reports offsets beyond any text even when the source is missing, never skipping them', async () => {
    const json = dataset();
    const evidence = ((json['relations'] as Json[])[0]!['evidence'] as Json[])[0]!;
    Object.assign(evidence, { source: 'nowhere', start: 1e20, end: 1e20 + 5 });
    expect(codes((await validate(JSON.stringify(json))).problems)).toEqual([
      [PROBLEM_CODES.unknownSource, '$.relations[0].evidence[0].source'],
      [PROBLEM_CODES.offsetsOutOfRange, '$.relations[0].evidence[0].end'],
    ]);
  });
});

describe('inline source text', () => {
  it('keeps a leading U+FEFF as a character, counted by offsets, with no byte-order-mark warning', async () => {
    const json = inline('\uFEFFAlpha.');
    json['actors'] = [
      { id: 'A', name: 'A', kind: 'state' },
      { id: 'B', name: 'B', kind: 'state' },
    ];
    json['relations'] = [
      {
        id: 'r',
        type: 'cooperation',
        from: 'A',
        to: 'B',
        directed: true,
        status: 'reported',
        summary: 'S.',
        evidence: [{ source: 'tiny', quote: 'Alpha', start: 1, end: 6 }],
      },
    ];
    json['relationTypes'] = [{ id: 'cooperation', label: 'Cooperation', polarity: 'cooperative' }];
    const result = await validate(JSON.stringify(json));
    expect(result.problems).toEqual([]);
    expect(result.sources.get('tiny')).toBe('\uFEFFAlpha.');
  });

  it.each([[''], [' \n\t ']])('refuses %j in the schema (not as an empty file), once', async (text) => {
    const { problems } = await validate(JSON.stringify(inline(text)));
    const about = problems.filter((p) => p.path.startsWith('$.sources'));
    expect(codes(about)).toEqual([[PROBLEM_CODES.schema, '$.sources[0].text']]);
    expect(about[0]!.message).toMatch(
      /^The text of source "tiny" is (empty|only whitespace): nothing could quote it/,
    );
  });
});

describe('UTF-16 detection', () => {
  const encode = (text: string, order: 'le' | 'be'): Uint8Array =>
    Uint8Array.from(
      [...text].flatMap((ch) => (order === 'le' ? [ch.charCodeAt(0), 0] : [0, ch.charCodeAt(0)])),
    );

  it('recognises UTF-16 and UTF-32 without a byte order mark, from the NULs between ASCII', () => {
    expect(looksLikeUtf16(encode('{"formatVersion": 1}', 'le'))).toBe(true);
    expect(looksLikeUtf16(encode('{"formatVersion": 1}', 'be'))).toBe(true);
    expect(looksLikeUtf16(Uint8Array.from([0x7b, 0, 0, 0, 0x7d, 0, 0, 0]))).toBe(true);
  });

  it('does not call a UTF-8 file UTF-16 because it starts with a NUL', async () => {
    expect(looksLikeUtf16(new TextEncoder().encode('\u0000{"a": 1}'))).toBe(false);
    const { problems } = await validate(new TextEncoder().encode('\u0000{"a": 1}'));
    expect(codes(problems)).toEqual([[PROBLEM_CODES.jsonSyntax, '$']]);
    expect(problems[0]!.message).toContain('U+0000 (a NUL character)');
  });
});

describe('positions', () => {
  it('are found for many paths in one pass, the last of duplicate keys winning', () => {
    const text = '{\n "a": [1, {"b": 2}],\n "c": {"d": 1},\n "c": {"e": 2}\n}';
    const parsed = parseJson(text, { file: 'x', maxDepth: 64 });
    const found = parsed.locateAll(['$', '$.a[1].b', '$.c.e', '$.c.d', '$.a[5]', '$.zz']);
    expect(Object.fromEntries(found)).toEqual({
      $: { line: 1, column: 1 },
      '$.a[1].b': { line: 2, column: 12 },
      '$.c.e': { line: 4, column: 8 },
      // Only the last "c" counts, and it has no "d": its own position.
      '$.c.d': { line: 4, column: 2 },
      '$.a[5]': { line: 2, column: 2 },
      '$.zz': { line: 1, column: 1 },
    });
  });
});
