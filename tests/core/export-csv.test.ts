/**
 * CSV, read back by Python's csv module: one row per quote, RFC 4180 quoting that keeps commas,
 * quotes and newlines, formula cells neutralised, the byte order mark, filtered exports.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { CSV_COLUMNS, EXPORT_ERROR_CODES, writeCsv, type CsvOptions } from '../../src/export/index.ts';
import { smallDataset } from './small-dataset.ts';
import { readBack, tempFiles, type TempFiles } from './readers/read-back.ts';

interface ReadCsv {
  bom: boolean;
  header: string[];
  widths: number[];
  rows: Record<string, string>[];
}

const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const QUOTE = 'Alpha signed, "at last",\r\na treaty\nwith Beta.';
let files: TempFiles;
let count = 0;
beforeAll(async () => {
  files = await tempFiles();
});
afterAll(() => files.remove());

async function exportAndRead(dataset: Dataset, options: Partial<CsvOptions> = {}): Promise<ReadCsv> {
  const path = await files.write(`export-${count++}.csv`, writeCsv(buildGraph(dataset), options));
  return readBack<ReadCsv>('read_csv.py', path);
}

/** Commas, quotes and line breaks in fields; cells a spreadsheet would run; a relation without quotes. */
function trickyDataset(): Dataset {
  const d = smallDataset();
  d.actors[1]!.name = '@Beta';
  d.actors[2]!.name = '-Gamma';
  d.relationTypes[2]!.label = '\tCall';
  d.relations[0] = {
    ...d.relations[0]!,
    summary: '=HYPERLINK("http://example.com","click")',
    attribution: '+1 said, "yes"',
    evidence: [{ source: 'src', quote: QUOTE, start: 0, end: 5 }],
  };
  d.relations.push({ ...d.relations[1]!, id: 'r4', summary: '\rstarts with CR', evidence: [] });
  return d;
}

describe('writeCsv on the seed', () => {
  it('has a header and one row per quote, in order, with every quote exact', async () => {
    const read = await exportAndRead(seed);
    const evidence = seed.relations.flatMap((r) => r.evidence.map((e) => ({ id: r.id, ...e })));
    expect(read.header).toEqual([...CSV_COLUMNS]);
    expect(read.widths).toEqual([CSV_COLUMNS.length]);
    expect(read.rows).toHaveLength(evidence.length);
    read.rows.forEach((row, i) => {
      const e = evidence[i]!;
      expect(row).toMatchObject({
        relation_id: e.id,
        source_id: e.source,
        quote: e.quote,
        start: `${e.start}`,
        end: `${e.end}`,
      });
      expect(row.source_title).toBe(seed.sources[0]!.title);
    });
  });

  it("gives each row the claim's attribution, and the quote's own where the words are someone's", async () => {
    const read = await exportAndRead(seed);
    const rows = seed.relations.flatMap((r) => r.evidence.map((e) => ({ relation: r, evidence: e })));
    read.rows.forEach((row, i) => {
      const { relation, evidence } = rows[i]!;
      expect(row.attribution).toBe(relation.attribution ?? '');
      expect(row.quote_attribution).toBe(evidence.attribution ?? '');
    });
    const treaty = read.rows.filter((row) => row.relation_id === 'rus-irn-treaty');
    // The last two quotes are the article's own words: credited to no one.
    expect(treaty.map((row) => row.quote_attribution)).toEqual([
      'RIA (Russian state news agency)',
      'Vladimir Putin',
      '',
      '',
    ]);
  });

  it('uses CRLF line ends and starts with a byte order mark', async () => {
    const text = writeCsv(buildGraph(seed));
    expect(text.startsWith('\uFEFFrelation_id,')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    // The seed has no line breaks inside fields, so every LF ends a record.
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect((await exportAndRead(seed)).bom).toBe(true);
    expect((await exportAndRead(seed, { bom: false })).bom).toBe(false);
  });

  it('exports only the chosen relations', async () => {
    const chosen = [seed.relations[2]!, seed.relations[7]!];
    const read = await exportAndRead(seed, { relationIds: chosen.map((r) => r.id) });
    expect(new Set(read.rows.map((r) => r.relation_id))).toEqual(new Set(chosen.map((r) => r.id)));
    expect(read.rows).toHaveLength(chosen[0]!.evidence.length + chosen[1]!.evidence.length);
  });

  it('rejects a relation id the graph does not have', () => {
    expect(() => writeCsv(buildGraph(seed), { relationIds: [seed.relations[0]!.id, 'gone'] })).toThrow(
      expect.objectContaining({ code: EXPORT_ERROR_CODES.unknownRelation, path: 'options.relationIds[1]' }),
    );
  });
});

describe('writeCsv on tricky text', () => {
  let rows: Record<string, string>[];
  beforeAll(async () => {
    rows = (await exportAndRead(trickyDataset())).rows;
  });

  it('keeps commas, quotes and both kinds of line break inside a field', () => {
    expect(rows.find((r) => r.relation_id === 'r1')!.quote).toBe(QUOTE);
  });

  it('neutralises cells that start with = + - @ TAB or CR', () => {
    const r1 = rows.find((r) => r.relation_id === 'r1')!;
    expect(r1.summary).toBe(`'=HYPERLINK("http://example.com","click")`);
    expect(r1.attribution).toBe(`'+1 said, "yes"`);
    expect(r1.to).toBe(`'@Beta`);
    expect(rows.find((r) => r.relation_id === 'r2')!.from).toBe(`'-Gamma`);
    expect(rows.find((r) => r.relation_id === 'r3')!.type_label).toBe(`'\tCall`);
    expect(rows.find((r) => r.relation_id === 'r4')!.summary).toBe(`'\rstarts with CR`);
  });

  it('gives a relation without evidence one row with empty evidence cells', () => {
    const r4 = rows.filter((r) => r.relation_id === 'r4');
    expect(r4).toHaveLength(1);
    expect(r4[0]).toMatchObject({
      source_id: '',
      source_title: '',
      quote: '',
      start: '',
      end: '',
      directed: 'true',
    });
  });

  it('writes the representatives and leaves absent fields empty', () => {
    const r3 = rows.filter((r) => r.relation_id === 'r3');
    expect(r3.map((r) => r.to_representative)).toEqual(['Al Pha (President)', 'Al Pha (President)']);
    expect(r3.map((r) => r.from_representative)).toEqual(['', '']);
  });

  it('writes the text unchanged when asked not to neutralise', async () => {
    const raw = (await exportAndRead(trickyDataset(), { escapeFormulas: false })).rows;
    expect(raw.find((r) => r.relation_id === 'r1')!.summary).toBe('=HYPERLINK("http://example.com","click")');
  });
});
