/**
 * Every valid hostile fixture through the alliance analysis and its report: no crash, plain data out,
 * and a report that writes nothing to the terminal but text (data's control characters escaped).
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { allianceReport, analyzeAlliances } from '../../src/alliance/index.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { FIXTURES } from './fixture-manifest.ts';
import { bytesOf, materialize, validateFile } from '../fixtures/hostile/harness.ts';

const VALID = FIXTURES.filter((f) => f.outcome === 'valid' && f.inProcess !== false && !f.limits);
/** What a terminal could act on: C0 controls but the line feed, DEL, C1 controls, bidi controls. */
const isControl = (code: number): boolean =>
  (code < 0x20 && code !== 0x0a) ||
  (code >= 0x7f && code <= 0x9f) ||
  [0x061c, 0x200e, 0x200f].includes(code) ||
  (code >= 0x202a && code <= 0x202e) ||
  (code >= 0x2066 && code <= 0x2069);

let tempDir: string;
const datasets = new Map<string, Dataset>();

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-analyze-'));
  for (const fixture of VALID) {
    const file = await materialize(fixture, tempDir);
    const result = await validateFile(fixture, file, await bytesOf(fixture, file));
    if (result.dataset) datasets.set(fixture.name, result.dataset);
  }
});

afterAll(() => rm(tempDir, { recursive: true, force: true }));

describe.each(VALID.map((f) => [f.name] as const))('the alliance analysis of %s', (name) => {
  it('runs, gives plain data, and a report with no control character from the data', () => {
    const dataset = datasets.get(name);
    expect(dataset, 'the fixture validates').toBeDefined();
    const graph = buildGraph(dataset!);
    const analysis = analyzeAlliances(graph);
    expect(JSON.parse(JSON.stringify(analysis))).toEqual(analysis);
    expect(analysis.relationsAnalysed).toBeLessThanOrEqual(dataset!.relations.length);
    const report = allianceReport(graph, analysis);
    expect(report).toMatch(/^Alliances in “/);
    expect([...report].filter((c) => isControl(c.codePointAt(0)!))).toEqual([]);
  });
});
