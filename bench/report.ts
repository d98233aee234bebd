/** bench/RESULTS.md from the results: generated, never edited by hand. */
import type { Machine } from './node/machine.ts';
import { errorText } from './node/stats.ts';
import { SUITES, type Suite } from './options.ts';
import {
  browserExportSection,
  profileSection,
  scaleSection,
  seedSection,
} from './report/browser-sections.ts';
import { count, ms, table, times } from './report/format.ts';
import { allianceSection } from './report/alliance-section.ts';
import { draftSection } from './report/draft-section.ts';
import { cliExportTable, coreSection, WEIGHT_GOAL, weightSection } from './report/node-sections.ts';
import type { Results, SuiteData, SuiteResult } from './results.ts';

function machineSection(machine: Machine): string {
  const versions = Object.entries(machine.versions)
    .map(([name, version]) => `${name} ${version}`)
    .join(', ');
  return [
    '## Machine',
    '',
    table(
      ['', ''],
      [
        ['CPU', `${machine.cpu}, ${machine.cores} cores`],
        ['RAM', `${machine.ramGiB} GiB`],
        ['OS', machine.os],
        ['Node', machine.node],
        ['Chromium', `${machine.chromium}, headless, \`--disable-gpu\` (software rasterising)`],
        ['Packages', versions],
        ['Tree', `${machine.git}; dist/ built ${machine.distBuiltAt}`],
      ],
    ),
  ].join('\n');
}

function runsTable(results: Results): string {
  const rows = SUITES.map((suite) => {
    const r = results.suites[suite] as SuiteResult<Suite> | undefined;
    if (!r) return [suite, 'not run yet', '', '', ''];
    return [
      suite,
      r.ranAt.replace('T', ' ').slice(0, 16) + ' UTC',
      `\`${r.command}\``,
      r.quick ? '**quick** (fewer repeats)' : 'full',
      `${Math.round(r.seconds)} s`,
    ];
  });
  return table(['suite', 'ran at', 'command', 'repeats', 'took'], rows);
}

function headline(results: Results): string[] {
  const lines: string[] = [];
  const w = results.suites.weight?.data;
  if (w)
    lines.push(
      w.ratios.pageGzipVsFloor === undefined
        ? `- Weight: the widget on the page is ${times(w.ratios.pageGzipVsCytoscape)} Cytoscape's own minified build (gzip), ${times(w.ratios.bundleGzipVsCytoscape)} with its worker; the loader alone is ${(w.loader.gzip / 1000).toFixed(1)} kB gzipped.`
        : `- Weight: what a page fetches to show the seed is ${times(w.ratios.pageGzipVsFloor)} the four libraries bundled alone (gzip; goal ${times(WEIGHT_GOAL)}); the loader alone is ${(w.loader.gzip / 1000).toFixed(1)} kB gzipped.`,
    );
  const s = results.suites.seed?.data;
  if (s)
    lines.push(
      `- Seed graph: the widget's drawing settles ${ms(s.cells[0]?.summary.settledMs?.median)} after navigation, ${times(s.ratios['settledVsBare'])} bare Cytoscape drawing the same thing (first ink ${times(s.ratios['inkVsBare'])}; goal 1.15×)${
        s.ratios['savedDatasetSettledVsBare'] === undefined
          ? ''
          : `; from positions saved in the dataset, ${times(s.ratios['savedDatasetSettledVsBare'])} (goal 0.8×)`
      }.`,
    );
  const sc = results.suites.scale?.data;
  if (sc) {
    const ok = sc.rows.filter((r) => r.widget?.status === 'ok').map((r) => r.size);
    const failed = sc.rows
      .filter((r) => r.widget && r.widget.status !== 'ok')
      .map((r) => `${count(r.size)} (${r.shape})`);
    lines.push(
      `- Scale: the widget finished up to ${ok.length ? count(Math.max(...ok)) : 'no'} actors${failed.length ? `; did not finish: ${failed.join(', ')}` : ''}.`,
    );
  }
  const d = results.suites.draft?.data;
  if (d)
    lines.push(
      `- Drafting: on the seed article, ${Math.round(d.comparison.relations.recall * 100)} % of the hand-coded relations found (pair, type and direction) at ${Math.round(d.comparison.relations.precision * 100)} % precision; a draft costs ${times(d.ratios['draftVsValidate'])} validating the seed.`,
    );
  const c = results.suites.core?.data;
  if (c)
    lines.push(
      `- Core: validating ${count(c.dataset.relations)} relations costs ${times(c.ratios['validateVsParse'])} \`JSON.parse\` of the same bytes.`,
    );
  return lines;
}

/**
 * A one-off comparison that the bench cannot repeat (the tsx start-up it compares with is gone), kept
 * here so that regenerating this file keeps it.
 */
const CLI_BUNDLE = [
  '## CLI start-up: tsx and the bundle',
  '',
  "Measured once, by hand, when the CLI became a bundle (issue #12): `hyperfine -N` 1.15, 3 warm-ups, 20 runs (8 for the PNG export), 4 December 2026, on this machine while other work kept its load average at 8–9, so wall times are long and noisy; the process's CPU time (user + system) is steadier. Before: `bin/actor-graph.js` of commit 833d2b0, which registers tsx and imports `src/cli/main.ts`. After: the bundle in `build/cli/`.",
  '',
  table(
    ['command', 'wall, tsx', 'wall, bundle', 'tsx ÷ bundle', 'CPU, tsx', 'CPU, bundle', 'tsx ÷ bundle'],
    [
      ['`actor-graph --help`', '2.76 s', '325 ms', '**8.5×**', '1.40 s', '164 ms', '**8.6×**'],
      ['`actor-graph validate` (the seed)', '2.72 s', '561 ms', '**4.9×**', '1.29 s', '239 ms', '**5.4×**'],
      ['`actor-graph export` (the seed, png)', '3.36 s', '3.02 s', '1.11×', '1.90 s', '1.33 s', '1.42×'],
    ],
  ),
  '',
  "- Medians of wall time; CPU is the mean. Bare `node -e ''` in the same run: 372 ms wall, 130 ms CPU, so `--help` now costs about a Node start-up.",
  '- `--help` and `validate` load neither resvg nor the layouts (tests/core/cli.test.ts checks which modules a real process loaded); tsx used to compile all of `src/cli` and what it imports on every start.',
].join('\n');

const METHOD = [
  '## Method',
  '',
  '- Every browser run is a cold first visit: a new headless Chromium, a new page, nothing cached. The pages are served from 127.0.0.1 by a small static server without compression, the widget page (`bench/pages/widget.html`) loading the real `dist/actor-graph.js` as an author embeds it, the bare page built by `bench/vite.bench.config.ts` with the same minifier.',
  "- Times count from navigation start. **First ink**: the first animation frame in which a 2D canvas on the page has a non-transparent pixel (an init script reads every canvas back with `getImageData` each frame until then; it is the same script on every page). **Ready**: the widget's `actor-graph-load` event, or the bare page's own event after Cytoscape's first `render`. **Settled**: the last frame in which the canvas changed (a hash of 32 pixel rows of every canvas, each frame) before it stayed unchanged for a second: the whole graph drawn and fitted.",
  '- **Longest task**: `PerformanceObserver` `longtask` entries (≥ 50 ms) until the drawing settled. **Renderer peak RSS**: `VmHWM` of the renderer process from `/proc` (cannot miss a spike inside a task). **JS heap peak**: CDP `Performance.getMetrics` `JSHeapUsedSize`, sampled every 250 ms (misses peaks inside long tasks). `performance.measureUserAgentSpecificMemory` needs cross-origin isolation, so it is not used.',
  "- **Pan and zoom**: a mouse drag from an empty corner of the canvas and back (12 moves each way), then 4 Ctrl+wheel steps in and 4 out over its middle (×3.3 and back, by the widget's wheel mapping, which the bare page uses too), while the page records `requestAnimationFrame` timestamps.",
  '- Pages run interleaved round by round (widget, bare, widget, bare …) so that noise from this shared machine falls on both; ratios are of medians from the same run. A time budget per measurement can cut its repeats: the n columns say how many runs each median has.',
  '- Node figures: in-process timings after warm-ups; command-line figures are separate processes timed from spawn to exit.',
].join('\n');

function notes(results: Results): string[] {
  const out: string[] = [];
  for (const suite of SUITES) {
    const r = results.suites[suite];
    if (r?.error) out.push(`- ${suite}: **failed**: ${r.error}`);
  }
  const exp = results.suites.export?.data;
  if (exp?.browser?.note) out.push(`- export: ${exp.browser.note}`);
  for (const e of exp?.errors ?? []) out.push(`- export: ${e}`);
  const scale = results.suites.scale?.data;
  for (const row of scale?.rows ?? []) {
    if (row.note) out.push(`- scale ${row.shape} ${count(row.size)}: ${row.note}`);
    for (const cell of [row.widget, row.bare])
      if (cell?.cut)
        out.push(`- scale ${cell.key}: ${cell.runs.length} run(s), the time budget cut the repeats.`);
  }
  if (scale && scale.rows.some((r) => r.size >= 2000))
    out.push(
      '- scale: from 2,000 actors, no warm-up and up to 3 runs (2 at 20,000), each run being long; a 90 s budget per page and size cuts them further.',
    );
  return out;
}

function section<S extends Suite>(
  results: Results,
  suite: S,
  render: (data: SuiteData[S]) => string,
): string[] {
  const r = results.suites[suite] as SuiteResult<S> | undefined;
  if (!r?.data) return [];
  try {
    return [render(r.data), ''];
  } catch (error) {
    // Results kept from an older version of the bench may not have today's shape: re-run that suite.
    return [
      `## ${suite}`,
      '',
      `Not shown (${errorText(error)}): re-run \`npm run bench -- --only ${suite}\`.`,
      '',
    ];
  }
}

export function renderReport(results: Results): string {
  const latest = SUITES.map((s) => results.suites[s])
    .filter(Boolean)
    .sort((a, b) => b!.ranAt.localeCompare(a!.ranAt))[0];
  const exportData = results.suites.export?.data;
  const noteLines = notes(results);
  return [
    '# Benchmarks',
    '',
    '<!-- Generated by `npm run bench` (bench/report.ts): do not edit, re-run. -->',
    '',
    'Medians of repeated runs on a shared, noisy 2-core machine. Absolute times move from run to run and machine to machine; the ratios against baselines measured in the same run are the figures to compare. Reproduce with `npm run bench` (it builds dist/ first; about 30 minutes; `--quick` and `--only <suite>` for less, `--help` for the options).',
    '',
    ...headline(results),
    '',
    ...(latest ? [machineSection(latest.machine), ''] : []),
    runsTable(results),
    '',
    ...section(results, 'weight', weightSection),
    ...section(results, 'seed', seedSection),
    ...(exportData
      ? [
          '## Exports',
          '',
          ...(exportData.cli ? [cliExportTable(exportData.cli), ''] : []),
          browserExportSection(exportData.browser),
          '',
        ]
      : []),
    ...section(results, 'scale', scaleSection),
    ...section(results, 'profile', profileSection),
    ...section(results, 'core', coreSection),
    ...section(results, 'alliance', allianceSection),
    ...section(results, 'draft', draftSection),
    CLI_BUNDLE,
    '',
    METHOD,
    '',
    ...(noteLines.length ? ['## Notes', '', ...noteLines, ''] : []),
  ].join('\n');
}
