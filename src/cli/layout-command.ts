/**
 * `actor-graph layout <data.json> --out <path>`: the dataset again, with every actor's `position`
 * saved, so that the widget and `export` draw it with no layout to run (the first drawing of a
 * graph comes sooner: nothing to compute). The positions are the layout the widget would compute
 * (the saved ones are computed again), or those of a view snapshot (`--view`: actors arranged by
 * hand in the explorer); actors the view does not place get computed ones. The dataset is validated
 * first, as `export` validates it, and the file is written as `export` writes one: never over an
 * existing file without `--force`, and whole or not at all.
 */
import path from 'node:path';
import { buildGraph } from '../graph/actor-graph.ts';
import { writeJson } from '../export/json.ts';
import { layoutGraph } from '../layout/layout-plan.ts';
import { formatProblem } from '../validate/index.ts';
import { parseCommandLine, type CommandCode } from './command.ts';
import { EXIT, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, plural, reportLines } from './load-dataset.ts';
import { checkTarget, writeOutput, type Target } from './output-file.ts';
import { matchView, readViewFile } from './view-file.ts';

const STDOUT = '-';

export const command: CommandCode = {
  async run(args: readonly string[], io: Io): Promise<number> {
    const { values, positionals } = parseCommandLine(args, {
      out: { type: 'string', short: 'o' },
      view: { type: 'string' },
      force: { type: 'boolean' },
    });
    const [file, ...extra] = positionals;
    if (file === undefined)
      throw new UsageError(
        'layout needs a dataset file, e.g. actor-graph layout data.json --out data.json --force',
      );
    if (extra.length > 0) throw new UsageError(`layout takes one dataset, not also ${extra.join(', ')}`);
    if (values.out === undefined)
      throw new UsageError(
        'layout needs --out <path> (the dataset itself with --force, or - for standard output)',
      );
    const out: Target | undefined =
      values.out === STDOUT
        ? undefined
        : { name: values.out, path: path.resolve(values.out), force: values.force ?? false };
    if (out) await checkTarget(out);

    const loaded = await loadDataset(file);
    if (!loaded.dataset) {
      io.err(`${reportLines(file, loaded.problems, countsOf(loaded), false).join('\n')}\n`);
      return EXIT.invalid;
    }
    for (const problem of loaded.problems) io.err(`${formatProblem(problem)}\n`);
    const { dataset } = loaded;
    const graph = buildGraph(dataset);
    let placed: ReadonlyMap<string, { x: number; y: number }> | undefined;
    if (values.view !== undefined) {
      const { snapshot, problems } = await readViewFile(values.view);
      for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
      if (!snapshot) {
        io.err(`✗ ${values.view}: not a usable view snapshot, nothing written\n`);
        return EXIT.invalid;
      }
      const matched = matchView(graph, snapshot, values.view);
      for (const warning of matched.warnings) io.err(`actor-graph: warning: ${warning}\n`);
      placed = matched.positions;
    }
    const every = placed !== undefined && graph.everyNode((node) => placed.has(node));
    const positions = every ? placed! : new Map([...layoutGraph(graph), ...(placed ?? [])]);
    const text = writeJson(graph, {
      positions,
      schemaUrl: dataset.$schema ?? './schema.json',
    });
    if (out) await writeOutput(out, text);
    else io.out(text);
    const from = placed ? `the view ${values.view}${every ? '' : ' and the layout'}` : 'the layout';
    io.err(
      `✓ wrote ${out ? out.name : 'the dataset to standard output'} (${plural(graph.order, 'actor')} placed by ${from})\n`,
    );
    return EXIT.ok;
  },
};
