/**
 * `npm run bench`: weight, core speed, the seed graph, exports and scale, measured in Node and in
 * headless Chromium, written to bench/results.json and bench/RESULTS.md. Each suite's failure is
 * recorded in the results, never fatal to the others. See `npm run bench -- --help`.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { measureBrowserExport } from './browser/export.ts';
import { scriptsFetchedForSeed } from './browser/fetched.ts';
import { profileLoad } from './browser/profile-load.ts';
import { measureScale } from './browser/scale.ts';
import { measureSeed } from './browser/seed.ts';
import { openSite, type Site } from './browser/site.ts';
import { buildPages } from './node/build-pages.ts';
import { measureAlliance } from './node/alliance.ts';
import { measureCliExport } from './node/cli-export.ts';
import { measureCore } from './node/core.ts';
import { measureDraft } from './node/draft.ts';
import { describeMachine } from './node/machine.ts';
import { errorText } from './node/stats.ts';
import { measureWeight } from './node/weight.ts';
import { parseOptions, SUITES, USAGE, type BenchOptions, type Suite } from './options.ts';
import { OUT, RESULTS_JSON, RESULTS_MD, ROOT } from './paths.ts';
import { renderReport } from './report.ts';
import { readResults, writeResults, type Results, type SuiteData } from './results.ts';

const BROWSER_SUITES: readonly Suite[] = ['seed', 'export', 'profile', 'scale'];
/**
 * The profiled loads: a mid-size graph (small enough for the widget to load on the page) and the
 * largest scale size (where the page must stay responsive while a worker does the heavy work).
 */
const PROFILE_SIZES = (sizes: readonly number[]): number[] => [...new Set([500, Math.max(...sizes)])];
const started = Date.now();
const log = (line: string): void => {
  const elapsed = ((Date.now() - started) / 1000).toFixed(0).padStart(4);
  process.stderr.write(`[bench ${elapsed}s] ${line}\n`);
};

async function measureExport(site: Site | undefined, quick: boolean): Promise<SuiteData['export']> {
  const errors: string[] = [];
  const cli = await measureCliExport(quick).catch(
    (error: unknown) => void errors.push(`CLI: ${errorText(error)}`),
  );
  const browser = site
    ? await measureBrowserExport(site, quick).catch(
        (error: unknown) => void errors.push(`browser: ${errorText(error)}`),
      )
    : undefined;
  return { ...(cli ? { cli } : {}), ...(browser ? { browser } : {}), errors };
}

function runners(
  options: BenchOptions,
  site: Site | undefined,
): { [S in Suite]: () => Promise<SuiteData[S]> } {
  const needSite = (): Site => {
    if (!site) throw new Error('the bench pages could not be served');
    return site;
  };
  return {
    weight: async () => {
      // What the page fetched for the seed, measured in the browser; the chunks' roles otherwise.
      const fetched = site
        ? await scriptsFetchedForSeed(site).catch((error: unknown) => {
            log(`[weight] the browser could not say what the seed fetches: ${errorText(error)}`);
            return undefined;
          })
        : undefined;
      return measureWeight(fetched);
    },
    core: () => measureCore(options.quick),
    alliance: () => measureAlliance(options.quick, log),
    seed: () => measureSeed(needSite(), options.quick, log),
    export: () => measureExport(site, options.quick),
    profile: async () => {
      const runs = [];
      for (const size of PROFILE_SIZES(options.sizes)) {
        log(`[profile] widget, random ${size}…`);
        const result = await profileLoad(needSite(), 'widget', 'random', size);
        // The long tails are in the raw profile; the results keep what a reader looks at.
        runs.push({
          ...result,
          groups: result.groups.slice(0, 20),
          functions: result.functions.slice(0, 20),
          ourFiles: result.ourFiles.slice(0, 20),
        });
      }
      return { runs };
    },
    scale: () => measureScale(needSite(), options, log),
    draft: () => measureDraft(options.quick),
  };
}

/** The report is generated; Prettier formats it as it formats every file in the repository. */
function format(files: readonly string[]): void {
  try {
    execFileSync(
      process.execPath,
      [join(ROOT, 'node_modules/prettier/bin/prettier.cjs'), '--write', ...files],
      {
        cwd: ROOT,
        stdio: 'ignore',
      },
    );
  } catch {
    log('prettier could not format the results (they are still written)');
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return;
  }
  mkdirSync(OUT, { recursive: true });
  const machine = describeMachine();
  log(
    `suites: ${options.suites.join(', ')}${options.quick ? ' (quick)' : ''}; dist built ${machine.distBuiltAt}`,
  );
  const previous = readResults();
  const suites: Record<string, unknown> = { ...previous?.suites };
  const snapshot = (): Results => ({
    format: 1,
    generatedAt: new Date().toISOString(),
    suites: suites as Results['suites'],
  });

  let site: Site | undefined;
  if (options.suites.some((s) => BROWSER_SUITES.includes(s) || s === 'weight')) {
    try {
      log('building the bench pages (bench/vite.bench.config.ts)…');
      await buildPages();
      if (options.suites.some((s) => BROWSER_SUITES.includes(s) || s === 'weight')) site = await openSite();
    } catch (error) {
      log(`the bench pages could not be built or served: ${errorText(error)}`);
    }
  }

  const run = runners(options, site);
  try {
    for (const suite of SUITES) {
      if (!options.suites.includes(suite)) continue;
      log(`${suite}…`);
      const began = Date.now();
      const common = {
        ranAt: new Date().toISOString(),
        command: options.command,
        quick: options.quick,
        machine,
      };
      try {
        const data = await run[suite]();
        suites[suite] = { ...common, seconds: (Date.now() - began) / 1000, data };
      } catch (error) {
        log(`${suite} failed: ${errorText(error)}`);
        suites[suite] = { ...common, seconds: (Date.now() - began) / 1000, error: errorText(error) };
      }
      // Written after every suite, so a long run that is stopped keeps what it measured.
      writeResults(snapshot());
      try {
        writeFileSync(RESULTS_MD, renderReport(snapshot()));
      } catch (error) {
        log(`bench/RESULTS.md could not be written: ${errorText(error)} (results.json was)`);
      }
    }
  } finally {
    await site?.close();
  }
  format([RESULTS_JSON, RESULTS_MD]);
  log(`done: ${RESULTS_MD.replace(ROOT, '')}, ${RESULTS_JSON.replace(ROOT, '')}`);
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 1;
});
