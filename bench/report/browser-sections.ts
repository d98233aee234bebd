import type { CellResult } from '../browser/cells.ts';
import type { ScaleRow } from '../browser/scale.ts';
import { REDUCED_DETAIL_ELEMENTS } from '../../src/style/stylesheet.ts';
import type { SuiteData } from '../results.ts';
import { count, DASH, kb, mb, ms, msStat, samples, table, times } from './format.ts';

const status = (cell: CellResult | undefined): string =>
  !cell
    ? 'not run'
    : cell.status === 'ok'
      ? 'ok'
      : cell.status === 'timeout'
        ? `**did not finish** (${cell.error})`
        : `failed: ${cell.error}`;

/** Issue #13's goals: the seed drawn and settled, and drawn from saved positions, against bare Cytoscape. */
const SEED_GOAL = 1.15;
const SAVED_GOAL = 0.8;

export function seedSection(data: SuiteData['seed']): string {
  const rows = data.cells.map((c) => [
    c.key,
    msStat(c.summary.inkMs),
    msStat(c.summary.readyMs),
    msStat(c.summary.settledMs),
    msStat(c.summary.longestTaskMs),
    mb(c.summary.rendererPeakMB?.median),
    mb(c.summary.heapPeakMB?.median),
    samples(c.summary.inkMs, c.cut),
    status(c),
  ]);
  const r = data.ratios;
  return [
    '## Seed graph (browser)',
    '',
    `\`${data.src}\`, each run a cold visit in a new browser; canvas ${Math.round(data.canvas.width)} × ${Math.round(data.canvas.height)} px.`,
    '',
    table(
      [
        'page',
        'first ink',
        'ready',
        'settled',
        'longest task',
        'renderer peak RSS',
        'JS heap peak',
        'n',
        'status',
      ],
      rows,
    ),
    '',
    `- Widget ÷ bare Cytoscape (same \`computeLayout\`, same elements and stylesheet): first ink **${times(r['inkVsBare'])}**, settled **${times(r['settledVsBare'])}** (goal: at most ${times(SEED_GOAL)} each), renderer memory ${times(r['rendererPeakVsBare'])}.`,
    `- Widget ÷ a plain Cytoscape page running fcose once on the visible graph: first ink ${times(r['inkVsPlainFcose'])}.`,
    ...(r['savedViewSettledVsBare'] === undefined
      ? []
      : [
          `- Saved positions (no layout run) ÷ bare Cytoscape computing its layout: in a saved view, first ink ${times(r['savedViewInkVsBare'])}, settled **${times(r['savedViewSettledVsBare'])}**${
            r['savedDatasetSettledVsBare'] === undefined
              ? ''
              : `; in the dataset, first ink ${times(r['savedDatasetInkVsBare'])}, settled **${times(r['savedDatasetSettledVsBare'])}**`
          } (goal: at most ${times(SAVED_GOAL)}).`,
        ]),
    ...((r['settledVsBare'] ?? 0) > SEED_GOAL ||
    (r['savedDatasetSettledVsBare'] ?? 0) > SAVED_GOAL ||
    (r['savedViewSettledVsBare'] ?? 0) > SAVED_GOAL
      ? [
          "- What is left, where a goal is not met: traced with marks against a bare page drawing the same positions with no layout, the drawing itself (Cytoscape created, filled, fitted and drawn; the panels a task after that frame) takes as long on both pages. The widget's difference comes before it. Its code is asked for once its loader has run, about 60 ms after the bare page asks for its one script; meanwhile the loader asks for the dataset, its source texts, a saved view and the view's reader, so none of those waits for the code. The code then compiles in the background (about 30 % more than the bare page's). Then the widget validates the dataset (its shape through the compiled gate, every quote against its source text: 20-25 ms) and renders its header and toolbar (about 25 ms) before it creates Cytoscape. With saved positions the widget skips only the layout, and the bare page's layout is cheap for an article-sized graph (it stops trying fcose seeds once five in a row find nothing better). Between runs of the same code on this machine, these ratios move by up to 0.05.",
        ]
      : []),
  ].join('\n');
}

export function browserExportSection(data: SuiteData['export']['browser']): string {
  if (!data) return 'In the browser: not measured.';
  const rows = data.figures.map((f) => [
    f.label,
    f.error ? `failed: ${f.error}` : msStat(f.ms),
    ms(f.ms?.p95),
    kb(f.bytes),
    samples(f.ms),
  ]);
  return [
    'In the browser, on the loaded seed graph (one warm-up, then repeated in the same page):',
    '',
    table(['what', 'median', 'p95', 'output', 'n'], rows),
    '',
    ...(data.note ? [`- ${data.note}`] : []),
    ...(data.available
      ? [
          `- Widget ÷ Cytoscape's own \`cy.png()\`: png ${times(data.ratios['pngVsCytoscapePng'])}, svg ${times(data.ratios['svgVsCytoscapePng'])}.`,
        ]
      : []),
  ].join('\n');
}

/** A widget figure, or "> timeout" when it did not finish. */
const widgetFigure = (row: ScaleRow, key: 'readyMs' | 'settledMs'): string =>
  row.widget?.status === 'ok'
    ? msStat(row.widget.summary[key])
    : row.widget
      ? `> ${ms(row.timeoutMs)}`
      : DASH;

function loadRows(rows: readonly ScaleRow[]): string[][] {
  return rows.map((row) => [
    count(row.size),
    row.shape,
    ms(row.dataset?.nodeLayoutMs),
    msStat(row.widget?.summary.inkMs),
    widgetFigure(row, 'readyMs'),
    widgetFigure(row, 'settledMs'),
    row.widget?.status === 'ok'
      ? msStat(row.widget.summary.longestTaskLoadingMs)
      : ms(row.widget?.summary.longestStallMs?.median),
    row.widget?.status === 'ok' ? msStat(row.widget.summary.longestTaskMs) : DASH,
    msStat(row.bare?.summary.inkMs),
    msStat(row.bare?.summary.settledMs),
    msStat(row.bare?.summary.longestTaskMs),
    times(row.ratios['ink']),
    times(row.ratios['settled']),
    `${samples(row.widget?.summary.inkMs, row.widget?.cut)} / ${samples(row.bare?.summary.inkMs, row.bare?.cut)}`,
    row.note ?? status(row.widget),
  ]);
}

function memoryRows(rows: readonly ScaleRow[]): string[][] {
  const atTimeout = (row: ScaleRow) => (row.widget && row.widget.status !== 'ok' ? ' (at the timeout)' : '');
  return rows.map((row) => [
    count(row.size),
    row.shape,
    `${mb(row.widget?.summary.rendererPeakMB?.median)}${atTimeout(row)}`,
    mb(row.bare?.summary.rendererPeakMB?.median),
    times(row.ratios['rendererPeak']),
    `${mb(row.widget?.summary.heapPeakMB?.median)}${atTimeout(row)}`,
    mb(row.bare?.summary.heapPeakMB?.median),
  ]);
}

function frameRows(rows: readonly ScaleRow[]): string[][] {
  const f = (cell: CellResult | undefined) =>
    cell?.status === 'ok' || cell?.summary.frameMedianMs
      ? `${msStat(cell?.summary.frameMedianMs)} / ${msStat(cell?.summary.frameP95Ms)} / ${msStat(cell?.summary.frameMaxMs)}`
      : DASH;
  return rows.map((row) => [
    count(row.size),
    row.shape,
    f(row.widget),
    msStat(row.widget?.summary.gestureMs),
    f(row.bare),
    msStat(row.bare?.summary.gestureMs),
    times(row.ratios['frameP95']),
  ]);
}

function detailRows(rows: readonly ScaleRow[]): string[][] {
  return rows
    .filter((row) => row.full)
    .map((row) => [
      count(row.size),
      row.shape,
      msStat(row.bare?.summary.inkMs),
      msStat(row.full?.summary.inkMs),
      times(row.ratios['fullInk']),
      msStat(row.bare?.summary.frameP95Ms),
      msStat(row.full?.summary.frameP95Ms),
      times(row.ratios['fullFrameP95']),
      mb(row.bare?.summary.rendererPeakMB?.median),
      mb(row.full?.summary.rendererPeakMB?.median),
    ]);
}

export function scaleSection(data: SuiteData['scale']): string {
  const rows = data.rows;
  const finished = rows.filter((r) => r.widget?.status === 'ok');
  const largest = Math.max(0, ...finished.map((r) => r.size));
  return [
    '## Scale (browser)',
    '',
    `Synthetic graphs (\`generateDataset\`, m = 1.5 n, seed 1), each run a cold visit in a new browser, sizes in increasing order with a timeout each. Widget: the real embed, validating and laying out wherever it does (on the page, or in its Web Worker for large inputs), ready when it fires \`actor-graph-load\`. Bare: plain Cytoscape with the same elements, stylesheet and level of detail, at positions computed beforehand in Node with \`layoutGraph\` (so its figures carry no validation or layout cost), all elements added at once, in a canvas of the widget's size (${Math.round(data.canvas.width)} × ${Math.round(data.canvas.height)} px).`,
    '',
    `Largest size the widget finished: **${largest ? count(largest) : 'none'}** actors.`,
    '',
    '### Load',
    '',
    table(
      [
        'actors',
        'shape',
        'Node `layoutGraph`',
        'widget first ink',
        'widget ready',
        'widget settled',
        'widget longest task while loading',
        'widget longest task',
        'bare first ink',
        'bare settled',
        'bare longest task',
        'ink widget ÷ bare',
        'settled widget ÷ bare',
        'n (widget / bare)',
        'widget status',
      ],
      loadRows(rows),
    ),
    '',
    '"Ready" is the widget\'s `actor-graph-load` event; "settled" is the last frame in which the canvas changed before it stayed still for a second (the whole graph drawn and fitted). Longest task "while loading" counts tasks that began before the widget was ready (validation, layout, adding the graph to the canvas in slices); "longest task" also counts the first full draw that follows, one frame that Cytoscape cannot split. When the widget did not finish, "while loading" is the longest it kept a trivial evaluate from outside waiting (a lower bound). The bare page adds every element in one task, so its longest task is its whole first draw.',
    '',
    '### Memory',
    '',
    table(
      [
        'actors',
        'shape',
        'widget renderer peak RSS',
        'bare renderer peak RSS',
        'widget ÷ bare',
        'widget JS heap peak',
        'bare JS heap peak',
      ],
      memoryRows(rows),
    ),
    '',
    '### Pan and zoom',
    '',
    'Frame intervals while dragging the view and Ctrl+wheel zooming in and out, median / p95 / longest (a smooth page shows 16.7 ms); "gesture" is how long the scripted input took (each input waits for the page).',
    '',
    table(
      [
        'actors',
        'shape',
        'widget frames',
        'widget gesture',
        'bare frames',
        'bare gesture',
        'p95 widget ÷ bare',
      ],
      frameRows(rows),
    ),
    '',
    '### Reduced detail',
    '',
    `Above ${count(REDUCED_DETAIL_ELEMENTS)} elements (actors + relations) the widget draws reduced detail (the core's \`detailFor\`: straight edges without markers, labels only when zoomed in, Cytoscape's \`hideEdgesOnViewport\` and \`textureOnViewport\`), and so does the bare page above. Here the bare page draws the same graphs in full detail too (first shape only): what the reduced detail buys.`,
    '',
    table(
      [
        'actors',
        'shape',
        'first ink: reduced',
        'full',
        'full ÷ reduced',
        'frame p95: reduced',
        'full',
        'full ÷ reduced',
        'renderer peak: reduced',
        'full',
      ],
      detailRows(rows),
    ),
  ].join('\n');
}

export function profileSection({ runs }: SuiteData['profile']): string {
  return runs.map(profileOf).join('\n\n');
}

function profileOf(data: SuiteData['profile']['runs'][number]): string {
  const rows = (list: readonly { name: string; ms: number }[], n: number) =>
    list.slice(0, n).map((h) => [h.name, ms(h.ms), `${((h.ms / data.totalMs) * 100).toFixed(1)} %`]);
  return [
    `## Where the widget's load time goes (CPU profile, ${count(data.size)} actors, ${data.shape})`,
    '',
    `One cold load under the V8 sampling profiler, navigation to drawn and ready, main thread only (work in a Web Worker does not show): ${ms(data.totalMs)} sampled. Reproduce with \`npx tsx bench/profile.ts --size ${data.size}\` (\`--page bare\` for the baseline); the raw profile is \`${data.file}\`.`,
    '',
    'By the innermost file of ours on the stack (what our code caused, the dependencies it called included):',
    '',
    table(['file', 'time', 'share'], rows(data.ourFiles, 8)),
    '',
    'Self time by source:',
    '',
    table(['source', 'time', 'share'], rows(data.groups, 8)),
    '',
    'Hottest functions (self time):',
    '',
    table(['function', 'time', 'share'], rows(data.functions, 8)),
  ].join('\n');
}
