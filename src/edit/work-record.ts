/**
 * Unsaved work as the editor keeps it in the browser between visits: the dataset being edited, the
 * texts of its source files (an inline source is in the dataset already), and how it stands. Read
 * back defensively: storage outlives versions of this code and anyone can write to it.
 */
import type { Dataset } from '../model/dataset.ts';

export const WORK_FORMAT = 'actor-graph-edit-work';

export interface WorkRecord {
  readonly format: typeof WORK_FORMAT;
  readonly version: 1;
  /** The file name it was opened from, and is saved under. */
  readonly name: string;
  readonly dataset: Dataset;
  /** Source `file` path → its text, for the sources that are files. */
  readonly files: Readonly<Record<string, string>>;
  /** Edits since it was opened or last saved; 0 once saved. */
  readonly unsaved: number;
  /** When it last changed, and when it was last saved (ISO 8601), if it was. */
  readonly updated: string;
  readonly saved?: string;
}

export interface WorkState {
  readonly name: string;
  readonly dataset: Dataset;
  readonly texts: ReadonlyMap<string, string>;
  readonly unsaved: number;
  readonly saved?: Date;
}

export function toWorkRecord(state: WorkState, now: Date): WorkRecord {
  const files: Record<string, string> = {};
  for (const source of state.dataset.sources) {
    const text = state.texts.get(source.id);
    if (source.file !== undefined && text !== undefined) files[source.file] = text;
  }
  return {
    format: WORK_FORMAT,
    version: 1,
    name: state.name,
    dataset: state.dataset,
    files,
    unsaved: state.unsaved,
    updated: now.toISOString(),
    ...(state.saved ? { saved: state.saved.toISOString() } : {}),
  };
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/**
 * The record in `text`, or undefined when it is not one this version wrote. The dataset inside is only
 * checked for being an object: opening it validates it like any file.
 */
export function readWorkRecord(text: string | null): WorkRecord | undefined {
  if (text === null) return undefined;
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!isRecord(value) || value['format'] !== WORK_FORMAT || value['version'] !== 1) return undefined;
  const { name, dataset, files, unsaved, updated, saved } = value;
  if (typeof name !== 'string' || !isRecord(dataset) || !isRecord(files)) return undefined;
  if (!Object.values(files).every((t) => typeof t === 'string')) return undefined;
  if (typeof unsaved !== 'number' || typeof updated !== 'string') return undefined;
  if (saved !== undefined && typeof saved !== 'string') return undefined;
  return value as unknown as WorkRecord;
}
