/**
 * The validator, part 5: inputs built to break it. The widget validates files from URLs, so a file
 * must not be able to overflow the stack or change prototypes, whatever it contains.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { PROBLEM_CODES, parseJson, validateDataset } from '../../src/validate/index.ts';
import { SOURCE_FILE, SOURCE_TEXT, baseDataset, toJson } from '../fixtures/invalid/base-dataset.ts';

const resolveSource = async (file: string): Promise<string> => {
  if (file === SOURCE_FILE) return SOURCE_TEXT;
  throw new Error(`no such file: ${file}`);
};
const validate = (text: string) => validateDataset(text, { file: 'test.json', resolveSource });
const prototypeKeys = Object.getOwnPropertyNames(Object.prototype).sort();

describe('deep nesting', () => {
  it.each([
    ['arrays', '['.repeat(100_000) + ']'.repeat(100_000), 65],
    ['objects', '{"a":'.repeat(100_000) + '1' + '}'.repeat(100_000), 64 * 5 + 1],
    ['unclosed arrays', '['.repeat(100_000), 65],
  ])('100,000 levels of %s give too-deep, not a stack overflow', async (_, text, column) => {
    const { problems } = await validate(text);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatchObject({ code: PROBLEM_CODES.tooDeep, path: '$', line: 1, column });
  });

  it('allows exactly the limit and counts no brackets inside strings', () => {
    const atLimit = '['.repeat(64) + '"[[[[{{{{"' + ']'.repeat(64);
    expect(parseJson(atLimit, { file: 'x', maxDepth: 64 }).problems).toEqual([]);
    const over = '['.repeat(65) + ']'.repeat(65);
    expect(parseJson(over, { file: 'x', maxDepth: 64 }).problems.map((p) => p.code)).toEqual([
      PROBLEM_CODES.tooDeep,
    ]);
  });
});

describe('unpaired surrogates', () => {
  it('in a key are reported, and the schema check still runs on the rest', async () => {
    const { problems } = await validate('{"\\ud800": 1, "id": 5}');
    const paths = problems.map((p) => [p.code, p.path]);
    expect(paths).toContainEqual([PROBLEM_CODES.schema, '$["\uFFFD"]']);
    expect(paths).toContainEqual([PROBLEM_CODES.schema, '$.id']);
  });
});

describe('prototype pollution', () => {
  afterEach(() => {
    expect(Object.getOwnPropertyNames(Object.prototype).sort()).toEqual(prototypeKeys);
    expect(({} as Record<string, unknown>)['polluted']).toBeUndefined();
  });

  it('keeps "__proto__" keys as own properties that change no prototype', () => {
    const { value, problems } = parseJson('{"__proto__": {"polluted": true}, "a": {"__proto__": []}}', {
      file: 'x',
      maxDepth: 64,
    });
    expect(problems).toEqual([]);
    const object = value as Record<string, unknown>;
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
    expect(Object.keys(object)).toEqual(['__proto__', 'a']);
    expect(Object.getOwnPropertyDescriptor(object, '__proto__')?.value).toEqual({ polluted: true });
    expect(Array.isArray(Object.getOwnPropertyDescriptor(object['a'], '__proto__')?.value)).toBe(true);
  });

  it('reports "__proto__" and "constructor" fields in a dataset as unknown fields', async () => {
    const text = toJson(baseDataset()).replace(
      '"formatVersion": 1,',
      '"__proto__": {"polluted": 1}, "constructor": {"prototype": {"polluted": 1}}, "formatVersion": 1,',
    );
    const { problems, dataset } = await validate(text);
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      [PROBLEM_CODES.schema, '$.__proto__'],
      [PROBLEM_CODES.schema, '$.constructor'],
    ]);
    expect(dataset).toBeUndefined();
  });

  it('refuses ids named like Object.prototype members, once each, where they are declared', async () => {
    const dataset = baseDataset();
    const rename = new Map([
      ['RUS', 'constructor'],
      ['IRN', 'toString'],
      ['ISR', 'hasOwnProperty'],
    ]);
    for (const actor of dataset.actors) actor.id = rename.get(actor.id)!;
    for (const relation of dataset.relations) {
      relation.from = rename.get(relation.from)!;
      relation.to = rename.get(relation.to)!;
    }
    dataset.relationTypes[0]!.id = 'valueOf';
    for (const relation of dataset.relations) if (relation.type === 'cooperation') relation.type = 'valueOf';
    const { problems } = await validate(toJson(dataset));
    // References to them resolve: the declarations are what to rename.
    expect(problems.map((p) => [p.code, p.path])).toEqual([
      [PROBLEM_CODES.reservedId, '$.relationTypes[0].id'],
      [PROBLEM_CODES.reservedId, '$.actors[0].id'],
      [PROBLEM_CODES.reservedId, '$.actors[1].id'],
      [PROBLEM_CODES.reservedId, '$.actors[2].id'],
    ]);
    expect(problems[1]!.message).toBe(
      '"constructor" cannot be an id: it is a name JavaScript reserves on every object, and graph libraries mistake it for one. Rename it, e.g. "constructor-1".',
    );
  });

  it('matches reserved names exactly: other cases and near names are ordinary ids', async () => {
    const dataset = baseDataset();
    const rename = new Map([
      ['RUS', 'Constructor'],
      ['IRN', 'tostring'],
      ['ISR', 'prototype'],
    ]);
    for (const actor of dataset.actors) actor.id = rename.get(actor.id)!;
    for (const relation of dataset.relations) {
      relation.from = rename.get(relation.from)!;
      relation.to = rename.get(relation.to)!;
    }
    expect((await validate(toJson(dataset))).problems).toEqual([]);
  });
});
