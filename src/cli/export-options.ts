/**
 * The `export` command line, checked and resolved before any file is read: every mistake that the
 * arguments alone reveal is a UsageError (exit 2) here, not a surprise after the work is done.
 */
import path from 'node:path';
import { EXPORT_FORMATS, type ExportFormatId } from '../export/formats.ts';
import { RELATION_STATUSES, type RelationStatus } from '../model/dataset.ts';
import { closest } from '../validate/did-you-mean.ts';
import { parseCommandLine } from './command.ts';
import { UsageError } from './io.ts';
import { VIEW_MODES, type ViewMode } from '../view/snapshot.ts';

export const IMAGE_FORMATS: ReadonlySet<ExportFormatId> = new Set(['png', 'svg']);

/** What an image export was asked for; the SVG writer's options are made from it. */
export interface ImageRequest {
  readonly theme: 'light' | 'dark';
  /** Pixels per graph unit. */
  readonly scale: number;
  /** The image's width in pixels, instead of a scale. */
  readonly width?: number;
  readonly background?: string;
  readonly region: 'full' | 'view';
  /** The size of the canvas the view was seen in, in screen pixels: `--region view` shows that much. */
  readonly viewSize: { readonly width: number; readonly height: number };
  readonly legend: boolean;
  readonly title?: string;
  /** The picture drawn; undefined: the --view file's, else the relations graph. */
  readonly viewMode?: ViewMode;
}

export interface ExportRequest {
  readonly dataset: string;
  readonly format: ExportFormatId;
  /** Undefined: the dataset id's file name in the current folder. `-`: standard output. */
  readonly out?: string;
  readonly force: boolean;
  readonly view?: string;
  readonly hideTypes: readonly string[];
  readonly hideStatuses: readonly RelationStatus[];
  /** Export every relation, whatever the view file's filters hide. */
  readonly allRelations: boolean;
  readonly embedSources: boolean;
  /** json: save each actor's position (as drawn: the view's, the saved ones or the layout's). */
  readonly withPositions: boolean;
  readonly image: ImageRequest;
}

/** The widget's canvas at its default height (560 px) beside the evidence panel on a laptop screen. */
export const DEFAULT_VIEW_SIZE = Object.freeze({ width: 960, height: 560 });
export const DEFAULT_PNG_SCALE = 2;
export const DEFAULT_SVG_SCALE = 1;

const OPTIONS = {
  format: { type: 'string', short: 'f' },
  out: { type: 'string', short: 'o' },
  force: { type: 'boolean' },
  view: { type: 'string' },
  'hide-type': { type: 'string', multiple: true },
  'hide-status': { type: 'string', multiple: true },
  'all-relations': { type: 'boolean' },
  'embed-sources': { type: 'boolean' },
  'with-positions': { type: 'boolean' },
  theme: { type: 'string' },
  scale: { type: 'string' },
  width: { type: 'string' },
  background: { type: 'string' },
  region: { type: 'string' },
  'view-size': { type: 'string' },
  'no-legend': { type: 'boolean' },
  title: { type: 'string' },
  'view-mode': { type: 'string' },
} as const;

/** Options that only mean something for a picture. */
const IMAGE_OPTIONS = [
  'theme',
  'scale',
  'width',
  'background',
  'region',
  'view-size',
  'no-legend',
  'title',
  'view-mode',
] as const;
const FORMAT_IDS = EXPORT_FORMATS.map((f) => f.id);

export function parseExportArgs(args: readonly string[], outIsTerminal: boolean): ExportRequest {
  const { values, positionals } = parseCommandLine(args, OPTIONS);
  const [dataset, ...extra] = positionals;
  if (dataset === undefined)
    throw new UsageError('export needs a dataset file, e.g. actor-graph export data.json --out graph.png');
  if (extra.length > 0) throw new UsageError(`export takes one dataset file, got ${positionals.length}`);

  const out = values.out;
  if (out === '') throw new UsageError('--out needs a file name, or - for standard output');
  const format = resolveFormat(values.format, out);
  if (format === 'png' && out === '-' && outIsTerminal)
    throw new UsageError(
      'will not write PNG bytes to a terminal; redirect standard output or give --out file.png',
    );

  const image = IMAGE_FORMATS.has(format);
  for (const name of IMAGE_OPTIONS)
    if (!image && values[name] !== undefined) throw new UsageError(`--${name} applies to png and svg only`);
  if (values['embed-sources'] && format !== 'json')
    throw new UsageError('--embed-sources applies to json only');
  if (values['with-positions'] && format !== 'json')
    throw new UsageError('--with-positions applies to json only (graphml and gexf always have positions)');
  if (values.scale !== undefined && values.width !== undefined)
    throw new UsageError('give --scale or --width, not both');

  const hideTypes = values['hide-type'] ?? [];
  const hideStatuses = (values['hide-status'] ?? []).map(status);
  const allRelations = values['all-relations'] ?? false;
  if (allRelations && values.view === undefined)
    throw new UsageError('--all-relations ignores the filters of a --view file, and there is none');
  if (allRelations && hideTypes.length + hideStatuses.length > 0)
    throw new UsageError('--all-relations and --hide-type or --hide-status contradict each other');

  const region = oneOf('--region', values.region ?? 'full', ['full', 'view'] as const);
  if (region === 'view' && values.view === undefined)
    throw new UsageError('--region view needs --view <view.json>, whose viewport it shows');
  if (values['view-size'] !== undefined && region !== 'view')
    throw new UsageError('--view-size applies with --region view only');

  return {
    dataset,
    format,
    ...(out === undefined ? {} : { out }),
    force: values.force ?? false,
    ...(values.view === undefined ? {} : { view: values.view }),
    hideTypes,
    hideStatuses,
    allRelations,
    embedSources: values['embed-sources'] ?? false,
    withPositions: values['with-positions'] ?? false,
    image: {
      theme: oneOf('--theme', values.theme ?? 'light', ['light', 'dark'] as const),
      scale:
        values.scale === undefined
          ? format === 'png'
            ? DEFAULT_PNG_SCALE
            : DEFAULT_SVG_SCALE
          : positive('--scale', values.scale),
      ...(values.width === undefined ? {} : { width: positiveInteger('--width', values.width) }),
      ...(values.background === undefined ? {} : { background: values.background }),
      region,
      viewSize: values['view-size'] === undefined ? DEFAULT_VIEW_SIZE : size(values['view-size']),
      legend: !values['no-legend'],
      ...(values.title === undefined ? {} : { title: values.title }),
      ...(values['view-mode'] === undefined
        ? {}
        : { viewMode: oneOf('--view-mode', values['view-mode'], VIEW_MODES) }),
    },
  };
}

/** `--format`, or the extension of `--out`; both given, they must agree. */
function resolveFormat(given: string | undefined, out: string | undefined): ExportFormatId {
  const extension = out === undefined || out === '-' ? '' : path.extname(out).slice(1).toLowerCase();
  const implied = EXPORT_FORMATS.find((f) => f.extension === extension)?.id;
  if (given === undefined) {
    if (implied) return implied;
    throw new UsageError(
      `export needs --format (${FORMAT_IDS.join(', ')}), or an --out file whose extension names one`,
    );
  }
  const format = oneOf('--format', given.toLowerCase(), FORMAT_IDS);
  if (implied && implied !== format)
    throw new UsageError(
      `--out ${out} names a .${extension} file but --format is ${format}; make them agree`,
    );
  return format;
}

function oneOf<T extends string>(option: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  const guess = closest(value, allowed);
  throw new UsageError(
    `${option} must be one of ${allowed.join(', ')}, not '${value}'${guess ? ` (did you mean '${guess}'?)` : ''}`,
  );
}

function status(value: string): RelationStatus {
  return oneOf('--hide-status', value, RELATION_STATUSES);
}

function positive(option: string, value: string): number {
  const n = /^\s*[0-9.eE+]+\s*$/.test(value) ? Number(value) : NaN;
  if (!(n > 0 && Number.isFinite(n)))
    throw new UsageError(`${option} must be a positive number, not '${value}'`);
  return n;
}

function positiveInteger(option: string, value: string): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : NaN;
  if (!(Number.isSafeInteger(n) && n > 0))
    throw new UsageError(`${option} must be a whole number of pixels, not '${value}'`);
  return n;
}

function size(value: string): { width: number; height: number } {
  const match = /^([0-9]+)x([0-9]+)$/i.exec(value);
  const width = Number(match?.[1]);
  const height = Number(match?.[2]);
  if (!match || !(width > 0 && height > 0 && Number.isSafeInteger(width) && Number.isSafeInteger(height)))
    throw new UsageError(`--view-size must be WIDTHxHEIGHT in pixels, e.g. 960x560, not '${value}'`);
  return { width, height };
}
