/**
 * Loads the text of every source: inline `text` exactly as the JSON string holds it, `file` through
 * the caller's resolver (the CLI reads it next to the dataset, the widget fetches it next to the
 * dataset's URL). A file goes through the same decoding as the dataset, so it has the same encoding
 * rules and limits, and a byte order mark is dropped from its bytes. Inline text is already text: a
 * U+FEFF at its start is a character like any other, and offsets count it.
 *
 * A file is read once however it is spelled (`big.txt`, `./big.txt`, `././big.txt`), files are read
 * one after the other, and every source that names a file counts its bytes against one total,
 * `limits.maxSourceBytes`: one 45 MB file named by a hundred sources would otherwise be read, held,
 * checked and exported a hundred times.
 */
import { printable, quoted } from '../text/printable.ts';
import { decodeText, formatSize, tooLargeMessage } from './decode.ts';
import { PROBLEM_CODES, type Problem, type ProblemSink } from './problem.ts';
import { objectsIn, stringIn } from './shape.ts';
import { suspiciousSigns } from './suspicious.ts';

/**
 * Reads a source `file` (relative to the dataset, spelled as `canonicalFile` gives it) as bytes or
 * text, holding no more than `maxBytes`: past that it throws an error with numeric `size` and
 * `maxBytes` (`SourceTooLargeError`). It may reject for any other reason, with a message.
 */
export type ResolveSource = (
  file: string,
  options: { readonly maxBytes: number },
) => Promise<Uint8Array | string>;

export interface SourceOptions {
  readonly file: string;
  readonly resolveSource?: ResolveSource | undefined;
  /** Most bytes of one file. */
  readonly maxBytes: number;
  /** Most bytes of the source files together, each source that names one counted. None when absent. */
  readonly maxSourceBytes?: number;
  /** Where problems go as they are found; without it, they are returned. */
  readonly sink?: ProblemSink;
  /** The file reads `startSourceReads` began, for the same dataset and options. */
  readonly started?: Promise<ReadonlyMap<number, FileOutcome>>;
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

/**
 * Same rule as the schema's `file` pattern: relative, inside the dataset's folder, and no hidden file
 * or folder (`.env`, `.git/config`): those hold settings and secrets, and `export --embed-sources`
 * would copy them into a file meant for others.
 */
const SAFE_PATH = /^(?![/\\])(?!.*\.\.)(?!(?:.*\/)?\.[^/])[A-Za-z0-9_./-]+$/;

/**
 * The one spelling of a relative path: without `.` segments and repeated slashes, so `./big.txt`,
 * `././big.txt` and `big.txt` are one file (a path with `..` never gets this far).
 */
export const canonicalFile = (file: string): string =>
  file
    .split('/')
    .filter((part) => part !== '' && part !== '.')
    .join('/');

/** A file as read, whichever sources name it: its size, its text and what is wrong with it. */
interface FileRead {
  readonly size: number;
  readonly text?: string;
  readonly problems: readonly Omit<Problem, 'path'>[];
}

/** What became of the file a source names: read (with what is wrong with it), or too large. */
type FileOutcome = { readonly read: FileRead } | { readonly tooLarge: string };

/**
 * Starts reading the source files a dataset names as soon as it is parsed, so that they download
 * while the schema and references are checked; `loadSources` given the result (`started`) reports
 * them. The reads are the ones `loadSources` makes, in the same order and against the same total.
 */
export function startSourceReads(root: unknown, options: SourceOptions): Promise<Map<number, FileOutcome>> {
  const reads = readFiles(root, options);
  // Awaited by loadSources; a failure is reported there, not as an unhandled rejection meanwhile.
  reads.catch(() => {});
  return reads;
}

/** The sources `loadSources` reports on, in the dataset's order; duplicates and unsafe paths are not. */
function* usableSources(
  root: unknown,
): Generator<{ id: string; index: number; text?: string; file?: string }> {
  const seen = new Set<string>();
  for (const [source, index] of objectsIn(root, 'sources')) {
    const id = stringIn(source, 'id');
    const text = stringIn(source, 'text');
    const file = stringIn(source, 'file');
    // Duplicate ids, both or neither of file/text, unsafe paths: already reported by the schema or id checks.
    if (id === undefined || seen.has(id) || (text === undefined) === (file === undefined)) continue;
    if (file !== undefined && !SAFE_PATH.test(file)) continue;
    seen.add(id);
    yield { id, index, ...(text === undefined ? {} : { text }), ...(file === undefined ? {} : { file }) };
  }
}

/**
 * Reads the file of every source that names one, by source index. One after the other, so the total
 * is spent in the dataset's order, the same way every time; a file named twice is read once.
 */
async function readFiles(root: unknown, options: SourceOptions): Promise<Map<number, FileOutcome>> {
  const total = options.maxSourceBytes ?? Number.POSITIVE_INFINITY;
  const reads = new Map<string, FileRead>();
  const outcomes = new Map<number, FileOutcome>();
  let used = 0;
  for (const { index, file: written } of usableSources(root)) {
    if (written === undefined) continue;
    const subject = `Source file ${quoted(written)}`;
    const file = canonicalFile(written);
    const left = total - used;
    let read = reads.get(file);
    if (!read) {
      const allowed = Math.min(options.maxBytes, left);
      const got = await readFile(file, subject, allowed, options);
      if (typeof got === 'number') {
        // Over the file's own limit, or over what the sources before it left of the total.
        const over = allowed < options.maxBytes && !(Number.isFinite(got) && got > options.maxBytes);
        outcomes.set(index, {
          tooLarge: over ? overTotal(subject, used, total) : tooLargeMessage(subject, got, options.maxBytes),
        });
        continue;
      }
      reads.set(file, (read = got));
    } else if (read.size > left) {
      const why = ' (an earlier source names it too, and each one counts)';
      outcomes.set(index, { tooLarge: overTotal(subject, used, total, why) });
      continue;
    }
    used += read.size;
    outcomes.set(index, { read });
  }
  return outcomes;
}

export async function loadSources(
  root: unknown,
  options: SourceOptions,
): Promise<{ texts: Map<string, string>; problems: Problem[] }> {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  const emit = options.sink ?? ((problem: Problem) => void problems.push(problem));
  const files = await (options.started ?? readFiles(root, options));

  const fromFile = (id: string, index: number): void => {
    const path = `$.sources[${index}].file`;
    const outcome = files.get(index);
    if (!outcome) return;
    if ('tooLarge' in outcome) {
      emit({
        code: PROBLEM_CODES.tooLarge,
        severity: 'error',
        file: options.file,
        path,
        message: outcome.tooLarge,
      });
      return;
    }
    for (const problem of outcome.read.problems) emit({ ...problem, path });
    if (outcome.read.text !== undefined) texts.set(id, outcome.read.text);
  };

  const inline = (id: string, index: number, text: string): void => {
    // Empty or only whitespace: the schema refuses it, and no quote could match it anyway.
    if (!/\S/.test(text)) return;
    for (const sign of suspiciousSigns(text)) {
      const message = `The text of source ${quoted(id)} ${sign}.`;
      emit({
        code: PROBLEM_CODES.suspiciousText,
        severity: 'warning',
        file: options.file,
        path: `$.sources[${index}].text`,
        message,
      });
    }
    texts.set(id, text);
  };

  for (const { id, index, text, file } of usableSources(root)) {
    if (file !== undefined) fromFile(id, index);
    else if (text !== undefined) inline(id, index, text);
  }
  return { texts, problems };
}

/** A file read and decoded, or its size when it is over `maxBytes` (Infinity when unknown). */
async function readFile(
  file: string,
  subject: string,
  maxBytes: number,
  options: SourceOptions,
): Promise<FileRead | number> {
  const problem = (code: Problem['code'], message: string, severity: Problem['severity'] = 'error') => ({
    code,
    severity,
    file: options.file,
    message,
  });
  const { resolveSource } = options;
  if (!resolveSource) {
    const message = `${subject} cannot be read here: only sources with "text" can be checked.`;
    return { size: 0, problems: [problem(PROBLEM_CODES.sourceUnavailable, message)] };
  }
  let input: Uint8Array | string;
  try {
    input = await resolveSource(file, { maxBytes });
  } catch (error) {
    const over = sizeOfTooLarge(error);
    if (over) return over.size;
    const reason = printable(error instanceof Error ? error.message : String(error), 300);
    return {
      size: 0,
      problems: [problem(PROBLEM_CODES.sourceUnavailable, `${subject} could not be read: ${reason}`)],
    };
  }
  // A resolver that ignored the limit is held to it here. A string is at least as long in UTF-8.
  const size = typeof input === 'string' ? input.length : input.byteLength;
  if (size > maxBytes) return size;
  const decoded = decodeText(input, { file: options.file, path: '$', subject, maxBytes });
  const found: Omit<Problem, 'path'>[] = decoded.problems.map(({ path: _, ...rest }) => rest);
  if (decoded.text === undefined) return { size, problems: found };
  for (const sign of suspiciousSigns(decoded.text))
    found.push(problem(PROBLEM_CODES.suspiciousText, `${subject} ${sign}.`, 'warning'));
  return { size, text: decoded.text, problems: found };
}

function overTotal(subject: string, used: number, total: number, why = ''): string {
  return `${subject} is larger than the ${formatSize(total - used)} that the source files before it left of the ${formatSize(total)} all of them may hold together${why} (raise limits.maxSourceBytes to read it).`;
}
