import type { CliFigure } from '../node/cli-runs.ts';
import { RSS_METHOD } from '../node/child.ts';
import type { SuiteData } from '../results.ts';
import { count, kb, mb, ms, msStat, pct, samples, table, times } from './format.ts';

const ROLE: Readonly<Record<string, string>> = {
  entry: 'the loader',
  import: 'fetched when the widget mounts',
  worker: 'fetched when a worker starts: large inputs',
};

export function weightSection(data: SuiteData['weight']): string {
  const w = (label: string, x: { bytes: number; gzip: number; brotli: number }, bold = false) => {
    const b = (t: string) => (bold ? `**${t}**` : t);
    return [b(label), b(kb(x.bytes)), b(kb(x.gzip)), b(kb(x.brotli))];
  };
  const hasWorker = data.bundle.some((c) => c.role === 'worker');
  const files = [
    ...data.bundle.map((c) => w(`\`${c.file}\` (${ROLE[c.role] ?? c.role})`, c)),
    ...(data.page ? [w('the widget on the page (loader + its imports)', data.page, true)] : []),
    ...(hasWorker ? [w('everything, with the worker', data.total, true)] : []),
    w('baseline: `cytoscape/dist/cytoscape.min.js`', data.baselines.cytoscapeMin),
    ...(data.baselines.barePage
      ? [w('baseline: the bare bench page (Cytoscape + fcose + our mapping)', data.baselines.barePage)]
      : []),
  ];
  const chunkFiles = data.bundle.filter((c) => c.role !== 'entry').map((c) => c.file);
  const shares = data.shares.map((s) => [
    s.group,
    ...(chunkFiles.length > 1 ? chunkFiles.map((f) => kb(s.byChunk?.[f])) : []),
    kb(s.bytes),
    pct(s.share),
    kb(s.gzipAlone),
  ]);
  const twice = data.shares.filter((s) => chunkFiles.filter((f) => (s.byChunk?.[f] ?? 0) > 0).length > 1);
  const twiceBytes = twice.reduce(
    (sum, s) => sum + Math.min(...chunkFiles.map((f) => s.byChunk?.[f] ?? 0)),
    0,
  );
  const short = (file: string) =>
    file
      .split('/')
      .at(-1)!
      .replace(/-[\w-]{8}\.js$/, '');
  return [
    '## Weight',
    '',
    table(['file', 'minified', 'gzip -9', 'brotli -q 11'], files),
    '',
    ...(data.page
      ? [
          `- The widget on the page is **${times(data.ratios.pageGzipVsCytoscape)}** Cytoscape's own minified build gzipped${
            hasWorker ? `; with the worker, ${times(data.ratios.bundleGzipVsCytoscape)}` : ''
          }${data.ratios.bundleGzipVsBarePage === undefined ? '' : ` (everything ÷ the bare bench page: ${times(data.ratios.bundleGzipVsBarePage)})`}.`,
        ]
      : []),
    `- The loader is ${kb(data.loader.gzip)} gzipped: what a page pays before the graph nears the viewport.`,
    `- Ours (\`src/\` + \`components/\`): ${kb(data.ours)} minified, ${pct(data.ours / data.total.bytes)} of everything.`,
    ...(twice.length
      ? [
          `- In more than one chunk (downloaded and compiled twice when the worker runs): at least ${kb(twiceBytes)} minified, mostly ${twice
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
        ...(chunkFiles.length > 1 ? chunkFiles.map((f) => `in ${short(f)}`) : []),
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
