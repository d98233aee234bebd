/**
 * The validator, part 1: the whole pipeline on a valid file, then the transport and syntax problems
 * (bytes, encoding, JSON). Schema, references, evidence and hostile inputs have their own files.
 */
import { describe, expect, it } from 'vitest';
import {
  DEFAULT_LIMITS,
  PROBLEM_CODES,
  resolveLimits,
  validateDataset,
  type Problem,
} from '../../src/validate/index.ts';
import { SOURCE_FILE, SOURCE_TEXT, baseDataset, toJson } from '../fixtures/invalid/base-dataset.ts';

const resolveSource = async (file: string): Promise<string> => {
  if (file === SOURCE_FILE) return SOURCE_TEXT;
  throw new Error(`no such file: ${file}`);
};
const validate = (input: Uint8Array | string, limits = {}) =>
  validateDataset(input, { file: 'test.json', resolveSource, limits });
const bytes = (...parts: (string | number[])[]): Uint8Array =>
  Uint8Array.from(
    parts.flatMap((part) => (typeof part === 'string' ? [...new TextEncoder().encode(part)] : part)),
  );
const only = (problems: Problem[]): Problem => {
  expect(problems).toHaveLength(1);
  return problems[0]!;
};

describe('validateDataset on a valid file', () => {
  it('returns the dataset and the decoded sources, with no problems', async () => {
    const result = await validate(toJson(baseDataset()));
    expect(result.problems).toEqual([]);
    expect(result.dataset?.relations).toHaveLength(3);
    expect(result.sources.get('tiny')).toBe(SOURCE_TEXT);
  });

  it('accepts bytes as well as a string', async () => {
    const result = await validate(new TextEncoder().encode(toJson(baseDataset())));
    expect(result.problems).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('reads inline source texts without a resolver', async () => {
    const dataset = baseDataset();
    dataset.sources = [{ id: 'tiny', title: 'Inline', text: SOURCE_TEXT }];
    const result = await validateDataset(toJson(dataset), { file: 'inline.json' });
    expect(result.problems).toEqual([]);
  });
});

describe('decoding', () => {
  it('accepts a UTF-8 byte order mark with a warning', async () => {
    const result = await validate(bytes([0xef, 0xbb, 0xbf], toJson(baseDataset())));
    const problem = only(result.problems);
    expect(problem).toMatchObject({ code: PROBLEM_CODES.byteOrderMark, severity: 'warning', path: '$' });
    expect(result.dataset).toBeDefined();
  });

  it('rejects invalid UTF-8 and names the offset of the first bad byte', async () => {
    // "café" saved as Latin-1: é is the single byte 0xE9, at offset 13 on line 2.
    const result = await validate(bytes('{\n  "a": "caf', [0xe9], '"\n}'));
    const problem = only(result.problems);
    expect(problem.code).toBe(PROBLEM_CODES.invalidEncoding);
    expect(problem.message).toContain('0xE9 at offset 13 (line 2)');
    expect(result.dataset).toBeUndefined();
  });

  it('finds a truncated multi-byte sequence at the end', async () => {
    const problem = only((await validate(bytes('{"a":"', [0xe2, 0x82]))).problems);
    expect(problem.message).toContain('offset 6');
  });

  it.each([
    ['little-endian', [0xff, 0xfe, 0x7b, 0x00]],
    ['big-endian', [0xfe, 0xff, 0x00, 0x7b]],
  ])('rejects %s UTF-16 and says to save as UTF-8', async (_, data) => {
    const problem = only((await validate(Uint8Array.from(data))).problems);
    expect(problem.code).toBe(PROBLEM_CODES.invalidEncoding);
    expect(problem.message).toMatch(/UTF-16.*save it as UTF-8/);
  });

  it.each([[''], ['  \n\t ']])('rejects an empty or whitespace-only file (%j)', async (text) => {
    expect(only((await validate(text)).problems)).toMatchObject({ code: PROBLEM_CODES.emptyFile, path: '$' });
  });

  it('rejects a file over the byte limit before decoding it', async () => {
    const problem = only((await validate('{"a": 1}', { maxBytes: 4 })).problems);
    expect(problem.code).toBe(PROBLEM_CODES.tooLarge);
    expect(problem.message).toContain('limits.maxBytes');
  });
});

describe('JSON syntax', () => {
  const syntax = async (text: string): Promise<Problem> => only((await validate(text)).problems);

  it('recognises an HTML page', async () => {
    const problem = await syntax('\n<!DOCTYPE html>\n<html><body>Not found</body></html>');
    expect(problem).toMatchObject({ code: PROBLEM_CODES.notJson, line: 2, column: 1 });
    expect(problem.message).toContain('HTML page');
  });

  it('reports a truncated file where it ends, naming the bracket left open', async () => {
    const problem = await syntax('{\n  "id": "x",\n  "actors": [\n    {"id": "A"');
    expect(problem).toMatchObject({ code: PROBLEM_CODES.jsonSyntax, path: '$', line: 4, column: 15 });
    expect(problem.message).toContain("'{' opened at line 4, column 5");
  });

  it('reports a string left open at the end', async () => {
    const problem = await syntax('{"id": "x');
    expect(problem.message).toContain('string that starts at line 1, column 8');
  });

  it.each([
    ['// comment\n{}', 1, 1],
    ['{\n  "a": 1 /* note */\n}', 2, 10],
  ])('says JSON has no comments (%j)', async (text, line, column) => {
    const problem = await syntax(text);
    expect(problem).toMatchObject({ code: PROBLEM_CODES.jsonSyntax, line, column });
    expect(problem.message).toContain('does not allow comments');
  });

  it.each([
    ['{\n  "a": 1,\n}', 3, 1],
    ['{"a": [1, 2,\n]}', 2, 1],
  ])('explains a trailing comma (%j)', async (text, line, column) => {
    const problem = await syntax(text);
    expect(problem).toMatchObject({ code: PROBLEM_CODES.jsonSyntax, line, column });
    expect(problem.message).toContain('trailing comma');
  });

  it.each([
    ["{'a': 1}", 'single quotes'],
    ['{"a": tru}', "'tru'"],
    ['{"a": 1 "b": 2}', 'comma'],
    ['{"a": 1}}', 'after the end'],
    ['[1]\n[2]', 'after the end'],
    ['{"a": 07}', 'cannot start with 0'],
    ['{"a": "\\x"}', 'not a valid escape'],
    ['{"a": "two\nlines"}', 'line break'],
  ])('explains %j', async (text, words) => {
    const problem = await syntax(text);
    expect(problem.code).toBe(PROBLEM_CODES.jsonSyntax);
    expect(problem.message).toContain(words);
  });

  it('reports a duplicate key at the second occurrence and keeps going', async () => {
    const result = await validate('{\n  "id": "a",\n  "title": "T",\n  "id": "b"\n}');
    const duplicate = result.problems.find((p) => p.code === PROBLEM_CODES.duplicateKey);
    expect(duplicate).toMatchObject({ path: '$.id', line: 4, column: 3 });
    expect(duplicate?.message).toContain('line 2');
    // The schema step still ran on the value.
    expect(result.problems.some((p) => p.code === PROBLEM_CODES.schema)).toBe(true);
  });

  it('reports numbers too large to be finite at their path', async () => {
    const dataset = toJson(baseDataset()).replace('"start": 95', '"start": 1e400');
    const problems = (await validate(dataset)).problems;
    const problem = only(problems.filter((p) => p.severity === 'error'));
    expect(problem).toMatchObject({ code: PROBLEM_CODES.schema, path: '$.relations[2].evidence[0].start' });
    expect(problem.message).toContain('1e400');
  });
});

describe('limits', () => {
  it('are frozen defaults, resolved without changing the caller’s object', () => {
    expect(Object.isFrozen(DEFAULT_LIMITS)).toBe(true);
    const overrides = { maxDepth: 10 };
    const limits = resolveLimits(overrides);
    expect(limits).toEqual({ ...DEFAULT_LIMITS, maxDepth: 10 });
    expect(overrides).toEqual({ maxDepth: 10 });
    expect(() => resolveLimits({ maxActors: -1 })).toThrow(TypeError);
  });

  it('reject more actors or relations than allowed, naming the option', async () => {
    const result = await validate(toJson(baseDataset()), { maxRelations: 2 });
    const problem = only(result.problems);
    expect(problem).toMatchObject({ code: PROBLEM_CODES.tooLarge, path: '$.relations' });
    expect(problem.message).toMatch(/3 relations.*limits\.maxRelations/);
  });
});
