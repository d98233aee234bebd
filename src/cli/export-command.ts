/**
 * `actor-graph export <data.json> --format <format> --out <path>`: the dataset, validated as
 * `validate` validates it, written as a file the way the widget would export it. The target is
 * checked before any work and written atomically, so an existing file is never lost.
 */
import path from 'node:path';
import { buildGraph, type ActorGraph } from '../graph/actor-graph.ts';
import { ExportError, exportFileName } from '../export/index.ts';
import type { Point, Positions } from '../geometry/point.ts';
import { layoutGraph } from '../layout/layout-plan.ts';
import { savedPositions } from '../layout/saved-positions.ts';
import type { Dataset, RelationStatus } from '../model/dataset.ts';
import { RenderError } from '../render/render-error.ts';
import { printable } from '../text/printable.ts';
import { closest } from '../validate/did-you-mean.ts';
import { formatProblem } from '../validate/index.ts';
import { visibleRelations } from '../view/filters.ts';
import type { ViewSnapshot } from '../view/snapshot.ts';
import type { CommandCode } from './command.ts';
import { parseExportArgs, type ExportRequest } from './export-options.ts';
import { renderExport, type ExportScene, type Rendered } from './export-render.ts';
import { CommandFailure, EXIT, UsageError, type Io } from './io.ts';
import { countsOf, loadDataset, plural, reportLines } from './load-dataset.ts';
import { checkTarget, writeOutput, type Target } from './output-file.ts';
import { matchView, readViewFile, type MatchedView } from './view-file.ts';

const STDOUT = '-';

export const command: CommandCode = {
  async run(args: readonly string[], io: Io): Promise<number> {
    const request = parseExportArgs(args, io.outIsTerminal ?? false);
    // Warnings name files and ids the user or the view gave: escaped, as every line on the terminal is.
    const warn = (message: string): void => io.err(`actor-graph: warning: ${printable(message, Infinity)}\n`);
    const given =
      request.out === undefined || request.out === STDOUT ? undefined : target(request.out, request);
    if (given) await checkTarget(given);

    const loaded = await loadDataset(request.dataset);
    if (!loaded.dataset) {
      const lines = reportLines(request.dataset, loaded.problems, countsOf(loaded), false);
      io.err(`${lines.join('\n')}\n`);
      return EXIT.invalid;
    }
    for (const problem of loaded.problems) io.err(`${formatProblem(problem)}\n`);
    const { dataset } = loaded;
    let out = given;
    if (!out && request.out !== STDOUT) {
      out = target(exportFileName(dataset.id, request.format), request);
      await checkTarget(out);
    }

    const graph = buildGraph(dataset);
    const view = request.view === undefined ? undefined : await readView(request.view, graph, io);
    if (view === null) return EXIT.invalid;
    view?.matched.warnings.forEach(warn);
    const scene = sceneOf(graph, request, loaded.sources, view);
    const rendered = render(graph, request, scene);
    rendered.warnings.forEach(warn);
    if (request.format === 'json' && out) warnAboutSourceFiles(dataset, request, out, warn);

    if (out) await writeOutput(out, rendered.data);
    else await writeToStdout(rendered.data, io);
    const written = out ? printable(out.name, Infinity) : `${request.format} to standard output`;
    io.err(`✓ wrote ${written} (${describe(rendered, request, scene, graph)})\n`);
    return EXIT.ok;
  },
};

/** Says "written" only once the bytes are out: a closed pipe is a failed export, not a success. */
async function writeToStdout(data: string | Uint8Array, io: Io): Promise<void> {
  io.out(data);
  try {
    await io.flushOut?.();
  } catch (error) {
    const reason =
      (error as { code?: unknown }).code === 'EPIPE'
        ? 'the reader closed it'
        : error instanceof Error
          ? error.message
          : String(error);
    throw new CommandFailure(`cannot write to standard output: ${reason}`, EXIT.invalid, { cause: error });
  }
}

function target(name: string, request: ExportRequest): Target {
  return { name, path: path.resolve(name), force: request.force };
}

/** The view file, matched to the dataset; null when it is invalid (its problems are printed). */
async function readView(
  file: string,
  graph: ActorGraph,
  io: Io,
): Promise<{ snapshot: ViewSnapshot; matched: MatchedView } | null> {
  const { snapshot, problems } = await readViewFile(file);
  for (const problem of problems) io.err(`${formatProblem(problem)}\n`);
  if (!snapshot) {
    io.err(`✗ ${printable(file, Infinity)}: not a usable view snapshot, nothing written\n`);
    return null;
  }
  return { snapshot, matched: matchView(graph, snapshot, file) };
}

function sceneOf(
  graph: ActorGraph,
  request: ExportRequest,
  sourceTexts: ReadonlyMap<string, string>,
  view: { snapshot: ViewSnapshot; matched: MatchedView } | undefined,
): ExportScene {
  const types = graph.getAttribute('relationTypes').map((t) => t.id);
  for (const type of request.hideTypes) {
    if (types.includes(type)) continue;
    const guess = closest(type, types);
    throw new UsageError(
      `--hide-type: this dataset has no relation type '${type}'${guess ? ` (did you mean '${guess}'?)` : ''}; its types: ${types.join(', ')}`,
    );
  }
  const fromView = view && !request.allRelations;
  const hiddenTypes = new Set([...(fromView ? view.matched.hiddenTypes : []), ...request.hideTypes]);
  const hiddenStatuses = new Set<RelationStatus>([
    ...(fromView ? view.snapshot.filter.hiddenStatuses : []),
    ...request.hideStatuses,
  ]);
  const filtered = hiddenTypes.size + hiddenStatuses.size > 0;
  if (request.image.region === 'view' && !view?.snapshot.viewport)
    throw new UsageError(`--region view needs a viewport, and ${request.view} has none`);

  let positions: Positions | undefined;
  return {
    relationIds: filtered ? visibleRelations(graph, { hiddenTypes, hiddenStatuses }) : undefined,
    positions: () => (positions ??= layout(graph, view?.matched.positions)),
    selection: view?.matched.selection ?? null,
    viewport: view?.snapshot.viewport,
    viewMode: request.image.viewMode ?? view?.snapshot.viewMode ?? 'relations',
    allianceSelection: view?.matched.allianceSelection ?? null,
    embedSources: request.embedSources,
    withPositions: request.withPositions,
    sourceTexts,
  };
}

/**
 * The view's positions, and for the actors the view does not place, the dataset's saved ones or the
 * computed layout's: as the widget places them, so images and positions match the screen.
 */
function layout(graph: ActorGraph, placed: ReadonlyMap<string, Point> | undefined): Positions {
  if (placed && graph.everyNode((node) => placed.has(node))) return placed;
  return new Map([...(savedPositions(graph) ?? layoutGraph(graph)), ...(placed ?? [])]);
}

/** The writers' refusals as the CLI's: a bad colour is a usage mistake, anything else a failed export. */
function render(graph: ActorGraph, request: ExportRequest, scene: ExportScene): Rendered {
  try {
    return renderExport(graph, request.format, scene, request.image);
  } catch (error) {
    if (error instanceof ExportError && error.path === 'options.background')
      throw new UsageError(`--background: ${error.message}`);
    if (error instanceof ExportError || error instanceof RenderError)
      throw new CommandFailure(`cannot export ${request.format}: ${error.message}`, EXIT.invalid, {
        cause: error,
      });
    throw error;
  }
}

/** A JSON file names its sources relative to itself; elsewhere than the dataset, they are not there. */
function warnAboutSourceFiles(
  dataset: Dataset,
  request: ExportRequest,
  out: Target,
  warn: (message: string) => void,
): void {
  if (request.embedSources || !dataset.sources.some((s) => s.file !== undefined)) return;
  if (path.dirname(out.path) === path.dirname(path.resolve(request.dataset))) return;
  warn(
    `${out.name} names its source files relative to its own folder, where they are not; use --embed-sources for one self-contained file`,
  );
}

function describe(rendered: Rendered, request: ExportRequest, scene: ExportScene, graph: ActorGraph): string {
  const bytes = typeof rendered.data === 'string' ? Buffer.byteLength(rendered.data) : rendered.data.length;
  const size =
    bytes < 1000
      ? plural(bytes, 'byte')
      : bytes < 1e6
        ? `${Math.round(bytes / 1000)} kB`
        : `${(bytes / 1e6).toFixed(1)} MB`;
  if (rendered.pixels) return `${rendered.pixels.width} × ${rendered.pixels.height}, ${size}`;
  const ids = scene.relationIds ?? graph.edges();
  const relations = scene.relationIds
    ? `${ids.length} of ${plural(graph.size, 'relation')}`
    : plural(graph.size, 'relation');
  if (request.format === 'csv') {
    const quotes = ids.reduce(
      (sum, id) => sum + Math.max(1, graph.getEdgeAttribute(id, 'evidence').length),
      0,
    );
    return `${relations}, ${plural(quotes, 'row')}, ${size}`;
  }
  return `${plural(graph.order, 'actor')}, ${relations}, ${size}`;
}
