/**
 * Our own format: the export validates with the project's validator (schema, references, quotes
 * against their sources), round-trips through the model, and filters and embeds as asked.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGraph, toDataset } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset, type ValidationResult } from '../../src/validate/index.ts';
import { EXPORT_ERROR_CODES, writeJson } from '../../src/export/index.ts';

const DIR = 'graph-data';
const seedText = await readFile(join(DIR, 'putins-delicate-dance.json'), 'utf8');
const seed = JSON.parse(seedText) as Dataset;
const graph = buildGraph(seed);

// Sources resolve next to the dataset, as the CLI resolves them.
const fromDisk = (file: string): Promise<Uint8Array> => readFile(join(DIR, file));
const noFiles = (file: string): Promise<Uint8Array> => Promise.reject(new Error(`no file access: ${file}`));

async function validate(text: string, resolveSource = fromDisk): Promise<ValidationResult> {
  return validateDataset(text, { file: 'export.json', resolveSource });
}
const errors = (result: ValidationResult) => result.problems.filter((p) => p.severity === 'error');

describe('writeJson, the whole dataset', () => {
  const text = writeJson(graph);

  it('validates, quotes checked against the source text', async () => {
    const result = await validate(text);
    expect(errors(result)).toEqual([]);
    expect(result.dataset).toBeDefined();
  });

  it('round-trips through the model to the same dataset', () => {
    expect(toDataset(buildGraph(JSON.parse(text) as Dataset))).toEqual(toDataset(graph));
    expect(JSON.parse(text)).toEqual(seed);
  });

  it('is indented with two spaces, ends with a newline and points to the schema', () => {
    expect(text).toBe(`${JSON.stringify(JSON.parse(text), null, 2)}\n`);
    expect(text.startsWith('{\n  "$schema": "./schema.json",\n  "formatVersion": 1,')).toBe(true);
    const url = 'https://actor-graph.dev/schema/v1.json';
    expect(JSON.parse(writeJson(graph, { schemaUrl: url })).$schema).toBe(url);
  });
});

describe('writeJson, filtered', () => {
  const chosen = [seed.relations[4]!.id, seed.relations[1]!.id];
  const text = writeJson(graph, { relationIds: chosen });

  it('keeps only the chosen relations, in dataset order, and every actor, type and source', () => {
    const exported = JSON.parse(text) as Dataset;
    expect(exported.relations.map((r) => r.id)).toEqual([seed.relations[1]!.id, seed.relations[4]!.id]);
    expect(exported.relations[0]).toEqual(seed.relations[1]);
    expect(exported.actors).toEqual(seed.actors);
    expect(exported.relationTypes).toEqual(seed.relationTypes);
    expect(exported.sources).toEqual(seed.sources);
  });

  it('still validates (unused types and lone actors are warnings at most)', async () => {
    const result = await validate(text);
    expect(errors(result)).toEqual([]);
    expect(result.dataset?.relations).toHaveLength(2);
  });

  it('rejects a relation id the graph does not have', () => {
    expect(() => writeJson(graph, { relationIds: ['missing'] })).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.unknownRelation }),
    );
  });
});

describe('writeJson with embedded sources', () => {
  it('inlines every source text in place of its file, and validates without any file', async () => {
    const { sources } = await validate(seedText);
    const text = writeJson(graph, { embedSources: true, sourceTexts: sources });
    const exported = JSON.parse(text) as Dataset;
    const source = exported.sources[0]!;
    expect(Object.keys(source)).toEqual(
      Object.keys(seed.sources[0]!).map((k) => (k === 'file' ? 'text' : k)),
    );
    expect(source.text).toBe(await readFile(join(DIR, seed.sources[0]!.file!), 'utf8'));
    const result = await validate(text, noFiles);
    expect(errors(result)).toEqual([]);
  });

  it('says which source it has no text for', () => {
    expect(() => writeJson(graph, { embedSources: true, sourceTexts: new Map() })).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.missingSourceText, path: '$.sources[0]' }),
    );
  });

  it('leaves the sources alone by default', () => {
    expect((JSON.parse(writeJson(graph)) as Dataset).sources).toEqual(seed.sources);
  });
});
