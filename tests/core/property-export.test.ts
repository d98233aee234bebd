/**
 * Property-based tests of the exporters over arbitrary valid datasets: ids that are legal but
 * awkward (constructor, node, 0, a.b-c_d), any Unicode in every text field (lone surrogates, C0 and
 * C1 controls, bidi overrides, `<script>`, `]]>`, formula starts), quotes cut at arbitrary code-point
 * offsets from a generated source text. Every dataset validates; its GraphML, GEXF and SVG are
 * well-formed XML with nothing that runs or fetches (one Python process reads them all); its CSV
 * reads back with one row per quote and no cell a spreadsheet would run; its JSON export validates
 * again and gives back the same dataset.
 */
import fc from 'fast-check';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CSV_COLUMNS, writeCsv, writeGexf, writeGraphml, writeJson } from '../../src/export/index.ts';
import { toSVG } from '../../src/export/svg.ts';
import { buildGraph, toDataset } from '../../src/graph/actor-graph.ts';
import type { Actor, Dataset, Evidence, Relation, RelationType } from '../../src/model/dataset.ts';
import { isReservedId, validateDataset } from '../../src/validate/index.ts';
import { sliceCodePoints } from '../fixtures/hostile/build.ts';
import { HOSTILE_PIECES, readMany, type CsvReport, type XmlReport } from '../fixtures/hostile/harness.ts';

const SEED = { seed: 20250620 };
const FORMULA = /^[=+\-@\t\r]/;
/** A plain number (a negative weight or score): a spreadsheet reads it as the number it is. */
const NUMBER = /^-?\d+(\.\d+)?$/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const codePoints = (s: string): number => Array.from(s).length;

const piece = fc.oneof(
  { weight: 3, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 5 }) },
  { weight: 3, arbitrary: fc.constantFrom(...HOSTILE_PIECES.filter((p) => p.length < 50)) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      '=',
      '+',
      '-',
      '@',
      '\t',
      '\r',
      ' ',
      '\n',
      '\u0085',
      '\u009b',
      '\uD83D',
      '\uDE00',
    ),
  },
);
const text = (maxParts: number): fc.Arbitrary<string> =>
  fc.array(piece, { minLength: 1, maxLength: maxParts }).map((parts) => parts.join(''));
const label = text(4).filter((s) => codePoints(s) <= 200);
const optional = <T>(key: string, arbitrary: fc.Arbitrary<T>) =>
  fc.option(arbitrary, { nil: undefined }).map((value) => (value === undefined ? {} : { [key]: value }));
const id = fc.oneof(
  fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,8}$/).filter((s) => !isReservedId(s)),
  // Object.prototype's names are refused as ids (reserved-id); their near relatives are not.
  fc.constantFrom(
    'Constructor',
    'tostring',
    'prototype',
    'valueOf-1',
    'node',
    'edge',
    'core',
    '0',
    'NaN',
    'a.b-c_d',
  ),
);

/** A dataset that must validate: consistent ids, quotes that are exactly their source's code points. */
const datasetArbitrary: fc.Arbitrary<Dataset> = fc
  .record({
    // A source text of only whitespace is refused on purpose (nothing could quote it).
    sourceText: text(12).filter((t) => /\S/.test(t)),
    ids: fc.uniqueArray(id, { minLength: 2, maxLength: 14 }),
    typeIds: fc.uniqueArray(id, { minLength: 1, maxLength: 3 }),
    actorCount: fc.integer({ min: 1, max: 6 }),
  })
  .chain(({ sourceText, ids, typeIds, actorCount }) => {
    const actorIds = ids.slice(0, Math.min(actorCount, ids.length - 1));
    const relationIds = ids.slice(actorIds.length);
    const length = codePoints(sourceText);
    const evidence: fc.Arbitrary<Evidence> = fc
      .tuple(fc.nat({ max: length - 1 }), fc.integer({ min: 1, max: length }))
      .map(([start, span]) => {
        const end = Math.min(length, start + span);
        return { source: 'src', quote: sliceCodePoints(sourceText, start, end), start, end };
      });
    const actor = (actorId: string): fc.Arbitrary<Actor> =>
      fc
        .tuple(
          label,
          fc.constantFrom('state', 'bloc', 'organization', 'group', 'person' as const),
          optional('aliases', fc.array(label, { maxLength: 2 })),
          optional('description', text(6)),
          optional('representatives', fc.constant([{ id: 'rep', name: 'Rep' }])),
        )
        .map(([name, kind, ...extras]) => Object.assign({ id: actorId, name, kind }, ...extras) as Actor);
    const relation = (relationId: string): fc.Arbitrary<Relation> =>
      fc
        .tuple(
          fc.constantFrom(...typeIds),
          fc.constantFrom(...actorIds),
          fc.constantFrom(...actorIds),
          fc.boolean(),
          fc.constantFrom('reported', 'alleged', 'analysis' as const),
          label,
          fc.array(evidence, { maxLength: 3 }),
          optional('attribution', label),
          optional('date', fc.constantFrom('2025', '2025-06', '2025-06-20')),
        )
        .map(
          ([type, from, to, directed, status, summary, items, ...extras]) =>
            Object.assign(
              { id: relationId, type, from, to, directed, status, summary, evidence: items },
              ...extras,
            ) as Relation,
        );
    const type = (typeId: string): fc.Arbitrary<RelationType> =>
      fc
        .tuple(
          label,
          fc.constantFrom('cooperative', 'conflictual', 'neutral' as const),
          optional('description', text(4)),
        )
        .map(([typeLabel, polarity, extra]) => ({ id: typeId, label: typeLabel, polarity, ...extra }));
    return fc
      .tuple(
        label,
        optional('description', text(6)),
        label,
        optional('url', fc.oneof(fc.webUrl(), fc.constantFrom('javascript:alert(1)', ' data:text/html,x'))),
        fc.tuple(...typeIds.map(type)),
        fc.tuple(...actorIds.map(actor)),
        fc.tuple(...relationIds.map(relation)),
      )
      .map(([title, description, sourceTitle, url, relationTypes, actors, relations]) => ({
        formatVersion: 1 as const,
        id: 'generated',
        title,
        ...description,
        sources: [{ id: 'src', title: sourceTitle, text: sourceText, ...url }],
        relationTypes,
        actors,
        relations,
      }));
  });

interface Written {
  readonly dataset: Dataset;
  readonly xml: readonly string[];
  readonly csv: string;
}

let tempDir: string;
beforeAll(async () => {
  tempDir = await mkdtemp(path.join(tmpdir(), 'actor-graph-property-export-'));
});
afterAll(() => rm(tempDir, { recursive: true, force: true }));

describe('exports of arbitrary valid datasets', () => {
  const written: Written[] = [];

  it('validate, and JSON export then import gives back the same dataset', async () => {
    await fc.assert(
      fc.asyncProperty(datasetArbitrary, async (dataset) => {
        const result = await validateDataset(JSON.stringify(dataset), { file: 'generated.json' });
        expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
        expect(result.dataset).toEqual(dataset);
        const graph = buildGraph(result.dataset!);
        const again = await validateDataset(writeJson(graph), { file: 'export.json' });
        expect(again.problems.filter((p) => p.severity === 'error')).toEqual([]);
        const { $schema: _, ...back } = toDataset(buildGraph(again.dataset!));
        expect(back).toEqual(dataset);

        const n = written.length;
        const positions = new Map(
          dataset.actors.map((a, i) => [a.id, { x: (i % 3) * 170, y: Math.floor(i / 3) * 130 }]),
        );
        const documents = [
          writeGraphml(graph, { positions }),
          writeGexf(graph, { positions }),
          writeGexf(graph, { positions, version: '1.3', mixed: true }),
          toSVG(graph, { positions, selection: { kind: 'actor', id: dataset.actors[0]!.id } }),
        ];
        for (const document of documents) expect(document).not.toMatch(/<script/i);
        const xml = await Promise.all(
          documents.map(async (document, i) => {
            const file = path.join(tempDir, `${n}-${i}.xml`);
            await writeFile(file, document);
            return file;
          }),
        );
        const csv = path.join(tempDir, `${n}.csv`);
        await writeFile(csv, writeCsv(graph));
        await writeFile(path.join(tempDir, `${n}.json`), JSON.stringify(dataset));
        written.push({ dataset, xml, csv });
      }),
      { ...SEED, numRuns: 150 },
    );
  }, 120_000);

  it('GraphML, GEXF and SVG are well-formed XML with no script, handler, link, DOCTYPE or processing instruction', async () => {
    const reports = await readMany<XmlReport>(
      'xml',
      written.flatMap((w) => w.xml),
    );
    const bad = Object.entries(reports).filter(
      ([, r]) =>
        r.error ||
        r.doctype ||
        r.processing?.length ||
        r.active?.length ||
        r.handlers?.length ||
        r.links?.length,
    );
    // The dataset behind a failing file is beside it: <n>.json for <n>-<format>.xml.
    expect(bad.slice(0, 3)).toEqual([]);
    expect(Object.keys(reports)).toHaveLength(written.length * 4);
  }, 60_000);

  it('CSV reads back with one row per quote, every quote intact, and no cell a spreadsheet would run', async () => {
    const reports = await readMany<CsvReport>(
      'csv',
      written.map((w) => w.csv),
    );
    for (const { dataset, csv } of written) {
      const report = reports[csv]!;
      expect(report.error, csv).toBeUndefined();
      const [header, ...rows] = report.rows!;
      expect(header).toEqual([...CSV_COLUMNS]);
      const quotes = dataset.relations.flatMap((r) =>
        r.evidence.length > 0 ? r.evidence.map((e) => e.quote) : [''],
      );
      // UTF-8 cannot hold an unpaired surrogate: the file has U+FFFD there, as every UTF-8 writer does.
      const expected = quotes
        .map((q) => q.replace(LONE_SURROGATE, '\uFFFD'))
        .map((q) => (FORMULA.test(q) ? `'${q}` : q));
      expect(
        rows.map((row) => row[CSV_COLUMNS.indexOf('quote')]),
        csv,
      ).toEqual(expected);
      expect(
        rows.flat().filter((cell) => FORMULA.test(cell) && !NUMBER.test(cell)),
        csv,
      ).toEqual([]);
    }
  }, 60_000);
});
