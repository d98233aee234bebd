/** Opening a file for editing, checking an edit, inlining sources, and keeping unsaved work. */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  checkEdit,
  datasetJson,
  openDataset,
  readWorkRecord,
  toWorkRecord,
  updateRelation,
  withInlineSources,
} from '../../src/edit/index.ts';
import { validateDataset } from '../../src/validate/index.ts';
import {
  DRAFT_PATH,
  SEED_PATH,
  SEED_TEXT_PATH,
  astralDataset,
  readDraft,
  readSeed,
} from './edit-fixtures.ts';

const bytes = (path: string): Uint8Array => new Uint8Array(readFileSync(path));
const seedText = readFileSync(SEED_TEXT_PATH, 'utf8');

describe('openDataset', () => {
  it('opens a draft with its inline source', async () => {
    const outcome = await openDataset({ name: 'seed-draft.json', bytes: bytes(DRAFT_PATH) });
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(outcome.dataset).toEqual(readDraft());
    expect(outcome.texts.get(readDraft().sources[0]!.id)).toBe(readDraft().sources[0]!.text);
  });

  it('asks for the text file of a dataset whose source is a file, and opens it once given', async () => {
    const asked = await openDataset({ name: 'putins-delicate-dance.json', bytes: bytes(SEED_PATH) });
    expect(asked).toEqual({ status: 'needs-sources', files: ['sources/putins-delicate-dance.txt'] });
    const companions = new Map([['putins-delicate-dance.txt', bytes(SEED_TEXT_PATH)]]);
    const opened = await openDataset({
      name: 'putins-delicate-dance.json',
      bytes: bytes(SEED_PATH),
      companions,
    });
    expect(opened.status).toBe('opened');
    if (opened.status !== 'opened') return;
    expect(opened.problems).toEqual([]);
    expect(opened.texts.get('putins-delicate-dance')).toBe(seedText);
  });

  it('reads source files through a resolver (a dataset opened by URL)', async () => {
    const opened = await openDataset({
      name: 'http://example.org/graph-data/putins-delicate-dance.json',
      bytes: bytes(SEED_PATH),
      resolveSource: async (file) => {
        expect(file).toBe('sources/putins-delicate-dance.txt');
        return seedText;
      },
    });
    expect(opened.status).toBe('opened');
  });

  it('refuses a text file that is not UTF-8, naming the source', async () => {
    const companions = new Map([['putins-delicate-dance.txt', Uint8Array.from([0x41, 0xe9, 0x42])]]);
    const outcome = await openDataset({ name: 'd.json', bytes: bytes(SEED_PATH), companions });
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.problems[0]).toMatchObject({
      code: 'invalid-encoding',
      file: 'd.json',
      path: '$.sources[0].file',
    });
  });

  it('refuses what is not a dataset, with the problem’s file, line and code', async () => {
    const outcome = await openDataset({ name: 'notes.json', bytes: '{\n  "formatVersion": 1,\n  oops\n}' });
    expect(outcome.status).toBe('failed');
    if (outcome.status !== 'failed') return;
    expect(outcome.problems[0]).toMatchObject({ code: 'json-syntax', file: 'notes.json', line: 3 });
    const schema = await openDataset({ name: 'list.json', bytes: '[]' });
    expect(schema.status).toBe('failed');
  });

  it('opens a dataset whose only errors are wrong quotes, so they can be fixed, with the errors', async () => {
    const data = astralDataset();
    data.relations[1]!.evidence[0]!.quote = 'Gamma struck Delta.';
    const outcome = await openDataset({ name: 'a.json', bytes: datasetJson(data) });
    expect(outcome.status).toBe('opened');
    if (outcome.status !== 'opened') return;
    expect(outcome.problems.filter((p) => p.severity === 'error').map((p) => [p.code, p.path])).toEqual([
      ['quote-not-found', '$.relations[1].evidence[0].quote'],
    ]);
    expect(outcome.dataset.relations[1]!.evidence[0]!.quote).toBe('Gamma struck Delta.');
  });
});

describe('checkEdit and withInlineSources', () => {
  it('validates an edited file-source dataset against the texts it was opened with', async () => {
    const seed = readSeed();
    const texts = new Map([['putins-delicate-dance', seedText]]);
    expect(await checkEdit(seed, texts, 'seed.json')).toEqual([]);
    const edited = updateRelation(seed, seed.relations[0]!.id, { date: '2024-13' });
    const problems = await checkEdit(edited, texts, 'seed.json');
    expect(problems.map((p) => [p.code, p.path, p.file])).toEqual([
      ['schema', '$.relations[0].date', 'seed.json'],
    ]);
    // Lines count in the text the editor saves.
    const line =
      datasetJson(edited)
        .split('\n')
        .findIndex((l) => l.includes('"2024-13"')) + 1;
    expect(problems[0]!.line).toBe(line);
  });

  it('inlines file sources into one self-contained file that validates with no resolver', async () => {
    const seed = readSeed();
    const single = withInlineSources(seed, new Map([['putins-delicate-dance', seedText]]));
    expect(single.sources[0]!.file).toBeUndefined();
    expect(single.sources[0]!.text).toBe(seedText);
    expect(seed.sources[0]!.file).toBe('sources/putins-delicate-dance.txt');
    const result = await validateDataset(datasetJson(single), { file: 'single.json' });
    expect(result.problems).toEqual([]);
  });
});

describe('work records', () => {
  it('round-trips the dataset, the file texts and how it stands', () => {
    const seed = readSeed();
    const state = {
      name: 'putins-delicate-dance.json',
      dataset: seed,
      texts: new Map([['putins-delicate-dance', seedText]]),
      unsaved: 3,
    };
    const now = new Date('2026-01-02T03:04:05Z');
    const record = toWorkRecord(state, now);
    expect(record.files).toEqual({ 'sources/putins-delicate-dance.txt': seedText });
    const back = readWorkRecord(JSON.stringify(record));
    expect(back).toEqual(record);
    expect(back?.updated).toBe('2026-01-02T03:04:05.000Z');
    expect(toWorkRecord({ ...state, saved: now }, now).saved).toBe(now.toISOString());
  });

  it('ignores anything else found in storage', () => {
    const record = toWorkRecord(
      { name: 'a', dataset: readDraft(), texts: new Map(), unsaved: 0 },
      new Date(),
    );
    expect(readWorkRecord(null)).toBeUndefined();
    expect(readWorkRecord('not json')).toBeUndefined();
    expect(readWorkRecord('[]')).toBeUndefined();
    expect(readWorkRecord(JSON.stringify({ ...record, version: 2 }))).toBeUndefined();
    expect(readWorkRecord(JSON.stringify({ ...record, files: { a: 1 } }))).toBeUndefined();
    expect(readWorkRecord(JSON.stringify({ ...record, dataset: 'x' }))).toBeUndefined();
  });
});
