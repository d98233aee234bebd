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
import type { CommandCode } from './command.ts';
import { CommandFailure, EXIT, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, reportLines } from './load-dataset.ts';

export const command: CommandCode = {
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
