import { readWorkRecord, type WorkRecord } from '../../src/edit/work-record.ts';

/** Where the editor keeps unsaved work: one slot per site, in `localStorage`. */
export const WORK_KEY = 'actor-graph-edit:work';

export type StoreResult = { readonly ok: true } | { readonly ok: false; readonly message: string };

/** The browser's storage, or why there is none (disabled, or blocked for this page). */
function storage(): Storage | string {
  try {
    const found = globalThis.localStorage;
    return found ?? 'this browser has no local storage';
  } catch (error) {
    return `this browser does not let the page use its storage (${error instanceof Error ? error.name : 'blocked'})`;
  }
}

export function readWork(): WorkRecord | undefined {
  const store = storage();
  if (typeof store === 'string') return undefined;
  try {
    return readWorkRecord(store.getItem(WORK_KEY));
  } catch {
    return undefined;
  }
}

/**
 * Keeps the record. A full or unavailable storage is said in words the reader can act on: their
 * changes are then only in the open page, and saving the file is the way to keep them.
 */
export function writeWork(record: WorkRecord): StoreResult {
  const store = storage();
  const unkept =
    'Your changes are not kept in this browser: they will be lost if this page closes. Save the file to keep them.';
  if (typeof store === 'string') return { ok: false, message: `${unkept} (${store}).` };
  try {
    store.setItem(WORK_KEY, JSON.stringify(record));
    return { ok: true };
  } catch (error) {
    const full = error instanceof DOMException && (error.name === 'QuotaExceededError' || error.code === 22);
    return {
      ok: false,
      message: full
        ? `${unkept} (the browser’s storage for this site is full).`
        : `${unkept} (${error instanceof Error ? error.message : String(error)}).`,
    };
  }
}

export function forgetWork(): void {
  const store = storage();
  if (typeof store === 'string') return;
  try {
    store.removeItem(WORK_KEY);
  } catch {
    // Nothing kept, nothing to forget.
  }
}
