/**
 * Core speed: validating (and verifying every quote of) a 10,000-relation dataset, against
 * `JSON.parse` of the same bytes; and the CLI on it (validate, export graphml and png), against
 * Node's and the CLI's own start-up.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { generateDataset } from '../../src/synthetic/generate.ts';
import { DATA, OUT } from '../paths.ts';
import { runNodeOk } from './child.ts';
import { cli, timeCli, type CliFigure } from './cli-runs.ts';
import { plan } from './plans.ts';
import { ratio, repeat, stat, type Stat } from './stats.ts';

export const CORE_ACTORS = 6_667;

export interface CoreData {
  readonly dataset: {
    readonly file: string;
    readonly actors: number;
    readonly relations: number;
    readonly bytes: number;
  };
  /** In one process, after warm-ups: interleaved runs of each. */
  readonly inProcess?: { readonly parseMs?: Stat; readonly validateMs?: Stat; readonly error?: string };
  /** Peak RSS of a child that reads the file, parses it, or validates it once (MB). */
  readonly peakRss: Readonly<Record<'read' | 'parse' | 'validate', Stat | undefined>>;
  readonly cli: readonly CliFigure[];
  readonly ratios: Readonly<Record<string, number | undefined>>;
}

const CHILD = join('bench', 'node', 'validate-child.ts');
/** A peak RSS hardly varies between runs: three are plenty. */
const RSS_PLAN = (quick: boolean) => ({ warmup: 0, repeats: quick ? 1 : 3, budgetMs: 30_000 });

export async function measureCore(quick: boolean): Promise<CoreData> {
  mkdirSync(DATA, { recursive: true });
  mkdirSync(OUT, { recursive: true });
  const dataset = generateDataset({ actors: CORE_ACTORS, shape: 'random', seed: 1 });
  const file = join(DATA, `core-${CORE_ACTORS}.json`);
  const text = JSON.stringify(dataset);
  writeFileSync(file, text);

  const repeats = quick ? 3 : 7;
  let inProcess: CoreData['inProcess'];
  try {
    const run = await runNodeOk(
      ['--import', 'tsx', CHILD, file, 'timings', quick ? '1' : '2', String(repeats)],
      {
        keepStdout: true,
      },
    );
    const out = JSON.parse(run.stdout) as { parse: number[]; validate: number[] };
    inProcess = { parseMs: stat(out.parse), validateMs: stat(out.validate) };
  } catch (error) {
    inProcess = { error: String(error) };
  }

  const peakRss = {} as Record<'read' | 'parse' | 'validate', Stat | undefined>;
  for (const mode of ['read', 'parse', 'validate'] as const) {
    const runs = await repeat(RSS_PLAN(quick), () => runNodeOk(['--import', 'tsx', CHILD, file, mode]));
    peakRss[mode] = stat(runs.samples.flatMap((r) => (r.maxRssMB === undefined ? [] : [r.maxRssMB])));
  }

  const figures: CliFigure[] = [];
  figures.push(await timeCli('Node start-up', cli.nodeOnly(), plan('cheap', quick)));
  figures.push(await timeCli('CLI start-up (--help)', cli.help(), plan('cheap', quick)));
  figures.push(await timeCli('validate', cli.validate(file), plan('cheap', quick)));
  figures.push(await timeCli('export graphml', cli.export(file, 'graphml'), plan('slow', quick)));
  figures.push(await timeCli('export png', cli.export(file, 'png'), plan('slow', quick)));
  const wall = (label: string) => figures.find((f) => f.label === label)?.wallMs?.median;
  const rss = (label: string) => figures.find((f) => f.label === label)?.maxRssMB?.median;

  return {
    dataset: {
      file: `bench/results/tmp/data/core-${CORE_ACTORS}.json`,
      actors: dataset.actors.length,
      relations: dataset.relations.length,
      bytes: Buffer.byteLength(text),
    },
    inProcess,
    peakRss,
    cli: figures,
    ratios: {
      validateVsParse: ratio(inProcess?.validateMs?.median, inProcess?.parseMs?.median),
      validateRssVsParse: ratio(peakRss.validate?.median, peakRss.parse?.median),
      cliStartupVsNode: ratio(wall('CLI start-up (--help)'), wall('Node start-up')),
      validateVsCliStartup: ratio(wall('validate'), wall('CLI start-up (--help)')),
      graphmlVsValidate: ratio(wall('export graphml'), wall('validate')),
      pngVsValidate: ratio(wall('export png'), wall('validate')),
      pngRssVsValidate: ratio(rss('export png'), rss('validate')),
    },
  };
}
