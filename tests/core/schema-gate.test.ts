/**
 * The compiled gate (src/validate/schema-gate.generated.js) decides alone whether a dataset's shape is
 * valid, and only a refused dataset gets the interpreter's report (schema-report.ts). So the two must
 * never disagree: a dataset the gate passes but the report faults would be shown with its shape
 * problems unsaid. Checked on every JSON file the project has, and on thousands of mutations of the
 * seed, each one change at one place of the kinds people and attackers make.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { GATE_FILE, SCHEMA_FILE, schemaGateModule } from '../../scripts/schema-gate.ts';
import { isValidDataset } from '../../src/validate/schema-gate.generated.js';
import { validateDataset } from '../../src/validate/index.ts';
import { reportSchema } from '../../src/validate/schema-report.ts';
import { checkSchema } from '../../src/validate/schema.ts';

const ROOT = join(import.meta.dirname, '../..');
const shapeIsValid = (value: unknown): boolean => reportSchema(value, 'test.json').length === 0;
const readSource = async (file: string): Promise<string> =>
  readFileSync(join(ROOT, 'graph-data', file), 'utf8');

/**
 * The gate and the report agree on `value`: what the gate passes has no shape problem, and what it
 * refuses the validator refuses. The report leaves one kind of refusal to a later step on purpose (an
 * offset past any text is worded by the evidence check, with the source's length), so a refusal the
 * report does not word must be an error of the whole validator.
 */
async function agree(value: unknown, text: string, where: string): Promise<boolean> {
  const gate = isValidDataset(value);
  const shape = shapeIsValid(value);
  if (gate) expect(shape, where).toBe(true);
  else if (shape) {
    const { problems } = await validateDataset(text, { file: where, resolveSource: readSource });
    expect(
      problems.some((p) => p.severity === 'error'),
      where,
    ).toBe(true);
  }
  return gate;
}

function jsonFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.json'))
    .map((entry) => join(entry.parentPath, entry.name));
}

const SEED: unknown = JSON.parse(readFileSync(join(ROOT, 'graph-data/putins-delicate-dance.json'), 'utf8'));

/** Every place in a JSON value: the path to it as keys and indexes. */
function places(value: unknown, at: (string | number)[] = [], out: (string | number)[][] = []) {
  out.push(at);
  if (Array.isArray(value)) value.forEach((item, i) => places(item, [...at, i], out));
  else if (value !== null && typeof value === 'object')
    for (const [key, item] of Object.entries(value)) places(item, [...at, key], out);
  return out;
}
const SEED_PLACES = places(SEED);

type Change = (old: unknown) => unknown;
const REMOVE = Symbol('remove');
/** Values that sit at the edges of the schema's rules (lengths, patterns, ranges, types). */
const edgy: fc.Arbitrary<unknown> = fc.oneof(
  fc.constantFrom(
    '',
    ' ',
    'a'.repeat(64),
    'a'.repeat(65),
    'x'.repeat(201),
    '😀'.repeat(150),
    '😀'.repeat(2001),
    '-lead',
    'has space',
    'constructor',
    '__proto__',
    'toString',
    '../secret.txt',
    '.env',
    '/abs/path.txt',
    'ok.txt',
    '2024-01-01',
    '2024-13-40',
    '2024',
    'reported',
    'alleged',
    'directed',
    'undirected',
    0,
    -1,
    1.5,
    1e21,
    -0,
    2 ** 53,
    1_000_001,
    -1_000_001,
    true,
    null,
    [],
    {},
    [null],
    { x: 0, y: 0 },
    { x: 'a', y: 0 },
  ),
  fc.jsonValue({ maxDepth: 2 }),
);
const change: fc.Arbitrary<Change> = fc.oneof(
  edgy.map((value) => () => value),
  fc.constant(() => REMOVE),
  fc.tuple(fc.string({ maxLength: 12 }), edgy).map(
    ([key, value]) =>
      (old: unknown) =>
        old !== null && typeof old === 'object' && !Array.isArray(old) ? { ...old, [key]: value } : old,
  ),
  fc.constant((old: unknown) => (Array.isArray(old) ? [...old, ...old] : old)),
  fc.constant((old: unknown) => (Array.isArray(old) ? [] : old)),
  fc.constant((old: unknown) => (typeof old === 'string' ? old.repeat(40) : old)),
  fc.constant((old: unknown) => (typeof old === 'number' ? -old - 1 : old)),
);

/** The seed with `change` applied at one place (a deep copy; the seed itself is never touched). */
function mutate(place: (string | number)[], apply: Change): unknown {
  const copy = structuredClone(SEED) as Record<string | number, unknown>;
  if (place.length === 0) {
    const root = apply(copy);
    return root === REMOVE ? undefined : root;
  }
  let parent = copy;
  for (const key of place.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = place.at(-1)!;
  const next = apply(parent[last]);
  if (next !== REMOVE) parent[last] = next;
  else if (Array.isArray(parent)) parent.splice(last as number, 1);
  else Reflect.deleteProperty(parent, last);
  return copy;
}

describe('the schema gate', () => {
  it('is the module the schema compiles to now (run `npm run generate:schema-gate` if not)', () => {
    const expected = schemaGateModule(readFileSync(SCHEMA_FILE, 'utf8'));
    expect(readFileSync(GATE_FILE, 'utf8')).toBe(expected);
  });

  it('agrees with the report on every JSON file in graph-data/ and tests/fixtures/', async () => {
    const files = [...jsonFiles(join(ROOT, 'graph-data')), ...jsonFiles(join(ROOT, 'tests/fixtures'))];
    let valid = 0;
    let invalid = 0;
    for (const file of files) {
      if (file.endsWith('schema.json')) continue;
      const text = readFileSync(file, 'utf8');
      let value: unknown;
      try {
        value = JSON.parse(text);
      } catch {
        continue; // not JSON on purpose (syntax-error fixtures)
      }
      if (await agree(value, text, file)) valid++;
      else invalid++;
    }
    // Both verdicts are exercised, not only one.
    expect(valid).toBeGreaterThan(10);
    expect(invalid).toBeGreaterThan(10);
  });

  it('agrees with the report on 3,000 one-place mutations of the seed', async () => {
    let refused = 0;
    await fc.assert(
      fc.asyncProperty(fc.nat(SEED_PLACES.length - 1), change, async (index, apply) => {
        const value = mutate(SEED_PLACES[index]!, apply);
        const where = `the seed changed at ${JSON.stringify(SEED_PLACES[index])}`;
        if (!(await agree(value, JSON.stringify(value) ?? '', where))) refused++;
      }),
      { seed: 20261204, numRuns: 3000 },
    );
    // Both verdicts are exercised, not only one.
    expect(refused).toBeGreaterThan(500);
    expect(refused).toBeLessThan(2900);
  });

  it('passes the seed with no report, and words a refused dataset through the report', async () => {
    expect(await checkSchema(SEED, 'seed.json')).toEqual([]);
    const broken = mutate(['actors', 0, 'id'], () => 'has space');
    const problems = await checkSchema(broken, 'seed.json');
    expect(problems).toEqual(reportSchema(broken, 'seed.json'));
    expect(problems[0]).toMatchObject({ code: 'schema', path: '$.actors[0].id' });
  });
});
