import type { CliFigure } from '../node/cli-runs.ts';
import { RSS_METHOD } from '../node/child.ts';
import type { SuiteData } from '../results.ts';
import { count, kb, mb, ms, msStat, pct, samples, table, times } from './format.ts';

const ROLE: Readonly<Record<string, string>> = {
  entry: 'the loader',
  mount: 'fetched when the widget mounts',
  // Results written before roles were split.
  import: 'fetched when the widget mounts',
  demand: 'on demand',
  worker: 'fetched when a worker starts: large inputs',
};

/** The packages the floor is made of: the four libraries and what they bundle in. */
const FLOOR_PACKAGES: ReadonlySet<string> = new Set([
  'cytoscape',
  'cytoscape-fcose',
  'cose-base',
  'layout-base',
  'graphology',
  'events',
  'obliterator',
  'lit',
  'lit-html',
  'lit-element',
  '@lit/reactive-element',
]);

/** The goal of issue #13: what a page fetches for a normal dataset, at most this times the floor. */
export const WEIGHT_GOAL = 1.12;

export function weightSection(data: SuiteData['weight']): string {
  const w = (label: string, x: { bytes: number; gzip: number; brotli: number }, bold = false) => {
    const b = (t: string) => (bold ? `**${t}**` : t);
    return [b(label), b(kb(x.bytes)), b(kb(x.gzip)), b(kb(x.brotli))];
  };
  const hasWorker = data.bundle.some((c) => c.role === 'worker');
  const seen = (c: (typeof data.bundle)[number]) =>
    c.fetchedForSeed === undefined ? '' : c.fetchedForSeed ? '; fetched for the seed' : '';
  const pageLabel =
    data.pageFrom === 'browser'
      ? 'what the page fetched to show the seed (measured in Chromium)'
      : 'the widget on the page (loader + what it imports when it mounts)';
  const files = [
    ...data.bundle.map((c) => w(`\`${c.file}\` (${ROLE[c.role] ?? c.role}${seen(c)})`, c)),
    ...(data.page ? [w(pageLabel, data.page, true)] : []),
    w(hasWorker ? 'everything, on demand and the worker included' : 'everything', data.total, true),
    ...(data.baselines.floor
      ? [
          w(
            '**the floor**: Cytoscape, cytoscape-fcose, graphology and Lit bundled alone',
            data.baselines.floor,
          ),
        ]
      : []),
    w('baseline: `cytoscape/dist/cytoscape.min.js`', data.baselines.cytoscapeMin),
    ...(data.baselines.barePage
      ? [w('baseline: the bare bench page (Cytoscape + fcose + our mapping)', data.baselines.barePage)]
      : []),
  ];
  // Columns by when the bytes are fetched: with the loader and on mount, on demand, by a worker.
  const columns = [
    { label: 'loader and on mount', roles: ['entry', 'mount', 'import'] },
    { label: 'on demand', roles: ['demand'] },
    { label: 'worker only', roles: ['worker'] },
  ]
    .map((column) => ({
      ...column,
      files: data.bundle.filter((c) => column.roles.includes(c.role)).map((c) => c.file),
    }))
    .filter((column) => column.files.length > 0);
  const bytesIn = (s: (typeof data.shares)[number], files: readonly string[]) =>
    files.reduce((sum, f) => sum + (s.byChunk?.[f] ?? 0), 0);
  const shares = data.shares.map((s) => [
    s.group,
    ...(columns.length > 1 ? columns.map((column) => kb(bytesIn(s, column.files))) : []),
    kb(s.bytes),
    pct(s.share),
    kb(s.gzipAlone),
  ]);
  // A package both in a worker's own chunks and in the page's is downloaded and compiled twice.
  const workerFiles = data.bundle.filter((c) => c.role === 'worker').map((c) => c.file);
  const pageFiles = data.bundle.filter((c) => c.role !== 'worker').map((c) => c.file);
  const twice = data.shares
    .map((s) => ({ group: s.group, bytes: Math.min(bytesIn(s, workerFiles), bytesIn(s, pageFiles)) }))
    .filter((s) => s.bytes > 1000)
    .sort((a, b) => b.bytes - a.bytes);
  const twiceBytes = twice.reduce((sum, s) => sum + s.bytes, 0);
  // Above the floor: the code of anything but the four libraries, in what the seed fetched.
  const pageChunks = data.bundle
    .filter((c) => (c.fetchedForSeed ?? ['entry', 'mount', 'import'].includes(c.role)) === true)
    .map((c) => c.file);
  const above = data.shares
    .filter((s) => !FLOOR_PACKAGES.has(s.group))
    .map((s) => ({ group: s.group, bytes: bytesIn(s, pageChunks) }))
    .filter((s) => s.bytes > 0);
  const aboveBytes = above.reduce((sum, s) => sum + s.bytes, 0);
  return [
    '## Weight',
    '',
    table(['file', 'minified', 'gzip -9', 'brotli -q 11'], files),
    '',
    ...(data.ratios.pageGzipVsFloor === undefined
      ? []
      : [
          `- What a page fetches to show the seed is **${times(data.ratios.pageGzipVsFloor)}** the floor gzipped (brotli: ${times(data.ratios.pageBrotliVsFloor)}); the goal is at most ${times(WEIGHT_GOAL)}${
            data.ratios.pageGzipVsFloor <= WEIGHT_GOAL ? ' (met)' : ' (not met: see below)'
          }.`,
        ]),
    ...(data.page
      ? [
          `- It is ${times(data.ratios.pageGzipVsCytoscape)} Cytoscape's own minified build gzipped${
            hasWorker ? `; with the worker, ${times(data.ratios.bundleGzipVsCytoscape)}` : ''
          }${data.ratios.bundleGzipVsBarePage === undefined ? '' : ` (everything ÷ the bare bench page: ${times(data.ratios.bundleGzipVsBarePage)})`}.`,
        ]
      : []),
    ...(data.baselines.floor && data.page
      ? [
          `- Above the floor (${kb(data.page.gzip - data.baselines.floor.gzip)} gzipped): ${kb(aboveBytes)} minified that is not the four libraries' code, in what the seed fetched: ${above
            .map((s) => `${s.group} ${kb(s.bytes)}`)
            .join(', ')}.`,
          ...(data.ratios.pageGzipVsFloor !== undefined && data.ratios.pageGzipVsFloor > WEIGHT_GOAL
            ? [
                "- Why the goal is not met: what is left above the floor is code that showing a dataset needs, so no loading on demand takes it out of what the page fetches: the widget's own parts (canvas, evidence panel, legend, table, search, toolbar; `ours (components/)`), the core that validates the data (its shape through a gate compiled from the schema at build time), lays it out and maps it to Cytoscape (`ours (src/)`). Exports, saved views, the syntax-error explainer, the JSON Schema interpreter that words a refused dataset's problems, ForceAtlas2 and the Embed dialog already load on demand (docs/decisions/0013-weight-and-first-draw.md).",
              ]
            : []),
        ]
      : []),
    `- The loader is ${kb(data.loader.gzip)} gzipped: what a page pays before the graph nears the viewport.`,
    `- Ours (\`src/\` + \`components/\`): ${kb(data.ours)} minified, ${pct(data.ours / data.total.bytes)} of everything.`,
    ...(twice.length
      ? [
          `- In a worker's chunk and the page's too (downloaded and compiled twice when the worker runs): at least ${kb(twiceBytes)} minified, mostly ${twice
            .slice(0, 4)
            .map((s) => s.group)
            .join(', ')}.`,
        ]
      : []),
    '',
    'Whose bytes (minified bytes of every chunk attributed to source files through the sourcemaps; "gzip alone" compresses each group on its own, so it is indicative and does not add up):',
    '',
    table(
      [
        'source',
        ...(columns.length > 1 ? columns.map((column) => column.label) : []),
        'minified',
        'share',
        'gzip alone',
      ],
      shares,
    ),
  ].join('\n');
}

function cliRows(figures: readonly CliFigure[]): string[][] {
  return figures.map((f) => [
    f.label,
    `\`${f.command}\``,
    f.error ? `failed: ${f.error}` : msStat(f.wallMs),
    ms(f.wallMs?.p95),
    mb(f.maxRssMB?.median),
    samples(f.wallMs),
  ]);
}

const CLI_HEAD = ['what', 'command', 'wall (median)', 'wall (p95)', 'peak RSS', 'n'];

export function coreSection(data: SuiteData['core']): string {
  const d = data.dataset;
  const r = data.ratios;
  const perSecond = data.inProcess?.validateMs
    ? (d.relations / data.inProcess.validateMs.median) * 1000
    : undefined;
  return [
    '## Core speed (Node)',
    '',
    `Dataset: \`generateDataset({ actors: ${count(d.actors)} })\`: ${count(d.actors)} actors, ${count(d.relations)} relations, one quote each, ${kb(d.bytes)} of JSON.`,
    '',
    table(
      ['in one process, after warm-ups', 'median', 'p95', 'n'],
      [
        [
          '`JSON.parse` of the same bytes (baseline)',
          msStat(data.inProcess?.parseMs),
          ms(data.inProcess?.parseMs?.p95),
          samples(data.inProcess?.parseMs),
        ],
        [
          '`validateDataset` (schema, references, every quote)',
          msStat(data.inProcess?.validateMs),
          ms(data.inProcess?.validateMs?.p95),
          samples(data.inProcess?.validateMs),
        ],
      ],
    ),
    '',
    `- Validation costs **${times(r['validateVsParse'])}** \`JSON.parse\` (${count(perSecond === undefined ? undefined : Math.round(perSecond))} relations/s).${
      data.inProcess?.error ? ` (failed: ${data.inProcess.error})` : ''
    }`,
    `- Peak RSS of a child process that reads the file: ${mb(data.peakRss.read?.median)}; parses it: ${mb(data.peakRss.parse?.median)}; validates it: ${mb(data.peakRss.validate?.median)} (**${times(r['validateRssVsParse'])}** parsing).`,
    '',
    'The CLI on the same file, each run a new process:',
    '',
    table(CLI_HEAD, cliRows(data.cli)),
    '',
    `- Start-up: the CLI takes ${times(r['cliStartupVsNode'])} bare Node; \`validate\` is ${times(r['validateVsCliStartup'])} the CLI's start-up.`,
    `- Export relative to \`validate\` (start-up + validation): graphml ${times(r['graphmlVsValidate'])}, png ${times(r['pngVsValidate'])} (peak RSS ${times(r['pngRssVsValidate'])}).`,
    `- Peak RSS: ${RSS_METHOD}.`,
  ].join('\n');
}

export function cliExportTable(data: NonNullable<SuiteData['export']['cli']>): string {
  const r = data.ratios;
  return [
    `Command line, on \`${data.file}\`:`,
    '',
    table(CLI_HEAD, cliRows(data.figures)),
    '',
    `- svg: ${times(r['svgVsValidate'])} \`validate\` (${ms(r['svgExtraMs'])} for the export itself); png: ${times(r['pngVsValidate'])} (${ms(r['pngExtraMs'])}).`,
  ].join('\n');
}
