/**
 * `actor-graph analyze <data.json>`: the alliance analysis of a dataset (validated as `validate`
 * validates it) as a short report, or as JSON for other tools.
 */
import { AllianceError, analyzeAlliances, type AllianceOptionsInput } from '../alliance/index.ts';
import { allianceReport } from '../alliance/report.ts';
import { buildGraph, type ActorGraph } from '../graph/actor-graph.ts';
import { closest } from '../validate/did-you-mean.ts';
import { formatProblem } from '../validate/index.ts';
import { parseAnalyzeArgs, type AnalyzeRequest } from './analyze-options.ts';
import type { Command } from './command.ts';
import { CommandFailure, EXIT, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, reportLines } from './load-dataset.ts';

export const analyzeCommand: Command = {
  summary: 'Alliances: pair scores, two camps and their strain, unbalanced triangles, brokers.',
  usage: 'analyze <data.json> [--format text|json] [--exclude-status <status>] [options]',
  details: [
    '-f, --format text|json         A short report (default), or every number as JSON.',
    '--exclude-status <status>      Leave out reported, alleged or analysis relations. Repeatable,',
    '                               or comma-separated.',
    '--status-factor <status>=<n>   Weight of a status (default reported=1, alleged=0.5,',
    '                               analysis=0.25). Repeatable.',
    '--type-weight <type>=<n>       Weight of a relation type, instead of its scale value. Repeatable.',
    '--objective weight|count       What the camps minimise: the weight of the pairs against them',
    '                               (default) or their number.',
    '--exact-limit <n>              Parts of up to n actors are split exactly (default 24, at most 30).',
    '--no-sensitivity               Do not run the analysis again without alleged and analysis relations.',
    'The dataset is validated first; if it is invalid, its problems are printed and nothing else.',
    'The JSON is described in docs/cli.md.',
  ],
  exitCodes: 'Exit codes: 0 analysed, 1 invalid dataset, 2 unreadable file or bad usage, 70 internal error.',
  async run(args: readonly string[], io: Io): Promise<number> {
    const request = parseAnalyzeArgs(args);
    const loaded = await loadDataset(request.dataset);
    if (!loaded.dataset) {
      const lines = reportLines(request.dataset, loaded.problems, countsOf(loaded), false);
      io.err(`${lines.join('\n')}\n`);
      return EXIT.invalid;
    }
    for (const problem of loaded.problems) io.err(`${formatProblem(problem)}\n`);
    const graph = buildGraph(loaded.dataset);
    checkTypes(graph, request);
    const analysis = analyse(graph, request.options);
    const text =
      request.format === 'json' ? `${JSON.stringify(analysis, null, 2)}\n` : allianceReport(graph, analysis);
    io.out(text);
    try {
      await io.flushOut?.();
    } catch (error) {
      throw new CommandFailure('cannot write to standard output', EXIT.invalid, { cause: error });
    }
    return EXIT.ok;
  },
};

/** `--type-weight` names a type this dataset has: a typo would otherwise silently change nothing. */
function checkTypes(graph: ActorGraph, request: AnalyzeRequest): void {
  const types = graph.getAttribute('relationTypes').map((t) => t.id);
  for (const type of Object.keys(request.options.typeWeights ?? {})) {
    if (types.includes(type)) continue;
    const guess = closest(type, types);
    throw new UsageError(
      `--type-weight: this dataset has no relation type '${type}'${guess ? ` (did you mean '${guess}'?)` : ''}; its types: ${types.join(', ')}`,
    );
  }
}

function analyse(graph: ActorGraph, options: AllianceOptionsInput) {
  try {
    return analyzeAlliances(graph, options);
  } catch (error) {
    if (error instanceof AllianceError) throw new UsageError(error.message, { cause: error });
    throw error;
  }
}
