/**
 * What an author's readers download: the loader, the chunks it pulls in, and whose code those bytes
 * are (ours or each dependency's), against Cytoscape's own minified build as the baseline.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { DIST, PAGES_DIST, ROOT } from '../paths.ts';
import { attribute, isOurs, mergeAttributions, UNMAPPED, type RawSourceMap } from './attribution.ts';
import { reachableChunks, type ChunkRole } from './chunks.ts';
import { sumWeights, weigh, type Weight } from './compress.ts';
import { ratio } from './stats.ts';

export interface FileWeight extends Weight {
  readonly file: string;
}

export interface ChunkWeight extends FileWeight {
  /** entry: the loader; import: fetched when the widget mounts; worker: when a worker starts. */
  readonly role: ChunkRole;
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
  /** The loader and its imports, without worker chunks: what a small dataset downloads. */
  readonly page: Weight;
  readonly shares: readonly Share[];
  readonly ours: number;
  readonly baselines: {
    readonly cytoscapeMin: FileWeight;
    /** The bare Cytoscape + fcose bench page (same core mapping, no Lit, no validation), if built. */
    readonly barePage?: Weight & { readonly files: readonly string[] };
  };
  readonly ratios: {
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

function barePage(): (Weight & { files: string[] }) | undefined {
  const assets = join(PAGES_DIST, 'assets');
  if (!existsSync(assets)) return undefined;
  const files = readdirSync(assets)
    .filter((f) => f.startsWith('bare') && f.endsWith('.js'))
    .map((f) => join(assets, f));
  if (files.length === 0) return undefined;
  const all = files.flatMap((f) => reachableChunks(f).map((c) => c.file));
  const unique = [...new Set(all)];
  return {
    ...sumWeights(unique.map((f) => weigh(readFileSync(f)))),
    files: unique.map((f) => relative(ROOT, f)),
  };
}

export function measureWeight(): WeightData {
  const loaderFile = join(DIST, 'actor-graph.js');
  if (!existsSync(loaderFile)) throw new Error('dist/actor-graph.js is missing: run `npm run build` first');
  const chunks = reachableChunks(loaderFile);
  const bundle: ChunkWeight[] = chunks.map((c) => ({ ...fileWeight(c.file), role: c.role }));
  const total = sumWeights(bundle);
  const page = sumWeights(bundle.filter((c) => c.role !== 'worker'));
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
  const bare = barePage();
  return {
    loader: bundle[0]!,
    bundle,
    total,
    page,
    shares,
    ours: shares.filter((s) => isOurs(s.group)).reduce((sum, s) => sum + s.bytes, 0),
    baselines: { cytoscapeMin, ...(bare ? { barePage: bare } : {}) },
    ratios: {
      pageGzipVsCytoscape: ratio(page.gzip, cytoscapeMin.gzip),
      bundleGzipVsCytoscape: ratio(total.gzip, cytoscapeMin.gzip),
      bundleBrotliVsCytoscape: ratio(total.brotli, cytoscapeMin.brotli),
      bundleGzipVsBarePage: ratio(total.gzip, bare?.gzip),
      loaderGzipVsBundle: ratio(bundle[0]!.gzip, total.gzip),
    },
  };
}
