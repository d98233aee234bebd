/**
 * Every valid hostile fixture through every exporter. The XML formats (GraphML, GEXF 1.2 and 1.3
 * mixed, SVG) must be well-formed for a strict parser and carry nothing that runs or fetches; the CSV
 * must read back with one row per quote, no cell a spreadsheet would run, and every quote intact; the
 * JSON must validate again and give back the same dataset. One Python process reads all the files.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeCsv, writeGexf, writeGraphml, writeJson, CSV_COLUMNS } from '../../src/export/index.ts';
import { toSVG } from '../../src/export/svg.ts';
import { buildGraph, toDataset } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { validateDataset, type ValidationResult } from '../../src/validate/index.ts';
import { FIXTURES } from './fixture-manifest.ts';
import {
  bytesOf,
  materialize,
  readMany,
  validateFile,
  type CsvReport,
  type XmlReport,
} from '../fixtures/hostile/harness.ts';

const VALID = FIXTURES.filter((f) => f.outcome === 'valid' && f.inProcess !== false && !f.limits);
const XML_FORMATS = ['graphml', 'gexf', 'gexf13', 'svg'] as const;
const FORMULA = /^[=+\-@\t\r]/;
/** A plain number (a negative weight or score): a spreadsheet reads it as the number it is. */
const NUMBER = /^-?\d+(\.\d+)?$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

interface Exported {
  readonly result: ValidationResult;
  readonly dataset: Dataset;
  readonly xml: Record<(typeof XML_FORMATS)[number], string>;
  readonly csv: string;
  readonly json: string;
}

let tempDir: string;
const exported = new Map<string, Exported>();
let xmlReports: Record<string, XmlReport>;
let csvReports: Record<string, CsvReport>;

beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-hostile-export-'));
  for (const [n, fixture] of VALID.entries()) {
    const file = await materialize(fixture, tempDir);
    const result = await validateFile(fixture, file, await bytesOf(fixture, file));
    const dataset = result.dataset;
    // Its own test in hostile-validator fails; here the exports of the others still get checked.
    if (!dataset) continue;
    const graph = buildGraph(dataset);
    const positions = new Map(
      dataset.actors.map((a, i) => [a.id, { x: (i % 5) * 160, y: Math.floor(i / 5) * 120 }]),
    );
    const documents = {
      graphml: writeGraphml(graph, { positions }),
      gexf: writeGexf(graph, { positions }),
      gexf13: writeGexf(graph, { positions, version: '1.3', mixed: true }),
      svg: toSVG(graph, { positions }),
    };
    const xml = {} as Exported['xml'];
    for (const format of XML_FORMATS) {
      xml[format] = path.join(tempDir, `${n}.${format}.xml`);
      await writeFile(xml[format], documents[format]);
    }
    const csv = path.join(tempDir, `${n}.csv`);
    await writeFile(csv, writeCsv(graph));
    const json = writeJson(graph, { embedSources: true, sourceTexts: result.sources });
    exported.set(fixture.name, { result, dataset, xml, csv, json });
  }
  const all = [...exported.values()];
  xmlReports = await readMany<XmlReport>(
    'xml',
    all.flatMap((e) => Object.values(e.xml)),
  );
  csvReports = await readMany<CsvReport>(
    'csv',
    all.map((e) => e.csv),
  );
}, 120_000);
afterAll(() => rm(tempDir, { recursive: true, force: true }));

/** The dataset as the exporter embeds it: each source `file` replaced by its `text`. */
function embedded(dataset: Dataset, texts: ReadonlyMap<string, string>): Omit<Dataset, '$schema'> {
  const { $schema: _, ...rest } = dataset;
  return {
    ...rest,
    sources: dataset.sources.map(({ file, ...source }) =>
      file === undefined ? source : { ...source, text: texts.get(source.id)! },
    ),
  };
}

/** The exports of a fixture, failing clearly when the fixture did not even validate. */
function exportsOf(name: string): Exported {
  const found = exported.get(name);
  if (!found) throw new Error(`${name} did not validate, so nothing was exported (see hostile-validator)`);
  return found;
}

describe.each(VALID.map((f) => [f.name, f] as const))('exports of %s', (name) => {
  it.each(XML_FORMATS)(
    '%s is well-formed XML with no script, handler, link, DOCTYPE or processing instruction',
    (format) => {
      const file = exportsOf(name).xml[format];
      const report = xmlReports[file]!;
      expect(report.error).toBeUndefined();
      expect(report.root).toBe({ graphml: 'graphml', gexf: 'gexf', gexf13: 'gexf', svg: 'svg' }[format]);
      expect([report.doctype, report.processing, report.active, report.handlers, report.links]).toEqual([
        false,
        [],
        [],
        [],
        [],
      ]);
    },
  );

  it('CSV reads back with one row per quote, every quote intact, and no cell a spreadsheet would run', () => {
    const { csv, dataset } = exportsOf(name);
    const report = csvReports[csv]!;
    expect(report.error).toBeUndefined();
    const [header, ...rows] = report.rows!;
    expect(header).toEqual([...CSV_COLUMNS]);
    // UTF-8 cannot hold an unpaired surrogate: the file has U+FFFD there, as every UTF-8 writer does.
    const quotes = dataset.relations.flatMap((r) =>
      r.evidence.length > 0 ? r.evidence.map((e) => e.quote.replace(LONE_SURROGATE, '\uFFFD')) : [''],
    );
    expect(rows.map((row) => row[CSV_COLUMNS.indexOf('quote')])).toEqual(
      quotes.map((q) => (FORMULA.test(q) ? `'${q}` : q)),
    );
    const formulas = rows.flat().filter((cell) => FORMULA.test(cell) && !NUMBER.test(cell));
    expect(formulas).toEqual([]);
  });

  it('JSON validates again and gives back the same dataset', async () => {
    const { json, dataset, result } = exportsOf(name);
    const again = await validateDataset(json, { file: 'export.json' });
    expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { $schema: _, ...back } = toDataset(buildGraph(again.dataset!));
    expect(back).toEqual(embedded(dataset, result.sources));
  });
});
