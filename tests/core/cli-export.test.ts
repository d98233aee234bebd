/**
 * `actor-graph export`, run in process through `run(args, io)` (tests/core/cli-harness.ts) in a
 * temporary folder holding a copy of the seed dataset; a few runs go through the real process
 * (`node bin/actor-graph.js`, the built bundle) for what only it shows: bytes on a real pipe, and the
 * export code loading in the bundle. Every file it writes is read back by an independent reader
 * (networkx, Python's csv and expat, a zlib-only PNG decoder), never by our code.
 */
import {
  chmod,
  cp,
  mkdir,
  mkdtemp,
  open,
  readdir,
  readFile,
  rm,
  stat,
  utimes,
  writeFile,
  type FileHandle,
} from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Dataset } from '../../src/model/dataset.ts';
import { DARK_THEME, LIGHT_THEME } from '../../src/style/theme.ts';
import { PROBLEM_LINE, ROOT, cli as runCli, spawnCli, type CliOptions, type CliRun } from './cli-harness.ts';
import { readBack } from './readers/read-back.ts';
import { byClass, PNG_SIGNATURE, readPng, readSvg } from './readers/read-svg.ts';

const SEED = 'putins-delicate-dance.json';
/** PNG rendering takes seconds on a busy 2-core machine; each test sets this as its own timeout. */
const TEST_TIMEOUT = 60_000;

/** The CLI in process, in the temporary folder unless told otherwise. */
function cli(args: readonly string[], options: CliOptions = {}): Promise<CliRun> {
  return runCli(args, { cwd: dir, ...options });
}

let dir: string;
let seed: Dataset;
const at = (name: string): string => path.join(dir, name);
const quoteCount = (relations: Dataset['relations']): number =>
  relations.reduce((sum, r) => sum + r.evidence.length, 0);

/** The PNG signature and the IHDR chunk's size (PNG spec 11.2.2: the first chunk, big-endian). */
async function header(name: string): Promise<{ signature: string; width: number; height: number }> {
  const bytes = await readFile(at(name));
  expect(bytes.toString('latin1', 12, 16)).toBe('IHDR');
  return {
    signature: bytes.subarray(0, 8).toString('hex'),
    width: bytes.readUInt32BE(16),
    height: bytes.readUInt32BE(20),
  };
}

/** Names in the folder that look like our temporary files (`.name.tmp-<pid>-<random>`). */
async function tempFilesIn(folder: string): Promise<string[]> {
  return (await readdir(folder)).filter((name) => /\.tmp-\d+-[0-9a-f]+$/.test(name));
}

/** A fresh folder with the seed dataset and its source text, as a user would have it. */
async function seedFolder(name: string): Promise<string> {
  const folder = at(name);
  await mkdir(folder);
  await cp(path.join(ROOT, 'graph-data', SEED), path.join(folder, SEED));
  await cp(path.join(ROOT, 'graph-data/sources'), path.join(folder, 'sources'), { recursive: true });
  return folder;
}

async function writeView(name: string, view: Record<string, unknown>): Promise<string> {
  const file = at(name);
  await writeFile(
    file,
    `${JSON.stringify({ kind: 'actor-graph-view', formatVersion: 1, ...view }, null, 2)}\n`,
  );
  return file;
}

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-cli-export-'));
  await cp(path.join(ROOT, 'graph-data', SEED), at(SEED));
  await cp(path.join(ROOT, 'graph-data/sources'), at('sources'), { recursive: true });
  seed = JSON.parse(await readFile(at(SEED), 'utf8')) as Dataset;
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('actor-graph export: every format for the seed graph', { timeout: TEST_TIMEOUT }, () => {
  const runs = new Map<string, CliRun>();

  beforeAll(async () => {
    const exports: [string, string[]][] = [
      ['json', ['--format', 'json', '--out', 'seed.json']],
      ['graphml', ['--format', 'graphml', '--out', 'seed.graphml']],
      ['gexf', ['--out', 'seed.gexf']],
      ['csv', ['--format', 'csv', '--out', 'seed.csv']],
      ['svg', ['--format', 'svg', '--out', 'seed.svg']],
      ['png', ['--format', 'png', '--out', 'seed.png']],
      ['png-scale', ['--out', 'seed-3.png', '--scale', '3']],
      ['png-width', ['--format', 'png', '--out', 'seed-500.png', '--width', '500']],
    ];
    const results = await Promise.all(exports.map(([, args]) => cli(['export', SEED, ...args])));
    exports.forEach(([name], i) => runs.set(name, results[i]!));
  }, TEST_TIMEOUT);

  it('exits 0 and says on stderr what it wrote, and nothing on stdout', () => {
    for (const [name, result] of runs) {
      expect(result.code, `${name}: ${result.stderr}`).toBe(0);
      expect(result.bytes.length).toBe(0);
      expect(result.stderr).toMatch(/^✓ wrote seed[-\d]*\.[a-z]+ \(.+, \d+ kB\)\n$/);
    }
    expect(runs.get('png')!.stderr).toMatch(/^✓ wrote seed\.png \(\d+ × \d+, \d+ kB\)\n$/);
  });

  it('json: passes `validate` and equals the dataset', async () => {
    const validate = await cli(['validate', 'seed.json']);
    expect(validate.code).toBe(0);
    expect(validate.stdout).toMatch(/^✓ seed\.json: 7 actors, 28 relations, 66 quotes verified\n$/);
    expect(JSON.parse(await readFile(at('seed.json'), 'utf8'))).toEqual(seed);
  });

  it('graphml: networkx reads every actor and relation, with positions', () => {
    const graph = readBack<{ node_count: number; edge_count: number; nodes: Record<string, { x?: number }> }>(
      'read_graph.py',
      'graphml',
      at('seed.graphml'),
    );
    expect(graph.node_count).toBe(seed.actors.length);
    expect(graph.edge_count).toBe(seed.relations.length);
    expect(Object.values(graph.nodes).every((node) => typeof node.x === 'number')).toBe(true);
  });

  it('gexf: networkx reads every actor and relation', () => {
    const graph = readBack<{ node_count: number; edge_count: number }>(
      'read_graph.py',
      'gexf',
      at('seed.gexf'),
    );
    expect(graph.node_count).toBe(seed.actors.length);
    expect(graph.edge_count).toBe(seed.relations.length);
  });

  it('csv: one row per quote', () => {
    const csv = readBack<{ rows: { relation_id: string; quote: string }[]; widths: number[] }>(
      'read_csv.py',
      at('seed.csv'),
    );
    expect(csv.rows).toHaveLength(quoteCount(seed.relations));
    expect(csv.widths).toHaveLength(1);
    expect(csv.rows.map((r) => r.quote)).toEqual(
      seed.relations.flatMap((r) => r.evidence.map((e) => e.quote)),
    );
  });

  it('svg: well-formed, with every actor’s name', async () => {
    const svg = readSvg(await readFile(at('seed.svg'), 'utf8'));
    expect(svg.root).toMatchObject({ ns: 'http://www.w3.org/2000/svg', tag: 'svg' });
    const words = svg.texts.map((lines) => lines.join(' ')).join('\n');
    for (const actor of seed.actors) expect(words).toContain(actor.name);
  });

  it('png: the signature, and the size --scale and --width ask for', async () => {
    const svg = readSvg(await readFile(at('seed.svg'), 'utf8'));
    // The SVG's declared size is one pixel per graph unit; a PNG at scale s is s times that.
    const width = Number(svg.root.attrib['width']);
    const height = Number(svg.root.attrib['height']);

    expect(await header('seed.png')).toEqual({
      signature: PNG_SIGNATURE,
      width: width * 2,
      height: height * 2,
    });
    expect(await header('seed-3.png')).toMatchObject({ width: width * 3, height: height * 3 });
    const narrow = await header('seed-500.png');
    expect(narrow.width).toBe(500);
    expect(Math.abs(narrow.height - (height * 500) / width)).toBeLessThanOrEqual(1);
    expect(runs.get('png-width')!.stderr).toContain(`(500 × ${narrow.height}, `);
    // And the whole file decodes (zlib alone), at the size its header says.
    expect(readPng(await readFile(at('seed-500.png')))).toMatchObject({ width: 500, height: narrow.height });
  });

  it('leaves no temporary files behind', async () => {
    expect(await tempFilesIn(dir)).toEqual([]);
  });
});

describe('actor-graph export: views and filters', { timeout: TEST_TIMEOUT }, () => {
  const hidden = ['treaty', 'phone-call'];
  const visible = () => seed.relations.filter((r) => !hidden.includes(r.type));

  it('a view’s hidden types are left out of JSON and CSV; its positions are in the GraphML', async () => {
    const view = await writeView('hide.view.json', {
      positions: { RUS: [12.5, -40], IRN: [300, 75.25] },
      hiddenTypes: hidden,
    });
    const runs = await Promise.all(
      ['json', 'csv', 'graphml'].map((format) =>
        cli(['export', SEED, '--view', view, '--out', `view.${format}`]),
      ),
    );
    for (const result of runs) expect(result.code, result.stderr).toBe(0);
    expect(runs[0]!.stderr).toContain(`7 actors, ${visible().length} of 28 relations`);

    const exported = JSON.parse(await readFile(at('view.json'), 'utf8')) as Dataset;
    expect(exported.relations).toEqual(visible());
    expect(exported.actors).toEqual(seed.actors);
    expect((await cli(['validate', 'view.json'])).code).toBe(0);

    const rows = readBack<{ rows: { type: string }[] }>('read_csv.py', at('view.csv')).rows;
    expect(rows).toHaveLength(quoteCount(visible()));
    expect(rows.some((row) => hidden.includes(row.type))).toBe(false);

    const graph = readBack<{ edge_count: number; nodes: Record<string, { x: number; y: number }> }>(
      'read_graph.py',
      'graphml',
      at('view.graphml'),
    );
    expect(graph.edge_count).toBe(visible().length);
    // The view's screen positions, with y up as Gephi reads them.
    expect(graph.nodes['RUS']).toMatchObject({ x: 12.5, y: 40 });
    expect(graph.nodes['IRN']).toMatchObject({ x: 300, y: -75.25 });
    // Actors the view does not place get the computed layout's positions.
    expect(Object.values(graph.nodes).every((n) => Number.isFinite(n.x) && Number.isFinite(n.y))).toBe(true);
  });

  it('--all-relations keeps the view’s positions but exports every relation', async () => {
    const view = await writeView('all.view.json', { hiddenTypes: hidden });
    const result = await cli(['export', SEED, '--view', view, '--all-relations', '--out', 'all.json']);
    expect(result.code, result.stderr).toBe(0);
    expect(JSON.parse(await readFile(at('all.json'), 'utf8'))).toEqual(seed);
  });

  it('--hide-type and --hide-status filter without a view file', async () => {
    const result = await cli([
      'export',
      SEED,
      '--hide-type',
      'treaty',
      '--hide-type',
      'phone-call',
      '--hide-status',
      'analysis',
      '--out',
      'flags.csv',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const expected = visible().filter((r) => r.status !== 'analysis');
    const rows = readBack<{ rows: { relation_id: string }[] }>('read_csv.py', at('flags.csv')).rows;
    expect(new Set(rows.map((r) => r.relation_id))).toEqual(new Set(expected.map((r) => r.id)));
    expect(rows).toHaveLength(quoteCount(expected));
  });

  it.each([
    [['--hide-type', 'treatyy'], "no relation type 'treatyy' (did you mean 'treaty'?)"],
    [['--hide-status', 'rumoured'], '--hide-status must be one of reported, alleged, analysis'],
  ])('an unknown filter %j is a usage error: exit 2, nothing written', async (args, message) => {
    const result = await cli(['export', SEED, ...args, '--out', 'unknown-filter.csv']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    await expect(stat(at('unknown-filter.csv'))).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('draws the view’s selection, and --region view shows its viewport', async () => {
    const view = await writeView('region.view.json', {
      selection: { kind: 'actor', id: 'RUS' },
      viewport: { zoom: 2, center: { x: 10, y: 20 } },
    });
    const [region, plain] = await Promise.all([
      cli([
        'export',
        SEED,
        '--view',
        view,
        '--region',
        'view',
        '--view-size',
        '800x400',
        '--out',
        'region.svg',
      ]),
      cli(['export', SEED, '--out', 'plain.svg']),
    ]);
    expect(region.code, region.stderr).toBe(0);
    expect(plain.code, plain.stderr).toBe(0);
    const svg = readSvg(await readFile(at('region.svg'), 'utf8'));
    // 800 × 400 screen pixels at zoom 2 around (10, 20) is 400 × 200 graph units from (-190, -80).
    expect(byClass(svg.root, 'graph')[0]!.attrib['viewBox']).toBe('-190 -80 400 200');
    const accent = (text: string) => text.split(LIGHT_THEME.accent).length - 1;
    expect(accent(await readFile(at('region.svg'), 'utf8'))).toBeGreaterThan(0);
    expect(accent(await readFile(at('plain.svg'), 'utf8'))).toBe(0);
  });

  it('--title and --no-legend reach the SVG', async () => {
    const result = await cli([
      'export',
      SEED,
      '--title',
      'Moscow between two fires',
      '--no-legend',
      '--out',
      'bare.svg',
    ]);
    expect(result.code, result.stderr).toBe(0);
    const svg = readSvg(await readFile(at('bare.svg'), 'utf8'));
    expect(svg.title).toBe('Moscow between two fires');
    expect(byClass(svg.root, 'legend')).toEqual([]);
    expect(byClass(readSvg(await readFile(at('seed.svg'), 'utf8')).root, 'legend')).toHaveLength(1);
  });

  it('--theme dark and --background transparent reach the PNG', async () => {
    const [dark, clear] = await Promise.all([
      cli(['export', SEED, '--theme', 'dark', '--scale', '1', '--out', 'dark.png']),
      cli(['export', SEED, '--background', 'transparent', '--scale', '1', '--out', 'clear.png']),
    ]);
    expect(dark.code, dark.stderr).toBe(0);
    expect(clear.code, clear.stderr).toBe(0);
    const hex = (rgb: readonly number[]) => `#${rgb.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
    expect(hex(readPng(await readFile(at('dark.png'))).background.slice(0, 3))).toBe(DARK_THEME.background);
    expect(readPng(await readFile(at('clear.png'))).background[3]).toBe(0);
  });

  it('prints a bad view file’s problems with path and line, exits 1 and writes nothing', async () => {
    const view = at('bad.view.json');
    await writeFile(
      view,
      '{\n  "kind": "actor-graph-view",\n  "formatVersion": 1,\n  "positions": { "RUS": [0] }\n}\n',
    );
    const result = await cli(['export', SEED, '--view', view, '--out', 'bad-view.png']);
    expect(result.code).toBe(1);
    const match = PROBLEM_LINE.exec(result.stderr.split('\n')[0]!);
    expect(match?.slice(1, 7)).toEqual([view, '4', '18', 'error', 'schema', '$.positions.RUS']);
    await expect(stat(at('bad-view.png'))).rejects.toMatchObject({ code: 'ENOENT' });
  });
});

describe('actor-graph export: nothing lost', { timeout: TEST_TIMEOUT }, () => {
  const OLD = 'the good export from yesterday\n';
  const PAST = new Date('2024-01-02T03:04:05Z');

  async function existing(name: string): Promise<string> {
    const file = at(name);
    await writeFile(file, OLD);
    await utimes(file, PAST, PAST);
    return file;
  }

  async function expectUntouched(file: string): Promise<void> {
    expect(await readFile(file, 'utf8')).toBe(OLD);
    expect((await stat(file)).mtime.getTime()).toBe(PAST.getTime());
  }

  it('refuses to replace an existing file without --force: exit 1, the file untouched', async () => {
    const file = await existing('keep.png');
    const result = await cli(['export', SEED, '--out', 'keep.png']);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe('actor-graph: keep.png exists; use --force to replace it\n');
    await expectUntouched(file);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('replaces it with --force, keeping its permissions', async () => {
    const file = await existing('replace.csv');
    await chmod(file, 0o640);
    const result = await cli(['export', SEED, '--out', 'replace.csv', '--force']);
    expect(result.code, result.stderr).toBe(0);
    const rows = readBack<{ rows: unknown[] }>('read_csv.py', file).rows;
    expect(rows).toHaveLength(quoteCount(seed.relations));
    expect((await stat(file)).mode & 0o777).toBe(0o640);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it('a write that fails halfway leaves the old file and no temporary file', async () => {
    // The disk fills up after the first 64 bytes of the temporary file.
    const probe = await open(process.execPath, 'r');
    const proto = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const write = proto.writeFile;
    const full = vi.spyOn(proto, 'writeFile').mockImplementation(async function (
      this: FileHandle,
      data: string | Uint8Array,
    ) {
      await write.call(this, data.slice(0, 64));
      throw Object.assign(new Error('ENOSPC: no space left on device, write'), { code: 'ENOSPC' });
    } as FileHandle['writeFile']);
    try {
      const file = await existing('full-disk.png');
      const replacing = await cli(['export', SEED, '--out', 'full-disk.png', '--force']);
      expect(replacing.code).toBe(1);
      expect(replacing.stderr).toBe('actor-graph: cannot write full-disk.png: no space left on the device\n');
      await expectUntouched(file);

      const fresh = await cli(['export', SEED, '--out', 'never.json']);
      expect(fresh.code).toBe(1);
      await expect(stat(at('never.json'))).rejects.toMatchObject({ code: 'ENOENT' });
      expect(await tempFilesIn(dir)).toEqual([]);
      expect(full).toHaveBeenCalledTimes(2);
    } finally {
      full.mockRestore();
    }
  });

  it('an invalid view file with --force leaves the old file and no temporary file', async () => {
    const file = await existing('view-fails.svg');
    await writeFile(at('broken.view.json'), '{ "kind": "actor-graph-view", ');
    const result = await cli([
      'export',
      SEED,
      '--view',
      'broken.view.json',
      '--out',
      'view-fails.svg',
      '--force',
    ]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/^broken\.view\.json:1:\d+: error json-syntax at \$/);
    await expectUntouched(file);
    expect(await tempFilesIn(dir)).toEqual([]);
  });

  it.each([
    ['a missing folder', 'no-such-folder/out.csv', 'the folder no-such-folder does not exist'],
    ['a folder', 'sources', 'it is a directory'],
  ])('refuses --out in %s: exit 2, nothing created', async (_, out, message) => {
    const before = await readdir(dir);
    const result = await cli(['export', SEED, '--format', 'csv', '--out', out, '--force']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      `actor-graph: cannot write ${out}: ${message}${out === 'sources' ? '; give a file name with --out' : ''}\n`,
    );
    expect(await readdir(dir)).toEqual(before);
  });

  it('an invalid dataset: exit 1, the problems exactly as `validate` prints them, nothing written', async () => {
    const folder = await seedFolder('invalid');
    const broken = structuredClone(seed);
    broken.relations[3]!.to = 'NOPE';
    await writeFile(path.join(folder, SEED), `${JSON.stringify(broken, null, 2)}\n`);
    const before = await readdir(folder);

    const exported = await cli(['export', SEED, '--out', 'out.png'], { cwd: folder });
    const validated = await cli(['validate', SEED], { cwd: folder });
    expect(exported.code).toBe(1);
    expect(exported.stderr).toBe(validated.stdout);
    const match = PROBLEM_LINE.exec(exported.stderr.split('\n')[0]!);
    expect(match?.slice(4, 7)).toEqual(['error', 'unknown-actor', '$.relations[3].to']);
    expect(await readdir(folder)).toEqual(before);
  });
});

describe('actor-graph export: output and usage', { timeout: TEST_TIMEOUT }, () => {
  it('names the file after the dataset id in the current folder when --out is left out', async () => {
    const folder = await seedFolder('default-name');
    const result = await cli(['export', SEED, '--format', 'svg'], { cwd: folder });
    expect(result.code, result.stderr).toBe(0);
    expect(result.stderr).toMatch(/^✓ wrote putins-delicate-dance\.svg \(/);
    const svg = readSvg(await readFile(path.join(folder, 'putins-delicate-dance.svg'), 'utf8'));
    expect(svg.root.tag).toBe('svg');
  });

  it('--out - writes text and PNG bytes to a real pipe, and the line saying so to stderr', async () => {
    const [csv, png] = await Promise.all([
      spawnCli(['export', SEED, '--format', 'csv', '--out', '-'], { cwd: dir }),
      spawnCli(['export', SEED, '--format', 'png', '--out', '-', '--scale', '1'], { cwd: dir }),
    ]);
    expect(csv.code, csv.stderr).toBe(0);
    expect(csv.stdout).toMatch(/^\uFEFFrelation_id,type,/);
    expect(csv.stderr).toMatch(/^✓ wrote csv to standard output \(28 relations, 66 rows, \d+ kB\)\n$/);
    expect(png.code, png.stderr).toBe(0);
    expect(png.bytes.subarray(0, 8).toString('hex')).toBe(PNG_SIGNATURE);
    expect(readPng(png.bytes).width).toBeGreaterThan(0);
  });

  it('refuses to write PNG bytes to a terminal', async () => {
    const result = await cli(['export', SEED, '--format', 'png', '--out', '-'], { outIsTerminal: true });
    expect(result.code).toBe(2);
    expect(result.bytes.length).toBe(0);
    expect(result.stderr).toContain('will not write PNG bytes to a terminal');
  });

  it('--embed-sources writes one JSON file that validates on its own', async () => {
    const lone = at('lone');
    await mkdir(lone);
    const result = await cli(['export', SEED, '--embed-sources', '--out', 'lone/embedded.json']);
    expect(result.code, result.stderr).toBe(0);
    const exported = JSON.parse(await readFile(path.join(lone, 'embedded.json'), 'utf8')) as Dataset;
    expect(exported.sources.every((s) => typeof s.text === 'string' && s.file === undefined)).toBe(true);
    expect((await cli(['validate', 'embedded.json'], { cwd: lone })).code).toBe(0);
  });

  it.each([
    [['--out', 'x.txt'], 'export needs --format'],
    [['--format', 'png', '--out', 'x.svg'], 'names a .svg file but --format is png'],
    [['--format', 'pdf'], "--format must be one of graphml, gexf, csv, json, svg, png, not 'pdf'"],
    [['--out', 'x.csv', '--scale', '2'], '--scale applies to png and svg only'],
    [['--out', 'x.csv', '--embed-sources'], '--embed-sources applies to json only'],
    [['--out', 'x.png', '--scale', '2', '--width', '100'], 'give --scale or --width, not both'],
    [['--out', 'x.png', '--scale', '0'], "--scale must be a positive number, not '0'"],
    [['--out', 'x.png', '--region', 'view'], '--region view needs --view'],
    [['--out', 'x.png', '--background', 'url(#x)'], '--background: "url(#x)" is not a colour.'],
    [['--out', 'x.png', '--theme', 'drak'], "(did you mean 'dark'?)"],
  ])('exits 2 on bad usage %j, writing nothing', async (args, message) => {
    const before = await readdir(dir);
    const result = await cli(['export', SEED, ...args]);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(message);
    expect(result.stderr).toContain("Run 'actor-graph --help' for usage.");
    expect(await readdir(dir)).toEqual(before);
  });

  it('is listed in --help, and its own help names every option and gives examples', async () => {
    const general = await cli(['--help']);
    expect(general.stdout).toMatch(/^ {2}export <data\.json> +\S/m);
    const help = (await cli(['export', '--help'])).stdout;
    for (const option of [
      '--format',
      '--out',
      '--force',
      '--view',
      '--hide-type',
      '--hide-status',
      '--all-relations',
      '--embed-sources',
      '--theme',
      '--scale',
      '--width',
      '--background',
      '--region',
      '--view-size',
      '--no-legend',
      '--title',
    ])
      expect(help).toContain(option);
    expect(help.match(/^ {4}actor-graph export /gm)).toHaveLength(2);
  });
});
