import { saveFile } from '../export-pipeline/download.ts';

/** A file the File System Access API gave us, written in place on the next save. */
export interface WritableHandle {
  readonly name: string;
  createWritable(): Promise<{ write(data: Blob | string): Promise<void>; close(): Promise<void> }>;
}

interface SavePicker {
  showSaveFilePicker(options: {
    suggestedName: string;
    types: { description: string; accept: Record<string, string[]> }[];
  }): Promise<WritableHandle>;
}

export type SaveOutcome =
  | { readonly status: 'saved'; readonly fileName: string; readonly handle?: WritableHandle }
  | { readonly status: 'cancelled' }
  | { readonly status: 'failed'; readonly message: string };

/** Whether the browser can write a file the reader chooses (Chromium's File System Access API). */
export const canPickFile = (): boolean =>
  typeof (globalThis as Partial<SavePicker>).showSaveFilePicker === 'function';

/** Downloads the text as a file: the browser saves it, never over another file. */
export function downloadDataset(root: ParentNode, text: string, fileName: string): SaveOutcome {
  saveFile(root, new Blob([text], { type: 'application/json' }), fileName);
  return { status: 'saved', fileName };
}

/**
 * Writes the text to `handle`, or to a file the reader picks. The browser writes to a temporary file
 * and only replaces the old one when the whole text is written, so a failure leaves it as it was.
 */
export async function writeDataset(
  text: string,
  fileName: string,
  handle?: WritableHandle,
): Promise<SaveOutcome> {
  let target = handle;
  try {
    target ??= await (globalThis as unknown as SavePicker).showSaveFilePicker({
      suggestedName: fileName,
      types: [{ description: 'actor-graph dataset', accept: { 'application/json': ['.json'] } }],
    });
    const writable = await target.createWritable();
    await writable.write(text);
    await writable.close();
    return { status: 'saved', fileName: target.name, handle: target };
  } catch (error) {
    if (error instanceof DOMException && error.name === 'AbortError') return { status: 'cancelled' };
    const reason = error instanceof Error ? error.message : String(error);
    return {
      status: 'failed',
      message: `${target ? target.name : fileName} could not be written: ${reason}`,
    };
  }
}
