/**
 * What an author's readers download: the loader, the chunks it pulls in, and whose code those bytes
 * are (ours or each dependency's), against the floor (the four libraries the widget is made of,
 * bundled alone in the same run) and Cytoscape's own minified build.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { DIST, FLOOR_DIST, PAGES_DIST, ROOT } from '../paths.ts';
import { attribute, isOurs, mergeAttributions, UNMAPPED, type RawSourceMap } from './attribution.ts';
import { reachableChunks, type ChunkRole } from './chunks.ts';
import { sumWeights, weigh, type Weight } from './compress.ts';
import { ratio } from './stats.ts';

export interface FileWeight extends Weight {
  readonly file: string;
}

export interface ChunkWeight extends FileWeight {
  /** See `ChunkRole`: the loader, fetched when the widget mounts, on demand, or by a worker. */
  readonly role: ChunkRole;
  /** The browser fetched it to show the seed (when that was measured). */
  readonly fetchedForSeed?: boolean;
}

export interface Share {
  readonly group: string;
  readonly bytes: number;
  /** Of the full bundle's minified bytes. */
  readonly share: number;
  /** This group's bytes gzipped on their own: indicative only (gzip is not additive). */
  readonly gzipAlone: number;
  /** Minified bytes in each chunk (by file): a package in two chunks is downloaded twice. */
  readonly byChunk: Readonly<Record<string, number>>;
}

export interface WeightData {
  readonly loader: FileWeight;
  /** The loader and every chunk it imports, statically, dynamically or as a worker. */
  readonly bundle: readonly ChunkWeight[];
  /** Everything. */
  readonly total: Weight;
  /**
   * What a page fetches to show a normal dataset: the scripts a cold visit of the widget page on the
   * seed requested (measured in Chromium), or, where the browser could not run, the loader and what
   * it imports when the widget mounts.
   */
  readonly page: Weight;
  /** How `page` was found. */
  readonly pageFrom?: 'browser' | 'static';
  readonly shares: readonly Share[];
  readonly ours: number;
  readonly baselines: {
    readonly cytoscapeMin: FileWeight;
    /** Cytoscape, cytoscape-fcose, graphology and Lit bundled alone (bench/pages/floor.ts). */
    readonly floor?: Weight & { readonly files: readonly string[] };
    /** The bare Cytoscape + fcose bench page (same core mapping, no Lit, no validation), if built. */
    readonly barePage?: Weight & { readonly files: readonly string[] };
  };
  readonly ratios: {
    /** The goal of issue #13: at most 1.12. */
    readonly pageGzipVsFloor?: number;
    readonly pageBrotliVsFloor?: number;
    readonly pageGzipVsCytoscape?: number;
    readonly bundleGzipVsCytoscape?: number;
    readonly bundleBrotliVsCytoscape?: number;
    readonly bundleGzipVsBarePage?: number;
    readonly loaderGzipVsBundle?: number;
  };
}

const fileWeight = (file: string): FileWeight => ({
  file: relative(ROOT, file),
  ...weigh(readFileSync(file)),
});

function attributeFile(file: string) {
  const mapFile = `${file}.map`;
  if (!existsSync(mapFile)) return new Map([[UNMAPPED, [readFileSync(file, 'utf8')]]]);
  const map = JSON.parse(readFileSync(mapFile, 'utf8')) as RawSourceMap;
  return attribute(readFileSync(file, 'utf8'), map);
}

/** The page the bench built from `bench/pages/<name>`: its entry and what that imports. */
function builtPage(dist: string, name: string): (Weight & { files: string[] }) | undefined {
  const assets = join(dist, 'assets');
  if (!existsSync(assets)) return undefined;
  const files = readdirSync(assets)
    .filter((f) => f.startsWith(`${name}-`) && f.endsWith('.js'))
    .map((f) => join(assets, f));
  if (files.length === 0) return undefined;
  const all = files.flatMap((f) => reachableChunks(f).map((c) => c.file));
  const unique = [...new Set(all)];
  return {
    ...sumWeights(unique.map((f) => weigh(readFileSync(f)))),
    files: unique.map((f) => relative(ROOT, f)),
  };
}

/**
 * `fetchedForSeed`: the scripts (paths under dist/) the browser fetched to show the seed, if it
 * could be measured.
 */
export function measureWeight(fetchedForSeed?: readonly string[]): WeightData {
  const loaderFile = join(DIST, 'actor-graph.js');
  if (!existsSync(loaderFile)) throw new Error('dist/actor-graph.js is missing: run `npm run build` first');
  const chunks = reachableChunks(loaderFile);
  const fetched = fetchedForSeed && new Set(fetchedForSeed.map((path) => join(DIST, path)));
  const bundle: ChunkWeight[] = chunks.map((c) => ({
    ...fileWeight(c.file),
    role: c.role,
    ...(fetched ? { fetchedForSeed: fetched.has(resolve(c.file)) } : {}),
  }));
  const total = sumWeights(bundle);
  const page = sumWeights(
    fetched
      ? [...fetched].map((file) => weigh(readFileSync(file)))
      : bundle.filter((c) => c.role === 'entry' || c.role === 'mount'),
  );
  const perChunk = chunks.map((c) => ({ file: relative(ROOT, c.file), attribution: attributeFile(c.file) }));
  const attribution = mergeAttributions(perChunk.map((c) => c.attribution));
  const shares: Share[] = [...attribution]
    .map(([group, texts]) => {
      const text = texts.join('');
      const byChunk = Object.fromEntries(
        perChunk.map((c) => [c.file, Buffer.byteLength((c.attribution.get(group) ?? []).join(''))]),
      );
      return { group, bytes: Buffer.byteLength(text), share: 0, gzipAlone: weigh(text).gzip, byChunk };
    })
    .map((s) => ({ ...s, share: s.bytes / total.bytes }))
    .sort((a, b) => b.bytes - a.bytes);
  const cytoscapeMin = fileWeight(join(ROOT, 'node_modules/cytoscape/dist/cytoscape.min.js'));
  const bare = builtPage(PAGES_DIST, 'bare');
  const floor = builtPage(FLOOR_DIST, 'floor');
  return {
    loader: bundle[0]!,
    bundle,
    total,
    page,
    pageFrom: fetched ? 'browser' : 'static',
    shares,
    ours: shares.filter((s) => isOurs(s.group)).reduce((sum, s) => sum + s.bytes, 0),
    baselines: { cytoscapeMin, ...(floor ? { floor } : {}), ...(bare ? { barePage: bare } : {}) },
    ratios: {
      pageGzipVsFloor: ratio(page.gzip, floor?.gzip),
      pageBrotliVsFloor: ratio(page.brotli, floor?.brotli),
      pageGzipVsCytoscape: ratio(page.gzip, cytoscapeMin.gzip),
      bundleGzipVsCytoscape: ratio(total.gzip, cytoscapeMin.gzip),
      bundleBrotliVsCytoscape: ratio(total.brotli, cytoscapeMin.brotli),
      bundleGzipVsBarePage: ratio(total.gzip, bare?.gzip),
      loaderGzipVsBundle: ratio(bundle[0]!.gzip, total.gzip),
    },
  };
}
