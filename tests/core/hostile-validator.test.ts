/**
 * Every hostile fixture through the one validator, in process: the verdict, the codes and paths the
 * manifest expects (lines and columns where it gives them), no exception, no new property on any
 * built-in prototype, and messages a person can read. Every valid fixture then goes all the way:
 * graphology, Cytoscape elements, a headless Cytoscape, and every exporter.
 */
import { readdir, readFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES, type FixtureCase } from './fixture-manifest.ts';
import { FIXTURE_FILES, HOSTILE_DIR } from '../fixtures/hostile/generate.ts';
import {
  POLLUTION_PROBES,
  bytesOf,
  materialize,
  mismatch,
  prototypeSnapshot,
  unreadableIn,
  validateFile,
} from '../fixtures/hostile/harness.ts';
import cytoscape from 'cytoscape';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import { toElements } from '../../src/graph/to-elements.ts';
import { layoutGraph } from '../../src/layout/layout-plan.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { encodeTypes } from '../../src/style/encoding.ts';
import { buildStylesheet } from '../../src/style/stylesheet.ts';
import { LIGHT_THEME } from '../../src/style/theme.ts';
import type { ValidationResult } from '../../src/validate/index.ts';

const IN_PROCESS = FIXTURES.filter((f) => f.inProcess !== false);
let tempDir: string;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(HOSTILE_DIR, path.join(entry.parentPath, entry.name)));
}

describe('the hostile fixtures', () => {
  it('are on disk exactly as generate.ts writes them', async () => {
    for (const [file, bytes] of FIXTURE_FILES) {
      const onDisk = await readFile(path.join(HOSTILE_DIR, file));
      expect(
        Buffer.compare(onDisk, bytes),
        `${file} differs: run npx tsx tests/fixtures/hostile/generate.ts`,
      ).toBe(0);
    }
    const written = new Set(FIXTURE_FILES.keys());
    const stray = (await listFiles(HOSTILE_DIR)).filter(
      (f) => !written.has(f) && !/\.(ts|py)$|(^|\/)\.gitattributes$/.test(f),
    );
    expect(stray).toEqual([]);
  });

  it('each have a case in the manifest, with a unique name, and every case has its input', async () => {
    const names = FIXTURES.map((f) => f.name);
    expect(new Set(names).size).toBe(names.length);
    const listed = new Set(FIXTURES.flatMap((f) => (f.file ? [f.file] : [])));
    const datasets = [...FIXTURE_FILES.keys()].filter((f) => f.endsWith('.json') && !f.includes('.json/'));
    expect(datasets.filter((f) => !listed.has(`hostile/${f}`))).toEqual([]);
    for (const fixture of FIXTURES) {
      expect(Boolean(fixture.file) !== Boolean(fixture.generator), fixture.name).toBe(true);
      if (fixture.file?.startsWith('hostile/') && !fixture.file.endsWith('directory.json'))
        expect(FIXTURE_FILES.has(fixture.file.slice('hostile/'.length)), fixture.name).toBe(true);
    }
    expect(FIXTURES.length).toBeGreaterThanOrEqual(60);
  });
});

async function run(fixture: FixtureCase): Promise<ValidationResult> {
  const file = await materialize(fixture, tempDir);
  const bytes = await bytesOf(fixture, file);
  const before = prototypeSnapshot();
  const result = await validateFile(fixture, file, bytes);
  expect(prototypeSnapshot(), 'a built-in prototype changed').toEqual(before);
  for (const probe of POLLUTION_PROBES) expect(({} as Record<string, unknown>)[probe]).toBeUndefined();
  return result;
}

describe.each(IN_PROCESS.map((f) => [f.name, f] as const))('validateDataset on %s', (_, fixture) => {
  let settled: { result: ValidationResult } | { error: unknown };
  beforeAll(async () => {
    settled = await run(fixture).then(
      (result) => ({ result }),
      (error: unknown) => ({ error }),
    );
  }, 60_000);
  /** The result, or the exception that escaped the validator (which fails every test of the case). */
  const outcome = (): ValidationResult => {
    if ('error' in settled) throw settled.error;
    return settled.result;
  };

  it('returns problems as data: no exception escapes, no built-in prototype changes', () => {
    expect('error' in settled ? String(settled.error) : undefined).toBeUndefined();
  });

  it(`is ${fixture.outcome}, with exactly the expected problems (${fixture.category}: ${fixture.description})`, () => {
    const result = outcome();
    const errors = result.problems.filter((p) => p.severity === 'error');
    const warnings = result.problems.filter((p) => p.severity === 'warning');
    expect(mismatch(errors, fixture.errors), 'errors').toEqual({ missing: [], unexpected: [] });
    expect(mismatch(warnings, fixture.warnings), 'warnings').toEqual({ missing: [], unexpected: [] });
    expect(result.dataset !== undefined).toBe(fixture.outcome === 'valid');
    for (const expected of [...fixture.errors, ...fixture.warnings]) {
      if (expected.line === undefined) continue;
      const found = result.problems.find((p) => p.code === expected.code && p.path === expected.path);
      expect({ line: found?.line, column: found?.column }).toEqual({
        line: expected.line,
        column: expected.column,
      });
    }
  });

  it('places every problem: a JSON path, a line and a column', () => {
    for (const problem of outcome().problems) {
      expect(problem.path).toMatch(/^\$/);
      expect(problem.line).toBeGreaterThanOrEqual(1);
      expect(problem.column).toBeGreaterThanOrEqual(1);
      expect(problem.message.length).toBeGreaterThan(0);
    }
  });

  it('words every problem in one line of visible characters', () => {
    const unreadable = outcome().problems.flatMap((p) => {
      const found = unreadableIn(p.message);
      return found ? [`${p.code} at ${p.path}: ${found} in ${JSON.stringify(p.message.slice(0, 120))}`] : [];
    });
    expect(unreadable).toEqual([]);
  });
});

const VALID = IN_PROCESS.filter((f) => f.outcome === 'valid' && !f.limits);

describe.each(VALID.map((f) => [f.name, f] as const))('the valid fixture %s', (_, fixture) => {
  let dataset: Dataset;
  beforeAll(async () => {
    const file = await materialize(fixture, tempDir);
    dataset = (await validateFile(fixture, file, await bytesOf(fixture, file))).dataset!;
  });

  it('becomes a graph, Cytoscape elements and a headless Cytoscape holding every element', () => {
    expect(dataset, 'the fixture did not validate').toBeDefined();
    const before = prototypeSnapshot();
    const graph = buildGraph(dataset);
    expect([graph.order, graph.size]).toEqual([dataset.actors.length, dataset.relations.length]);
    const encodings = encodeTypes(dataset.relationTypes);
    const positions = new Map(
      dataset.actors.map((a, i) => [a.id, { x: (i % 5) * 150, y: Math.floor(i / 5) * 120 }]),
    );
    const elements = toElements(graph, { encodings, positions });
    const ids = [...dataset.actors, ...dataset.relations].map((item) => item.id);
    expect(elements.map((e) => e.data.id).sort()).toEqual([...ids].sort());

    const bare = cytoscape({ headless: true, elements });
    const styled = cytoscape({
      headless: true,
      styleEnabled: true,
      style: buildStylesheet(LIGHT_THEME, encodings),
      elements: toElements(graph, { encodings, positions }),
    });
    for (const cy of [bare, styled]) {
      expect([cy.nodes().length, cy.edges().length]).toEqual([
        dataset.actors.length,
        dataset.relations.length,
      ]);
      for (const id of ids) expect(cy.getElementById(id).length, id).toBe(1);
      for (const relation of dataset.relations) {
        const edge = cy.getElementById(relation.id);
        expect([edge.source().id(), edge.target().id()]).toEqual([relation.from, relation.to]);
      }
      cy.destroy();
    }
    expect(prototypeSnapshot()).toEqual(before);
  });

  it('is laid out as the widget and the CLI lay it out: a finite position for every actor', () => {
    expect(dataset, 'the fixture did not validate').toBeDefined();
    let positions: ReadonlyMap<string, { x: number; y: number }> | string;
    try {
      positions = layoutGraph(buildGraph(dataset));
    } catch (error) {
      positions = String(error);
    }
    expect(typeof positions === 'string' ? positions : undefined).toBeUndefined();
    const placed = positions as ReadonlyMap<string, { x: number; y: number }>;
    const unplaced = dataset.actors.filter(({ id }) => {
      const p = placed.get(id);
      return !p || !Number.isFinite(p.x) || !Number.isFinite(p.y);
    });
    expect(unplaced.map((a) => a.id)).toEqual([]);
  });

  it('answers neighbourhood queries truthfully, whatever the ids (constructor, toString, ...)', () => {
    expect(dataset, 'the fixture did not validate').toBeDefined();
    const graph = buildGraph(dataset);
    const wrong: string[] = [];
    for (const { id } of dataset.actors) {
      const touching = dataset.relations.filter((r) => r.from === id || r.to === id);
      const expected = {
        edges: touching.map((r) => r.id).sort(),
        neighbors: [...new Set(touching.map((r) => (r.from === id ? r.to : r.from)))].sort(),
      };
      let actual: unknown;
      try {
        actual = { edges: graph.edges(id).sort(), neighbors: graph.neighbors(id).sort() };
      } catch (error) {
        actual = String(error);
      }
      if (JSON.stringify(actual) !== JSON.stringify(expected))
        wrong.push(`${id}: ${JSON.stringify(actual)}, expected ${JSON.stringify(expected)}`);
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });
});
