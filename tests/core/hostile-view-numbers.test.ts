/**
 * Issue #12, case 10: degenerate views succeeded with broken output. A zoom of 1e-300 is a positive
 * number, yet its picture was NaN by NaN pixels (exit 0); a position of 1e308 is finite, yet saved it
 * became null and could not be read back. Views are now held to what the widget can show and save.
 */
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { planRaster } from '../../src/export/svg-raster.ts';
import { rendererOptions } from '../../src/style/stylesheet.ts';
import {
  MAX_COORDINATE,
  VIEW_ZOOM,
  serializeViewSnapshot,
  type ViewSnapshot,
} from '../../src/view/snapshot.ts';
import { parseViewSnapshot } from '../../src/view/read-snapshot.ts';

const SEED = 'graph-data/putins-delicate-dance.json';
const view = (extra: Record<string, unknown>): string =>
  JSON.stringify({ kind: 'actor-graph-view', formatVersion: 1, positions: {}, ...extra });
const viewport = (zoom: unknown, x: unknown = 0, y: unknown = 0): string =>
  // JSON.stringify cannot write 1e400; a number that large is text here, as in a hostile file.
  view({ viewport: { zoom: '@Z', center: { x: '@X', y: '@Y' } } })
    .replace('"@Z"', String(zoom))
    .replace('"@X"', String(x))
    .replace('"@Y"', String(y));

const errors = async (text: string): Promise<string[]> =>
  (await parseViewSnapshot(text, 'v.json')).problems
    .filter((p) => p.severity === 'error')
    .map((p) => `${p.code} ${p.path}`);

describe('numbers a view may hold', () => {
  it.each(['1e-300', '0.001', '0', '-1', '5', '1e300'])('refuses a zoom of %s', async (zoom) => {
    expect(await errors(viewport(zoom))).toEqual(['schema $.viewport.zoom']);
  });

  it.each(['0.01', '0.15', '1', '4'])('takes a zoom of %s, one the widget can show', async (zoom) => {
    expect(await errors(viewport(zoom))).toEqual([]);
  });

  it('covers every zoom the canvas can reach, at either level of detail', () => {
    for (const detail of ['full', 'reduced'] as const) {
      const { minZoom = 0, maxZoom = Infinity } = rendererOptions(detail);
      expect(minZoom).toBeGreaterThanOrEqual(VIEW_ZOOM.min);
      expect(maxZoom).toBeLessThanOrEqual(VIEW_ZOOM.max);
    }
  });

  it.each(['1e308', '-1e308', '1e8', '-10000001'])('refuses a position or centre of %s', async (n) => {
    expect(await errors(view({ positions: { RUS: ['@N', 0] } }).replace('"@N"', n))).toEqual([
      'schema $.positions.RUS',
    ]);
    expect(await errors(viewport(1, n, 0))).toEqual(['schema $.viewport.center']);
  });

  it('saves what it reads: a view the widget made with an actor dragged far away reads back', async () => {
    const far: ViewSnapshot = {
      kind: 'actor-graph-view',
      formatVersion: 1,
      positions: new Map([
        ['RUS', { x: 1e308, y: -1e12 }],
        ['IRN', { x: 12.345, y: -MAX_COORDINATE }],
      ]),
      filter: { hiddenTypes: new Set(), hiddenStatuses: new Set() },
      selection: null,
      viewport: { zoom: 1e-9, center: { x: -1e300, y: 3 } },
    };
    const text = serializeViewSnapshot(far);
    expect((JSON.parse(text) as { positions: unknown }).positions).toEqual({
      RUS: [MAX_COORDINATE, -MAX_COORDINATE],
      IRN: [12.35, -MAX_COORDINATE],
    });
    const back = await parseViewSnapshot(text, 'v.json');
    expect(back.problems).toEqual([]);
    expect([...back.snapshot!.positions]).toEqual([
      ['RUS', { x: MAX_COORDINATE, y: -MAX_COORDINATE }],
      ['IRN', { x: 12.35, y: -MAX_COORDINATE }],
    ]);
    expect(back.snapshot!.viewport).toEqual({ zoom: VIEW_ZOOM.min, center: { x: -MAX_COORDINATE, y: 3 } });
  });

  it('a picture too vast for any scale is refused, not drawn NaN by NaN', () => {
    expect(() => planRaster(9.6e302, 5.6e302, 1)).toThrow(
      expect.objectContaining({ code: 'invalid-option', path: 'options.region' }),
    );
  });
});

describe('export --view with a degenerate view', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(path.join(tmpdir(), 'actor-graph-view-numbers-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  async function cli(...args: string[]): Promise<{ code: number; err: string }> {
    let err = '';
    const code = await run(args, { out: () => {}, err: (text) => void (err += text) });
    return { code, err };
  }

  it.each([
    ['zoom 1e-300', viewport('1e-300'), '$.viewport.zoom', ['--region', 'view']],
    [
      'a position of 1e308',
      view({ positions: { RUS: ['@N', 0] } }).replace('"@N"', '1e308'),
      '$.positions.RUS',
      [],
    ],
  ])('%s: refused with its place, exit 1, nothing written', async (_, text, where, extra) => {
    const file = path.join(dir, 'view.json');
    const out = path.join(dir, 'out.svg');
    await writeFile(file, text);
    const { code, err } = await cli('export', SEED, '--view', file, '--out', out, ...extra);
    expect(code).toBe(1);
    expect(err).toContain(`error schema at ${where}`);
    expect(err).toContain('not a usable view snapshot, nothing written');
    await expect(stat(out)).rejects.toMatchObject({ code: 'ENOENT' });
  });

  it('the smallest and largest zooms still give a picture with a size', async () => {
    for (const zoom of [VIEW_ZOOM.min, VIEW_ZOOM.max]) {
      const file = path.join(dir, `zoom-${zoom}.json`);
      const out = path.join(dir, `zoom-${zoom}.svg`);
      await writeFile(file, viewport(zoom, 100, 100));
      const { code } = await cli('export', SEED, '--view', file, '--region', 'view', '--out', out);
      expect(code).toBe(0);
      const svg = await readFile(out, 'utf8');
      expect(svg).not.toMatch(/NaN|Infinity/);
      expect(svg).toMatch(/<svg [^>]*width="\d+(\.\d+)?" height="\d+(\.\d+)?"/);
    }
  });
});
