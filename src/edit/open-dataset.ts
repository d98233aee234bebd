/**
 * Opening a dataset or a draft for editing: the same validation as everywhere, with its source texts
 * from wherever they are (inline, picked beside it, or fetched next to its URL). A dataset whose only
 * errors are in its quotes opens anyway, so the reviewer can fix them; anything worse is refused with
 * the validator's problems.
 */
import type { Dataset } from '../model/dataset.ts';
import { decodeText } from '../validate/decode.ts';
import { DEFAULT_LIMITS } from '../validate/limits.ts';
import { PROBLEM_CODES, type Problem } from '../validate/problem.ts';
import type { ResolveSource } from '../validate/sources.ts';
import { validateDataset } from '../validate/validate.ts';

export interface OpenRequest {
  /** How problems name the file: its name, or its URL. */
  readonly name: string;
  readonly bytes: Uint8Array | string;
  /** Text files the reader chose with it, by name; a source `file` matches by its path or base name. */
  readonly companions?: ReadonlyMap<string, Uint8Array | string>;
  /** Reads source files next to the dataset (when it came from a URL); wins over `companions`. */
  readonly resolveSource?: ResolveSource;
}

export type OpenOutcome =
  | {
      readonly status: 'opened';
      readonly dataset: Dataset;
      /** Source id → text. */
      readonly texts: ReadonlyMap<string, string>;
      readonly problems: readonly Problem[];
    }
  /** The dataset quotes from text files that were not given: these paths, as it writes them. */
  | { readonly status: 'needs-sources'; readonly files: readonly string[] }
  | { readonly status: 'failed'; readonly problems: readonly Problem[] };

/** Errors a reviewer can fix in the editor: a quote that does not match its text can be removed. */
const FIXABLE: ReadonlySet<string> = new Set([
  PROBLEM_CODES.offsetsOutOfRange,
  PROBLEM_CODES.quoteMismatch,
  PROBLEM_CODES.quoteNotFound,
]);

const baseName = (path: string): string => path.slice(path.lastIndexOf('/') + 1);

function companion(
  companions: ReadonlyMap<string, Uint8Array | string> | undefined,
  path: string,
): Uint8Array | string | undefined {
  return companions?.get(path) ?? companions?.get(baseName(path));
}

/** The parsed JSON, when the bytes are UTF-8 JSON at all (the validator says what is wrong otherwise). */
function parsed(bytes: Uint8Array | string): unknown {
  const text =
    typeof bytes === 'string'
      ? bytes
      : decodeText(bytes, { file: '', path: '$', subject: '', maxBytes: DEFAULT_LIMITS.maxBytes }).text;
  if (text === undefined) return undefined;
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Relative `file` paths of the dataset's sources. */
export function sourceFiles(value: unknown): string[] {
  const sources = (value as { sources?: unknown } | null)?.sources;
  if (!Array.isArray(sources)) return [];
  return sources
    .map((s: unknown) => (s as { file?: unknown } | null)?.file)
    .filter((f): f is string => typeof f === 'string');
}

export async function openDataset(request: OpenRequest): Promise<OpenOutcome> {
  const value = parsed(request.bytes);
  const { companions } = request;
  if (!request.resolveSource) {
    const missing = sourceFiles(value).filter((file) => companion(companions, file) === undefined);
    if (missing.length > 0) return { status: 'needs-sources', files: [...new Set(missing)] };
  }
  const resolveSource: ResolveSource =
    request.resolveSource ??
    ((file) => {
      const found = companion(companions, file);
      return found === undefined ? Promise.reject(new Error('it was not chosen')) : Promise.resolve(found);
    });
  const result = await validateDataset(request.bytes, { file: request.name, resolveSource });
  const { problems, sources: texts } = result;
  if (result.dataset) return { status: 'opened', dataset: result.dataset, texts, problems };
  const errors = problems.filter((p) => p.severity === 'error');
  if (value !== undefined && errors.length > 0 && errors.every((p) => FIXABLE.has(p.code))) {
    return { status: 'opened', dataset: value as Dataset, texts, problems };
  }
  return { status: 'failed', problems };
}
