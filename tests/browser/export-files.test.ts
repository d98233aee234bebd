import { readFile } from 'node:fs/promises';
import type { Browser } from 'playwright-core';
import type { ActorGraphElement } from '../../components/actor-graph/actor-graph.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from '../core/cli-harness.ts';
import { readBack } from '../core/readers/read-back.ts';
import { PNG_SIGNATURE, allElements, readPng, readSvg, renderWithRsvg } from '../core/readers/read-svg.ts';
import { launchBrowser, type WatchedPage } from './browser.ts';
import {
  measureInk,
  openExplorer,
  readSeed,
  relationRows,
  surface,
  tinyDataset,
  view,
  waitForRows,
} from './explorer-fixtures.ts';
import {
  choose,
  downloadItem,
  downloadPng,
  hideType,
  openMenu,
  readJson,
  tempFolder,
  type Folder,
  type SnapshotJson,
} from './export-helpers.ts';

// Every file the Export menu downloads, read back by a reader that is not ours: Python's expat,
// networkx and csv, librsvg, a zlib-only PNG decoder, and the CLI's validator.
const seed = readSeed();
const HIDDEN_TYPE = { id: 'threat-perception', label: 'Threat perception' };
const shownRelations = seed.relations.filter((r) => r.type !== HIDDEN_TYPE.id);

interface NxGraph {
  nodes: Record<string, Record<string, unknown>>;
  edges: Record<string, Record<string, unknown> & { source: string; target: string }>;
  node_count: number;
  edge_count: number;
}

interface CsvRows {
  bom: boolean;
  header: string[];
  widths: number[];
  rows: Record<string, string>[];
}

let browser: Browser;
let folder: Folder;

beforeAll(async () => {
  browser = await launchBrowser();
  folder = await tempFolder();
});

afterAll(async () => {
  await browser?.close();
  await folder?.remove();
});

async function explorer(): Promise<WatchedPage> {
  return openExplorer(browser, { reducedMotion: 'reduce' });
}

describe('export menu: pictures', () => {
  it('PNG: the size asked for, not blank, with the title drawn in', async () => {
    const { page, problems, context } = await explorer();
    const one = await downloadPng(page, folder.dir, { region: 'Current view', scale: '1×' });
    const oneRead = readPng(await readFile(one));
    const two = await downloadPng(page, folder.dir, { region: 'Current view', scale: '2×' });
    const png = await readFile(two);
    const twoRead = readPng(png);
    expect(twoRead.signature).toBe(PNG_SIGNATURE);
    expect(two).toMatch(/putins-delicate-dance-view\.png$/);
    // The current view is the canvas as it is on screen, wider than the picture's minimum width.
    const canvas = (await surface(page).boundingBox())!;
    expect(oneRead.width).toBe(Math.round(canvas.width));
    expect(twoRead.width).toBe(2 * oneRead.width);
    expect(Math.abs(twoRead.height - 2 * oneRead.height)).toBeLessThanOrEqual(1);
    expect(twoRead.distinctColors).toBeGreaterThan(50);
    expect(twoRead.foregroundFraction).toBeGreaterThan(0.02);
    // The title sits in the top 50 pixels (at 2×): ink there; the empty band above it has none.
    const title = await measureInk(browser, png, undefined, {
      x: 0,
      y: 30,
      width: twoRead.width,
      height: 40,
    });
    const above = await measureInk(browser, png, undefined, { x: 0, y: 0, width: twoRead.width, height: 12 });
    expect(title.inked).toBeGreaterThan(500);
    expect(above.inked).toBe(0);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('PNG of the whole graph on a transparent background', async () => {
    const { page, problems, context } = await explorer();
    const path = await downloadPng(page, folder.dir, {
      region: 'Whole graph',
      scale: '1×',
      background: 'None',
    });
    expect(path).toMatch(/putins-delicate-dance\.png$/);
    const png = readPng(await readFile(path));
    expect(png.channels).toBe(4);
    expect(png.background).toEqual([0, 0, 0, 0]);
    expect(png.foregroundFraction).toBeGreaterThan(0.02);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('SVG: well-formed, rendered by librsvg, labels as text, nothing executable', async () => {
    const { page, problems, context } = await explorer();
    const path = await downloadItem(page, 'SVG image', folder.dir);
    const svg = await readFile(path, 'utf8');
    const read = readSvg(svg);
    expect(read.root.tag).toBe('svg');
    const texts = read.texts.map((lines) => lines.join(' '));
    // Long labels wrap onto lines of their own; joined, each is whole.
    for (const actor of seed.actors) expect(texts).toContain(actor.name);
    expect(texts).toContain(seed.title);
    expect(read.title).toBe(seed.title);
    expect(allElements(read.root).map((e) => e.tag)).not.toContain('script');
    for (const element of allElements(read.root))
      for (const [name, value] of Object.entries(element.attrib)) {
        expect(name).not.toMatch(/^on/i);
        expect(value).not.toMatch(/javascript:/i);
      }
    const rendered = renderWithRsvg(svg);
    expect(rendered.foregroundFraction).toBeGreaterThan(0.02);
    expect(problems).toEqual([]);
    await context.close();
  });

  it('SVG of hostile labels: markup and script URLs stay text', async () => {
    const { page, problems, context } = await explorer();
    const hostile = tinyDataset('<svg onload="alert(1)">Title</svg>');
    const names = ['<script>alert(1)</script>', 'javascript:alert(2)', '"><img src=x onerror=alert(3)>'];
    const data = { ...hostile, actors: hostile.actors.map((a, i) => ({ ...a, name: names[i]! })) };
    await view(page).evaluate(
      (element, dataset) => void ((element as ActorGraphElement).data = dataset),
      data,
    );
    await waitForRows(page, data.relations.length);
    const path = await downloadItem(page, 'SVG image', folder.dir);
    expect(path).toMatch(/tiny\.svg$/);
    const svg = await readFile(path, 'utf8');
    const read = readSvg(svg);
    const texts = read.texts.map((lines) => lines.join(' ')).join('\n');
    for (const name of names) expect(texts).toContain(name);
    expect(read.title).toBe(data.title);
    // Markup in the data is character data: no element but the writer's own, no event handler, no URL.
    expect(svg).not.toMatch(/<script|<img|<svg onload/i);
    const elements = allElements(read.root);
    // Only drawing elements: nothing that runs, links, embeds or animates.
    const drawing = [
      'svg',
      'title',
      'desc',
      'g',
      'rect',
      'circle',
      'ellipse',
      'line',
      'path',
      'polygon',
      'text',
      'tspan',
    ];
    for (const element of elements) expect(drawing).toContain(element.tag);
    for (const element of elements)
      for (const [name, value] of Object.entries(element.attrib)) {
        expect(name).not.toMatch(/^on|href$/i);
        expect(value).not.toMatch(/javascript:|url\(/i);
      }
    expect(problems).toEqual([]);
    await context.close();
  });
});

describe('export menu: data', () => {
  it('GraphML and GEXF: every actor and relation, types, quotes and the positions on screen', async () => {
    const { page, problems, context } = await explorer();
    const viewFile = await downloadItem(page, 'View snapshot (JSON)', folder.dir);
    const snapshot = await readJson<SnapshotJson>(viewFile);
    for (const format of ['graphml', 'gexf'] as const) {
      const path = await downloadItem(page, format === 'graphml' ? 'GraphML' : 'GEXF', folder.dir);
      const graph = readBack<NxGraph>('read_graph.py', format, path);
      expect(graph.node_count).toBe(seed.actors.length);
      expect(graph.edge_count).toBe(seed.relations.length);
      for (const relation of seed.relations) {
        const edge = graph.edges[relation.id]!;
        expect(edge, relation.id).toBeDefined();
        expect(edge['type']).toBe(relation.type);
        expect([edge.source, edge.target].sort()).toEqual([relation.from, relation.to].sort());
        expect(String(edge['quotes'])).toContain(relation.evidence[0]!.quote);
      }
      for (const [id, [x, y]] of Object.entries(snapshot.positions)) {
        const node = graph.nodes[id]!;
        const [nx, ny] =
          format === 'graphml'
            ? [node['x'], node['y']]
            : [
                (node['viz'] as { position: { x: number } }).position.x,
                (node['viz'] as { position: { y: number } }).position.y,
              ];
        expect(nx, `${format} ${id}.x`).toBe(x);
        // y up, as Gephi reads it: the screen's y negated.
        expect(ny, `${format} ${id}.y`).toBe(y === 0 ? 0 : -y);
      }
    }
    expect(problems).toEqual([]);
    await context.close();
  });

  it('CSV: one row per quote; with "Only shown", only the relations the filters show', async () => {
    const { page, problems, context } = await explorer();
    const all = readBack<CsvRows>(
      'read_csv.py',
      await downloadItem(page, 'CSV (relations and quotes)', folder.dir),
    );
    expect(all.widths).toHaveLength(1);
    expect(all.rows).toHaveLength(seed.relations.reduce((n, r) => n + r.evidence.length, 0));
    const first = seed.relations[0]!;
    expect(all.rows.filter((row) => row['relation_id'] === first.id).map((row) => row['quote'])).toEqual(
      first.evidence.map((e) => e.quote),
    );

    await page.keyboard.press('Escape');
    await hideType(page, HIDDEN_TYPE.label);
    await relationRows(page)
      .nth(shownRelations.length - 1)
      .waitFor();
    await openMenu(page);
    await choose(page, /^Only shown/);
    const path = await downloadItem(page, 'CSV (relations and quotes)', folder.dir);
    expect(path).toMatch(/putins-delicate-dance-relations-filtered\.csv$/);
    const shown = readBack<CsvRows>('read_csv.py', path);
    expect(new Set(shown.rows.map((row) => row['relation_id']))).toEqual(
      new Set(shownRelations.map((r) => r.id)),
    );
    expect(shown.rows).toHaveLength(shownRelations.reduce((n, r) => n + r.evidence.length, 0));
    expect(problems).toEqual([]);
    await context.close();
  });

  it('JSON: valid for the CLI, equal to the seed; filtered with embedded sources, valid on its own', async () => {
    const { page, problems, context } = await explorer();
    const whole = await downloadItem(page, 'JSON (data)', folder.dir);
    expect(await readJson(whole)).toEqual(seed);

    await page.keyboard.press('Escape');
    await hideType(page, HIDDEN_TYPE.label);
    await openMenu(page);
    await choose(page, /^Only shown/);
    await page.getByRole('checkbox', { name: 'Embed source texts in JSON' }).check();
    const filtered = await downloadItem(page, 'JSON (data)', folder.dir);
    expect(filtered).toMatch(/putins-delicate-dance-filtered\.json$/);
    // Alone in a temporary folder: the source texts travel inside it, or validation fails.
    const validated = await cli(['validate', filtered]);
    expect(validated.code, validated.stdout).toBe(0);
    expect(validated.stdout).toContain('✓');
    const data = await readJson<typeof seed>(filtered);
    expect(data.relations.map((r) => r.id)).toEqual(shownRelations.map((r) => r.id));
    expect(data.sources.every((s) => typeof s.text === 'string' && s.file === undefined)).toBe(true);
    expect(problems).toEqual([]);
    await context.close();
  });
});
