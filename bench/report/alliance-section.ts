import type { SuiteData } from '../results.ts';
import { count, ms, msStat, samples, table, times } from './format.ts';

const STAGES = ['pairs', 'camps', 'triads', 'inferences', 'brokers', 'sensitivity', 'finish'] as const;

export function allianceSection(data: SuiteData['alliance']): string {
  const rows = data.rows.map((r) => [
    `${count(r.actors)} actors, ${count(r.relations)} relations`,
    msStat(r.buildMs),
    r.error ? `failed: ${r.error}` : msStat(r.analysisMs),
    `**${times(r.analysisVsBuild)}**`,
    `${msStat(r.buildCpuMs)} / ${msStat(r.analysisCpuMs)} (**${times(r.cpuVsBuild)}**)`,
    `${r.method}, ${count(r.frustration.count)} of ${count(r.frustration.signedPairs)} pairs`,
    `${count(r.progressReports)}; ${msStat(r.longestStepMs)}`,
    samples(r.analysisMs),
  ]);
  const stages = data.rows.map((r) => [`${count(r.actors)} actors`, ...STAGES.map((s) => ms(r.stagesMs[s]))]);
  const exact = data.exact.map((r) => [
    `${r.actors} (${count(r.pairs)} pairs)`,
    msStat(r.exactMs),
    msStat(r.exactCpuMs),
    `${times(r.exactVsBuild)}`,
    msStat(r.heuristicMs),
    `${r.exactFrustration ?? '–'} / ${r.heuristicFrustration ?? '–'}`,
  ]);
  const e = data.exports;
  return [
    '## Alliance analysis (Node)',
    '',
    '`allianceSteps` on `generateDataset({ actors, ratio: 1.5, shape: "random" })` (cooperative, conflictual and neutral types; reported, alleged and analysis relations), against building the graphology graph of the same dataset (`buildGraph`), interleaved in one process. Wall time, and this process\'s CPU time, which a busy machine disturbs less: the load average was ' +
      data.loadAverage.toFixed(1) +
      ' on 2 cores when the suite started.',
    '',
    table(
      [
        'graph',
        'build (baseline)',
        'analysis',
        'ratio',
        'analysis CPU',
        'camps',
        'progress reports; longest gap',
        'n',
      ],
      rows,
    ),
    '',
    'Where the time goes (medians, by stage; `finish` is the result being put together):',
    '',
    table(['graph', ...STAGES], stages),
    '',
    `The exact camp search on its worst case, every pair of n actors signed at random (2^(n−1) splits, each step costing n−1), and the heuristic on the same graphs; the default exact limit is ${data.exactLimit}:`,
    '',
    table(
      ['actors', 'exact', 'exact CPU', 'exact vs build', 'heuristic', 'frustration exact / heuristic'],
      exact,
    ),
    ...(e
      ? [
          '',
          `- Exports: \`writeGraphml\` of ${count(e.actors)} actors and ${count(e.relations)} relations takes ${msStat(e.withAllianceMs)} with camps and pair scores, ${msStat(e.plainMs)} without (**${times(e.ratio)}**).`,
        ]
      : []),
  ].join('\n');
}
