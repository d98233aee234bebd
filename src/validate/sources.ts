/**
 * Loads the text of every source: inline `text` exactly as the JSON string holds it, `file` through
 * the caller's resolver (the CLI reads it next to the dataset, the widget fetches it next to the
 * dataset's URL). A file goes through the same decoding as the dataset, so it has the same encoding
 * rules and limits, and a byte order mark is dropped from its bytes. Inline text is already text: a
 * U+FEFF at its start is a character like any other, and offsets count it.
 */
import { printable, quoted } from '../text/printable.ts';
import { decodeText, tooLargeMessage } from './decode.ts';
import { PROBLEM_CODES, type Problem, type ProblemSink } from './problem.ts';
import { objectsIn, stringIn } from './shape.ts';
import { suspiciousSigns } from './suspicious.ts';

export type ResolveSource = (file: string) => Promise<Uint8Array | string>;

export interface SourceOptions {
  readonly file: string;
  readonly resolveSource?: ResolveSource | undefined;
  readonly maxBytes: number;
  /** Where problems go as they are found; without it, they are returned. */
  readonly sink?: ProblemSink;
  /** Reads already started (`startSourceReads`), by file. */
  readonly started?: ReadonlyMap<string, Promise<Uint8Array | string>>;
}

/**
 * What a resolver throws for a file over the byte limit, so the problem is `too-large` (as for the
 * dataset itself) rather than a generic read failure. Any error with numeric `size` and `maxBytes`
 * counts: the CLI's and the widget's readers throw their own.
 */
export class SourceTooLargeError extends Error {
  override readonly name = 'SourceTooLargeError';
  readonly size: number;
  readonly maxBytes: number;

  constructor(size: number, maxBytes: number, message = `it is over the limit of ${maxBytes} bytes`) {
    super(message);
    this.size = size;
    this.maxBytes = maxBytes;
  }
}

function sizeOfTooLarge(error: unknown): { size: number; maxBytes: number } | undefined {
  if (error === null || typeof error !== 'object') return undefined;
  const { size, maxBytes } = error as { size?: unknown; maxBytes?: unknown };
  return typeof size === 'number' && typeof maxBytes === 'number' ? { size, maxBytes } : undefined;
}

/** Same rule as the schema's `file` pattern: relative, inside the dataset's folder. */
const SAFE_PATH = /^(?![/\\])(?!.*\.\.)[A-Za-z0-9_./-]+$/;

/**
 * Starts reading the source files a dataset names, as soon as it is parsed, so that they download
 * while the schema and references are checked (`loadSources` then takes them). Only the files
 * `loadSources` itself would read: a source with a safe `file` and no `text`, each file once.
 */
export function startSourceReads(
  root: unknown,
  resolveSource: ResolveSource | undefined,
): Map<string, Promise<Uint8Array | string>> {
  const reads = new Map<string, Promise<Uint8Array | string>>();
  if (!resolveSource) return reads;
  const seen = new Set<string>();
  for (const [source] of objectsIn(root, 'sources')) {
    // The sources loadSources reads (see its loop below): a first id, a file, no text, a safe path.
    const id = stringIn(source, 'id');
    const file = stringIn(source, 'file');
    if (id === undefined || seen.has(id) || file === undefined || stringIn(source, 'text') !== undefined)
      continue;
    seen.add(id);
    if (!SAFE_PATH.test(file) || reads.has(file)) continue;
    const read = Promise.resolve().then(() => resolveSource(file));
    // Awaited by loadSources; a failure is reported there, not as an unhandled rejection meanwhile.
    read.catch(() => {});
    reads.set(file, read);
  }
  return reads;
}

export async function loadSources(
  root: unknown,
  options: SourceOptions,
): Promise<{ texts: Map<string, string>; problems: Problem[] }> {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  const emit = options.sink ?? ((problem: Problem) => void problems.push(problem));
  // Two sources naming one file read it once.
  const reads = new Map<string, Promise<Uint8Array | string>>(options.started);
  const unavailable = (path: string, message: string): void =>
    emit({ code: PROBLEM_CODES.sourceUnavailable, severity: 'error', file: options.file, path, message });

  const load = async (
    id: string,
    index: number,
    inline: string | undefined,
    file: string | undefined,
  ): Promise<void> => {
    const path = `$.sources[${index}].${file === undefined ? 'text' : 'file'}`;
    const subject = file === undefined ? `The text of source ${quoted(id)}` : `Source file ${quoted(file)}`;
    let text: string;
    if (file === undefined) {
      // Empty or only whitespace: the schema refuses it, and no quote could match it anyway.
      if (inline === undefined || !/\S/.test(inline)) return;
      text = inline;
    } else {
      const { resolveSource } = options;
      if (!resolveSource) {
        unavailable(path, `${subject} cannot be read here: only sources with "text" can be checked.`);
        return;
      }
      let read = reads.get(file);
      if (!read) reads.set(file, (read = Promise.resolve().then(() => resolveSource(file))));
      let input: Uint8Array | string;
      try {
        input = await read;
      } catch (error) {
        const over = sizeOfTooLarge(error);
        if (over) {
          emit({
            code: PROBLEM_CODES.tooLarge,
            severity: 'error',
            file: options.file,
            path,
            message: tooLargeMessage(subject, over.size, over.maxBytes),
          });
          return;
        }
        const reason = printable(error instanceof Error ? error.message : String(error), 300);
        unavailable(path, `${subject} could not be read: ${reason}`);
        return;
      }
      const decoded = decodeText(input, { file: options.file, path, subject, maxBytes: options.maxBytes });
      decoded.problems.forEach(emit);
      if (decoded.text === undefined) return;
      text = decoded.text;
    }
    for (const sign of suspiciousSigns(text)) {
      emit({
        code: PROBLEM_CODES.suspiciousText,
        severity: 'warning',
        file: options.file,
        path,
        message: `${subject} ${sign}.`,
      });
    }
    texts.set(id, text);
  };

  const pending: Promise<void>[] = [];
  const seen = new Set<string>();
  for (const [source, index] of objectsIn(root, 'sources')) {
    const id = stringIn(source, 'id');
    const inline = stringIn(source, 'text');
    const file = stringIn(source, 'file');
    // Duplicate ids, both or neither of file/text, unsafe paths: already reported by the schema or id checks.
    if (id === undefined || seen.has(id) || (inline === undefined) === (file === undefined)) continue;
    if (file !== undefined && !SAFE_PATH.test(file)) continue;
    seen.add(id);
    pending.push(load(id, index, inline, file));
  }
  await Promise.all(pending);
  return { texts, problems };
}
