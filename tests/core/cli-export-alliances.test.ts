/**
 * `actor-graph export --view-mode alliances`, and the alliance view's fields in view snapshots: run
 * in process (tests/core/cli-harness.ts) in a temporary folder with a copy of the seed. The pictures
 * are read back by Python's expat and a zlib-only PNG decoder, never by our code.
 */
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serializeViewSnapshot, type ViewSnapshot } from '../../src/view/snapshot.ts';
import { parseViewSnapshot } from '../../src/view/read-snapshot.ts';
import { viewFromFragment, viewToFragment } from '../../src/view/fragment.ts';
import { ROOT, cli as runCli, type CliOptions } from './cli-harness.ts';
import { byClass, readPng, readSvg } from './readers/read-svg.ts';

const SEED = 'putins-delicate-dance.json';
const TEST_TIMEOUT = 60_000;
let dir: string;
const at = (name: string): string => path.join(dir, name);
const cli = (args: readonly string[], options: CliOptions = {}) => runCli(args, { cwd: dir, ...options });
const plain = (lines: readonly (readonly string[])[]) =>
  lines.flat().map((l) => l.replace(/[\u2066-\u2069]/g, ''));

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'ag-alliance-export-'));
  await cp(path.join(ROOT, 'graph-data', SEED), at(SEED));
  await cp(path.join(ROOT, 'graph-data', 'sources'), at('sources'), { recursive: true });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

const base: ViewSnapshot = {
  kind: 'actor-graph-view',
  formatVersion: 1,
  positions: new Map(),
  filter: { hiddenTypes: new Set(), hiddenStatuses: new Set() },
  selection: null,
};

describe('view snapshots with the alliance view', () => {
  it('keep the bytes of a relations view, and round-trip the mode and a pair through #view=', async () => {
    expect(serializeViewSnapshot(base)).not.toContain('viewMode');
    const alliances: ViewSnapshot = {
      ...base,
      viewMode: 'alliances',
      allianceSelection: { kind: 'pair', actors: ['RUS', 'ISR'] },
    };
    const back = (await viewFromFragment(`#${viewToFragment(alliances)}`))!;
    expect(back.problems).toEqual([]);
    expect(back.snapshot?.viewMode).toBe('alliances');
    expect(back.snapshot?.allianceSelection).toEqual({ kind: 'pair', actors: ['RUS', 'ISR'] });
  });

  it('name the field and the shape expected for a bad mode or selection', async () => {
    const text = JSON.stringify({
      kind: 'actor-graph-view',
      formatVersion: 1,
      viewMode: 'camps',
      allianceSelection: { kind: 'pair', actors: ['RUS', 'RUS'] },
    });
    const { snapshot, problems } = await parseViewSnapshot(text, 'v.json');
    expect(snapshot).toBeUndefined();
    expect(problems.map((p) => [p.path, p.message])).toEqual([
      ['$.viewMode', 'Expected one of: relations, alliances.'],
      ['$.allianceSelection', expect.stringContaining('"kind": "pair", "actors": [2 ids]')],
    ]);
  });
});

describe('export --view-mode alliances', () => {
  it(
    'writes the alliance picture as SVG: a line per pair, both camps, the legend',
    async () => {
      const run = await cli(['export', SEED, '--view-mode', 'alliances', '--out', 'camps.svg']);
      expect(run.code, run.stderr).toBe(0);
      const read = readSvg(await readFile(at('camps.svg'), 'utf8'));
      expect(byClass(read.root, 'pair')).toHaveLength(12);
      expect(plain(read.texts)).toEqual(expect.arrayContaining(['Camp A', 'Camp B', 'Net score of a pair']));
    },
    TEST_TIMEOUT,
  );

  it(
    'takes the mode and the selected pair from a view file, and as PNG',
    async () => {
      const view: ViewSnapshot = {
        ...base,
        dataset: 'putins-delicate-dance',
        viewMode: 'alliances',
        allianceSelection: { kind: 'pair', actors: ['RUS', 'ISR'] },
      };
      await writeFile(at('view.json'), serializeViewSnapshot(view));
      const svg = await cli(['export', SEED, '--view', 'view.json', '--out', 'view.svg']);
      expect(svg.code, svg.stderr).toBe(0);
      const text = await readFile(at('view.svg'), 'utf8');
      expect(text).toContain('stroke-opacity="0.6"');
      const png = await cli(['export', SEED, '--view', 'view.json', '--out', 'view.png', '--theme', 'dark']);
      expect(png.code, png.stderr).toBe(0);
      const read = readPng(await readFile(at('view.png')));
      expect(read.width).toBeGreaterThan(600);
    },
    TEST_TIMEOUT,
  );

  it('refuses an unknown mode, and the mode for a data format', async () => {
    const bad = await cli(['export', SEED, '--view-mode', 'camps', '--out', 'x.svg']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--view-mode/);
    const csv = await cli(['export', SEED, '--view-mode', 'alliances', '--out', 'x.csv']);
    expect(csv.code).toBe(2);
    expect(csv.stderr).toMatch(/--view-mode applies to png and svg only/);
  });
});
