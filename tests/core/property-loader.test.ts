/**
 * Property-based tests of the loader (fast-check, fixed seeds so a failure reproduces): arbitrary
 * bytes, arbitrary JSON and mutations of the seed dataset never make `validateDataset` throw, never
 * touch a built-in prototype, and always give well-formed problems; whatever validates becomes a
 * graph, Cytoscape elements, a headless Cytoscape and every export. Strings and the same text as
 * UTF-8 bytes get the same verdict, as the CLI (bytes) and the widget (text or bytes) must.
 */
import cytoscape from 'cytoscape';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeCsv, writeGexf, writeGraphml, writeJson } from '../../src/export/index.ts';
import { toSVG } from '../../src/export/svg.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import {
  PROBLEM_CODES,
  parseJson,
  validateDataset,
  type Problem,
  type ValidationResult,
} from '../../src/validate/index.ts';
import { indexLines } from '../../src/text/lines.ts';
import {
  HOSTILE_PIECES,
  POLLUTION_PROBES,
  ROOT,
  prototypeSnapshot,
  unreadableIn,
} from '../fixtures/hostile/harness.ts';

const SEED_FILE = 'graph-data/putins-delicate-dance.json';
const SEED_TEXT = readFileSync(path.join(ROOT, SEED_FILE), 'utf8');
const SEED_SOURCES = new Map([
  [
    'sources/putins-delicate-dance.txt',
    readFileSync(path.join(ROOT, 'graph-data/sources/putins-delicate-dance.txt')),
  ],
]);
const CODES = new Set<string>(Object.values(PROBLEM_CODES));
const SEED = { seed: 20250620 };

const resolveSource = async (file: string): Promise<Uint8Array> => {
  const bytes = SEED_SOURCES.get(file);
  if (!bytes) throw new Error('no such file');
  return bytes;
};
const validate = (input: Uint8Array | string): Promise<ValidationResult> =>
  validateDataset(input, { file: SEED_FILE, resolveSource });

const hostileText = fc
  .array(fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ unit: 'binary', maxLength: 8 })), {
    maxLength: 4,
  })
  .map((parts) => parts.join(''));

/** Checks shared by every property: no prototype changed, and every problem placed and worded. */
function expectSound(result: ValidationResult, before: Record<string, string[]>): void {
  expect(prototypeSnapshot()).toEqual(before);
  for (const probe of POLLUTION_PROBES) expect(({} as Record<string, unknown>)[probe]).toBeUndefined();
  for (const problem of result.problems) {
    expect(CODES.has(problem.code), problem.code).toBe(true);
    expect(['error', 'warning']).toContain(problem.severity);
    expect(problem.path).toMatch(/^\$/);
    expect(problem.line).toBeGreaterThanOrEqual(1);
    expect(problem.column).toBeGreaterThanOrEqual(1);
    expect(problem.message).not.toBe('');
  }
  expect(result.dataset === undefined).toBe(result.problems.some((p) => p.severity === 'error'));
}

/** What validates renders and exports, whatever it contains. */
function expectRendersAndExports(result: ValidationResult): void {
  const dataset = result.dataset;
  if (!dataset) return;
  const graph = buildGraph(dataset);
  const encodings = encodeTypes(dataset.relationTypes);
  const positions = new Map(
    dataset.actors.map((a, i) => [a.id, { x: (i % 6) * 150, y: Math.floor(i / 6) * 110 }]),
  );
  const elements = toElements(graph, { encodings, positions });
  const cy = cytoscape({ headless: true, elements });
  expect([cy.nodes().length, cy.edges().length]).toEqual([dataset.actors.length, dataset.relations.length]);
  cy.destroy();
  for (const write of [
    () => writeGraphml(graph, { positions }),
    () => writeGexf(graph, { positions }),
    () => writeCsv(graph),
    () => writeJson(graph, { embedSources: true, sourceTexts: result.sources }),
    () => toSVG(graph, { positions }),
  ])
    expect(write().length).toBeGreaterThan(0);
}

type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };
type Segment = string | number;

/** Every path in a JSON value, parents before children. */
function pathsOf(value: JsonValue, prefix: Segment[] = []): Segment[][] {
  const children: [Segment, JsonValue][] = Array.isArray(value)
    ? value.map((v, i) => [i, v])
    : value !== null && typeof value === 'object'
      ? Object.entries(value)
      : [];
  return [prefix, ...children.flatMap(([key, child]) => pathsOf(child, [...prefix, key]))];
}

type Mutation =
  | { kind: 'delete' | 'duplicate'; at: number }
  | { kind: 'replace'; at: number; value: JsonValue }
  | { kind: 'text'; at: number; text: string }
  | { kind: 'key'; at: number; key: string; value: JsonValue }
  | { kind: 'swap'; at: number; other: number };

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('delete' as const, 'duplicate' as const), at: fc.nat() }),
  fc.record({
    kind: fc.constant('replace' as const),
    at: fc.nat(),
    value: fc.oneof(
      fc.constantFrom<JsonValue>(
        null,
        true,
        0,
        -1,
        0.5,
        1e20,
        2 ** 53 + 2,
        '',
        [],
        {},
        'RUS',
        'IRN',
        'constructor',
      ),
      fc.jsonValue({ maxDepth: 2 }) as fc.Arbitrary<JsonValue>,
    ),
  }),
  fc.record({ kind: fc.constant('text' as const), at: fc.nat(), text: hostileText }),
  fc.record({
    kind: fc.constant('key' as const),
    at: fc.nat(),
    key: fc.oneof(fc.constantFrom('__proto__', 'constructor', 'prototype', 'id', 'from', 'to'), hostileText),
    value: fc.constantFrom<JsonValue>({ polluted: 'yes' }, { prototype: { polluted: 'yes' } }, [], 'x'),
  }),
  fc.record({ kind: fc.constant('swap' as const), at: fc.nat(), other: fc.nat() }),
);

/** Applies mutations to a fresh copy of the seed; keys are defined as own properties, as JSON has them. */
function mutate(mutations: readonly Mutation[]): string {
  const root = JSON.parse(SEED_TEXT) as JsonValue;
  for (const m of mutations) {
    const paths = pathsOf(root);
    const target = paths[m.at % paths.length]!;
    const parentPath = target.slice(0, -1);
    const key = target[target.length - 1];
    const parent = parentPath.reduce<JsonValue>(
      (node, k) => (node as Record<Segment, JsonValue>)[k]!,
      root,
    ) as Record<Segment, JsonValue>;
    const node = key === undefined ? root : parent[key]!;
    if (m.kind === 'key' && node !== null && typeof node === 'object' && !Array.isArray(node)) {
      Object.defineProperty(node, m.key, {
        value: m.value,
        enumerable: true,
        writable: true,
        configurable: true,
      });
    }
    if (key === undefined) continue;
    if (m.kind === 'delete') {
      if (Array.isArray(parent)) parent.splice(key as number, 1);
      else Reflect.deleteProperty(parent, key);
    } else if (m.kind === 'duplicate' && Array.isArray(parent)) parent.push(structuredClone(node));
    else if (m.kind === 'replace') parent[key] = m.value;
    else if (m.kind === 'text' && typeof node === 'string') parent[key] = m.text;
    else if (m.kind === 'swap') {
      const other = paths[m.other % paths.length]!;
      const otherValue = other.reduce<JsonValue>(
        (n, k) => (n as Record<Segment, JsonValue>)?.[k] ?? null,
        root,
      );
      if (typeof node === 'string' && typeof otherValue === 'string') parent[key] = otherValue;
    }
  }
  return JSON.stringify(root, null, 2);
}

describe('validateDataset on arbitrary input', () => {
  it('never throws on arbitrary bytes, and reports well-formed problems', async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      fc
        .array(fc.oneof(fc.constantFrom(...'{}[]":,\\ \n0-1eE.tfnul'.split('')), hostileText), {
          maxLength: 40,
        })
        .map((parts) => new TextEncoder().encode(parts.join(''))),
    );
    await fc.assert(
      fc.asyncProperty(bytes, async (input) => {
        const before = prototypeSnapshot();
        expectSound(await validate(input), before);
      }),
      { ...SEED, numRuns: 300 },
    );
  });

  it('never throws on arbitrary JSON, including own "__proto__" keys', async () => {
    const key = fc.oneof(
      fc.constantFrom('__proto__', 'constructor', 'prototype', 'actors', 'relations', 'id', 'sources'),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.letrec<{ value: JsonValue }>((tie) => ({
      value: fc.oneof(
        { depthSize: 'small' },
        fc.constantFrom<JsonValue>(null, true, 1, -0.5, 1e300, ''),
        hostileText,
        fc.array(tie('value'), { maxLength: 4 }),
        fc.array(fc.tuple(key, tie('value')), { maxLength: 4 }).map((entries) => {
          const object: Record<string, JsonValue> = {};
          for (const [k, v] of entries)
            Object.defineProperty(object, k, {
              value: v,
              enumerable: true,
              writable: true,
              configurable: true,
            });
          return object;
        }),
      ),
    })).value;
    await fc.assert(
      fc.asyncProperty(value, async (json) => {
        const before = prototypeSnapshot();
        expectSound(await validate(JSON.stringify(json)), before);
      }),
      { ...SEED, numRuns: 300 },
    );
  });

  it('gives text and its UTF-8 bytes the same verdict', async () => {
    const text = fc
      .oneof(
        fc.string({ unit: 'binary', maxLength: 60 }),
        fc.array(hostileText, { maxLength: 3 }).map((parts) => `{"id": "${parts.join('')}"}`),
        fc.constantFrom(SEED_TEXT, `\uFEFF${SEED_TEXT}`, SEED_TEXT.replace(/\n/g, '\r\n')),
      )
      .filter((t) => !/[\uD800-\uDFFF]/.test(t.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, '')));
    const strip = (problems: Problem[]) =>
      problems.map(({ code, severity, path, line, column, message }) => ({
        code,
        severity,
        path,
        line,
        column,
        message,
      }));
    await fc.assert(
      fc.asyncProperty(text, async (t) => {
        const [asText, asBytes] = await Promise.all([validate(t), validate(new TextEncoder().encode(t))]);
        expect(strip(asText.problems)).toEqual(strip(asBytes.problems));
        expect(asText.dataset).toEqual(asBytes.dataset);
      }),
      { ...SEED, numRuns: 200 },
    );
  });
});

describe('parseJson on arbitrary JSON', () => {
  /** Every path in a value, as the validator writes them, with the value there. */
  function pathsIn(value: unknown, path = '$'): [string, unknown][] {
    const children: [string, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [`${path}[${i}]`, v])
      : value !== null && typeof value === 'object'
        ? Object.entries(value).map(([k, v]) => [
            /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(k) ? `${path}.${k}` : `${path}[${JSON.stringify(k)}]`,
            v,
          ])
        : [];
    return [[path, value], ...children.flatMap(([p, v]) => pathsIn(v, p))];
  }

  it('builds what JSON.parse builds, and places every value where the text has it', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.constantFrom(0, 1, 2), (json, space) => {
        const text = JSON.stringify(json, null, space);
        const parsed = parseJson(text, { file: 'x', maxDepth: 64 });
        expect(parsed.problems).toEqual([]);
        expect(parsed.value).toEqual(JSON.parse(text));
        const lines = text.split('\n');
        const offsetOf = ({ line, column }: { line: number; column: number }): number =>
          lines.slice(0, line - 1).reduce((sum, l) => sum + l.length + 1, 0) + column - 1;
        const entries = pathsIn(parsed.value);
        const found = parsed.locateAll(entries.map(([p]) => p));
        for (const [path, value] of entries) {
          const at = offsetOf(found.get(path)!);
          const key = /\.([A-Za-z_$][A-Za-z0-9_$]*)$|\[("(?:[^"\\]|\\.)*")\]$/.exec(path);
          // A member is placed at its key, an element (and the root) at its value.
          const shown =
            value !== null && typeof value === 'object'
              ? Array.isArray(value)
                ? '['
                : '{'
              : JSON.stringify(value);
          const expected = key ? JSON.stringify(key[1] ?? JSON.parse(key[2]!)) : shown;
          expect(text.slice(at, at + expected.length)).toBe(expected);
        }
        expect(indexLines(text).positionAt(0)).toEqual(found.get('$'));
      }),
      { ...SEED, numRuns: 300 },
    );
  });
});

describe('mutations of the seed dataset', () => {
  const mutated = fc.array(mutation, { minLength: 1, maxLength: 3 }).map(mutate);

  it('never throw; what still validates renders in a headless Cytoscape and exports in every format', async () => {
    let validCount = 0;
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        const before = prototypeSnapshot();
        const result = await validate(text);
        expectSound(result, before);
        if (result.dataset) validCount++;
        expectRendersAndExports(result);
        expect(prototypeSnapshot()).toEqual(before);
      }),
      { ...SEED, numRuns: 150 },
    );
    // The property means little if no mutant survives validation.
    expect(validCount).toBeGreaterThan(10);
  }, 60_000);

  it('are reported in messages of one line of visible characters', async () => {
    await fc.assert(
      fc.asyncProperty(mutated, async (text) => {
        for (const problem of (await validate(text)).problems) {
          expect(
            unreadableIn(problem.message),
            `${problem.code} at ${problem.path}: ${JSON.stringify(problem.message)}`,
          ).toBeUndefined();
        }
      }),
      { ...SEED, numRuns: 150 },
    );
  }, 60_000);
});
