/**
 * Before/after figures for the work-amplification cases of issue #12, measured on two checkouts of the
 * repository in one run (the ratio is the figure; absolute times move with the machine's load):
 *
 *   npx tsx bench/hostile.ts --before /path/to/old/checkout [--after .] [--only cli|page] [--big]
 *
 * Each checkout needs its node_modules and, for the page cases, its `npm run build` (dist/). The
 * inputs are generated into bench/results/tmp/hostile/ (by the fixtures' own builders):
 *
 * 1. one 45 MB source file named 100 ways (`big.txt`, `./big.txt`, ...);
 * 2. 200 quotes (2,000 with --big) that are nowhere in a 20 MB source;
 * 3. a view snapshot of 157 kB whose 11,000 positions are all wrong, as a file and as a 209 kB
 *    `#view=` link.
 *
 * The CLI runs under `/usr/bin/time -v` (wall time, peak RSS, exit code) in a 1 GB V8 heap, so that
 * exhausting it is seen as a crash rather than as the whole machine's memory. The page runs in headless
 * Chromium and reports the longest task (PerformanceObserver `longtask`), the time to the widget's
 * final state, and the bytes its server sent. Nothing here is a test: it prints a table and writes
 * bench/results/tmp/hostile/results.json.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchChromium } from '../scripts/chromium.ts';
import {
  brokenView,
  manySpellingsDataset,
  paddedText,
  wrongQuotesDataset,
} from '../tests/fixtures/hostile/cases-amplification.ts';
import { runNode, type ChildRun } from './node/child.ts';
import { ROOT, TMP } from './paths.ts';

const { values } = parseArgs({
  options: {
    before: { type: 'string' },
    after: { type: 'string', default: ROOT },
    only: { type: 'string' },
    big: { type: 'boolean', default: false },
  },
});
if (!values.before) throw new Error('--before <checkout> is required');
const TREES = { before: resolve(values.before), after: resolve(values.after) } as const;
const DIR = join(TMP, 'hostile');
const MB = 1024 * 1024;
const SEED = join(ROOT, 'graph-data/putins-delicate-dance.json');

async function inputs(): Promise<void> {
  await mkdir(join(DIR, 'c1'), { recursive: true });
  await mkdir(join(DIR, 'c2'), { recursive: true });
  await writeFile(join(DIR, 'c1/big.txt'), paddedText(45 * MB));
  await writeFile(join(DIR, 'c1/data.json'), manySpellingsDataset('big.txt', 100));
  await writeFile(join(DIR, 'c2/long.txt'), paddedText(20 * MB));
  await writeFile(join(DIR, 'c2/data.json'), wrongQuotesDataset('long.txt', 200));
  await writeFile(join(DIR, 'c2/data-2000.json'), wrongQuotesDataset('long.txt', 2000));
  await writeFile(join(DIR, 'c3-view.json'), brokenView(11_000, 0));
}

const viewLink = (): string => Buffer.from(brokenView(11_000, 0)).toString('base64url');

interface CliFigure {
  readonly case: string;
  readonly tree: string;
  readonly seconds: number;
  readonly maxRssMB?: number;
  readonly exitCode: number | null;
  readonly crashed: boolean;
}

async function cli(tree: keyof typeof TREES, name: string, args: string[]): Promise<CliFigure> {
  const bin = join(TREES[tree], 'bin/actor-graph.js');
  const run: ChildRun = await runNode(['--max-old-space-size=1024', bin, ...args], { timeoutMs: 900_000 });
  const crashed = /FATAL ERROR|heap out of memory/i.test(run.stderrTail) || (run.exitCode ?? 0) > 100;
  return {
    case: name,
    tree,
    seconds: Math.round(run.wallMs / 100) / 10,
    ...(run.maxRssMB === undefined ? {} : { maxRssMB: Math.round(run.maxRssMB) }),
    exitCode: run.exitCode,
    crashed,
  };
}

interface PageFigure {
  readonly case: string;
  readonly tree: string;
  readonly state: string;
  readonly seconds: number;
  readonly longestTaskSeconds: number;
  readonly megabytesServed: number;
  readonly sourceRequests: number;
}

/** Serves a checkout's dist/ at / and the generated inputs at /data/, counting what it sends. */
async function serveTree(dist: string) {
  let bytes = 0;
  let sourceRequests = 0;
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname);
    if (path === '/page.html') {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      response.end(PAGE);
      return;
    }
    const file = path.startsWith('/data/sources/')
      ? join(ROOT, 'graph-data', path.slice(6))
      : path === '/data/seed.json'
        ? SEED
        : path.startsWith('/data/')
          ? join(DIR, path.slice(6))
          : join(dist, path);
    if (!existsSync(file) || !statSync(file).isFile()) return void response.writeHead(404).end();
    if (path.endsWith('.txt')) sourceRequests++;
    const type = file.endsWith('.js') ? 'text/javascript' : 'application/json';
    response.writeHead(200, { 'content-type': type, 'content-length': statSync(file).size });
    const stream = createReadStream(file);
    stream.on('data', (chunk) => void (bytes += chunk.length));
    stream.pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    counts: () => ({ bytes, sourceRequests }),
    close: () => new Promise<void>((done) => server.close(() => done())),
  };
}

const PAGE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>hostile</title>
<script>
  window.__longest = 0;
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) window.__longest = Math.max(window.__longest, entry.duration);
  }).observe({ type: 'longtask', buffered: true });
</script>
<script type="module" src="/actor-graph.js"></script></head><body><main></main>
<script>
  const params = new URLSearchParams(location.search);
  const element = document.createElement('actor-graph');
  element.setAttribute('loading', 'eager');
  if (params.get('view')) element.setAttribute('view', params.get('view'));
  element.setAttribute('src', params.get('src'));
  document.querySelector('main').append(element);
</script></body></html>`;

async function page(tree: keyof typeof TREES, name: string, query: string, hash = ''): Promise<PageFigure> {
  const server = await serveTree(join(TREES[tree], 'dist'));
  const browser = await launchChromium();
  try {
    const tab = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    let crashed = false;
    tab.on('crash', () => void (crashed = true));
    const started = Date.now();
    await tab.goto(`${server.origin}/page.html?${query}${hash}`);
    let state = 'timeout';
    try {
      await tab.waitForFunction(
        () =>
          /^(ready|failed)$/.test(document.querySelector('actor-graph')?.getAttribute('data-state') ?? ''),
        null,
        { timeout: 300_000, polling: 200 },
      );
      state = (await tab.locator('actor-graph').getAttribute('data-state')) ?? '?';
    } catch {
      state = crashed ? 'crashed' : 'timeout';
    }
    const seconds = (Date.now() - started) / 1000;
    const longest = crashed
      ? NaN
      : await tab.evaluate(() => (window as unknown as { __longest: number }).__longest).catch(() => NaN);
    const { bytes, sourceRequests } = server.counts();
    return {
      case: name,
      tree,
      state,
      seconds: Math.round(seconds * 10) / 10,
      longestTaskSeconds: Math.round(longest / 100) / 10,
      megabytesServed: Math.round(bytes / MB),
      sourceRequests,
    };
  } finally {
    await browser.close();
    await server.close();
  }
}

await inputs();
const results: (CliFigure | PageFigure)[] = [];
const record = (figure: CliFigure | PageFigure): void => {
  results.push(figure);
  console.log(JSON.stringify(figure));
};
for (const tree of ['after', 'before'] as const) {
  if (values.only !== 'page') {
    record(await cli(tree, '1: 45 MB source named 100 ways', ['validate', join(DIR, 'c1/data.json')]));
    record(await cli(tree, '2: 200 wrong quotes, 20 MB source', ['validate', join(DIR, 'c2/data.json')]));
    if (values.big)
      record(
        await cli(tree, '2: 2,000 wrong quotes, 20 MB source', ['validate', join(DIR, 'c2/data-2000.json')]),
      );
    record(
      await cli(tree, '3: view file of 11,000 mistakes (157 kB)', [
        'export',
        SEED,
        '--view',
        join(DIR, 'c3-view.json'),
        '--format',
        'csv',
        '--out',
        join(DIR, `c3-${tree}.csv`),
        '--force',
      ]),
    );
  }
  if (values.only !== 'cli') {
    record(await page(tree, '1: 45 MB source named 100 ways', 'src=/data/c1/data.json'));
    record(await page(tree, '2: 200 wrong quotes, 20 MB source', 'src=/data/c2/data.json'));
    record(
      await page(
        tree,
        '3: #view= link of 209 kB, 11,000 mistakes',
        'src=/data/seed.json&view=%23view',
        `#view=${viewLink()}`,
      ),
    );
  }
}
await writeFile(join(DIR, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
