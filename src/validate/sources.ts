/**
 * Loads the text of every source: inline `text` as is, `file` through the caller's resolver (the CLI
 * reads it next to the dataset, the widget fetches it next to the dataset's URL). Both go through the
 * same decoding as the dataset, so a source has the same encoding rules and limits.
 */
import { decodeText } from './decode.ts';
import { PROBLEM_CODES, type Problem } from './problem.ts';
import { objectsIn, stringIn } from './shape.ts';
import { suspiciousSigns } from './suspicious.ts';

export type ResolveSource = (file: string) => Promise<Uint8Array | string>;

export interface SourceOptions {
  readonly file: string;
  readonly resolveSource?: ResolveSource | undefined;
  readonly maxBytes: number;
}

/** Same rule as the schema's `file` pattern: relative, inside the dataset's folder. */
const SAFE_PATH = /^(?![/\\])(?!.*\.\.)[A-Za-z0-9_./-]+$/;

export async function loadSources(
  root: unknown,
  options: SourceOptions,
): Promise<{ texts: Map<string, string>; problems: Problem[] }> {
  const texts = new Map<string, string>();
  const problems: Problem[] = [];
  // Two sources naming one file read it once.
  const reads = new Map<string, Promise<Uint8Array | string>>();
  const unavailable = (path: string, message: string): void => {
    problems.push({
      code: PROBLEM_CODES.sourceUnavailable,
      severity: 'error',
      file: options.file,
      path,
      message,
    });
  };

  const load = async (
    id: string,
    index: number,
    inline: string | undefined,
    file: string | undefined,
  ): Promise<void> => {
    const path = `$.sources[${index}].${file === undefined ? 'text' : 'file'}`;
    let input: Uint8Array | string;
    if (file === undefined) {
      input = inline ?? '';
    } else {
      const { resolveSource } = options;
      if (!resolveSource) {
        unavailable(
          path,
          `Source file "${file}" cannot be read here: only sources with "text" can be checked.`,
        );
        return;
      }
      let read = reads.get(file);
      if (!read) reads.set(file, (read = Promise.resolve().then(() => resolveSource(file))));
      try {
        input = await read;
      } catch (error) {
        unavailable(
          path,
          `Source file "${file}" could not be read: ${error instanceof Error ? error.message : String(error)}`,
        );
        return;
      }
    }
    const subject = file === undefined ? `The text of source "${id}"` : `Source file "${file}"`;
    const decoded = decodeText(input, { file: options.file, path, subject, maxBytes: options.maxBytes });
    problems.push(...decoded.problems);
    if (decoded.text === undefined) return;
    for (const sign of suspiciousSigns(decoded.text)) {
      problems.push({
        code: PROBLEM_CODES.suspiciousText,
        severity: 'warning',
        file: options.file,
        path,
        message: `${subject} ${sign}.`,
      });
    }
    texts.set(id, decoded.text);
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
