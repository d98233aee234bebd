import { datasetJson } from '../../src/edit/check-edit.ts';
import type { EditSession } from './edit-session.ts';
import { downloadDataset, writeDataset } from './save-dataset.ts';

export interface SaveReport {
  /** What stays on screen: a failure, a cancelled save, or a file saved with errors left. */
  readonly notice?: { readonly text: string; readonly kind: 'error' | 'info' };
  /** What the live region says. */
  readonly announce: string;
  readonly saved?: { readonly fileName: string; readonly method: 'download' | 'file-system' };
}

/**
 * Saves the open dataset, by download or through the File System Access API, and says how it went.
 * The work stays in the browser until a save has succeeded; a file saved with errors says so.
 */
export async function saveWork(
  root: ParentNode,
  session: EditSession,
  how: 'save' | 'download',
): Promise<SaveReport> {
  const doc = session.doc;
  if (!doc) return { announce: 'Nothing is open.' };
  const text = datasetJson(doc.history.present);
  const errors = session.problems.filter((p) => p.severity === 'error').length;
  const outcome =
    how === 'download'
      ? downloadDataset(root, text, doc.name)
      : await writeDataset(text, doc.name, doc.handle);
  if (outcome.status === 'cancelled') {
    const text = 'Not saved: no file was chosen. Your changes are still kept in this browser.';
    return { notice: { kind: 'info', text }, announce: text };
  }
  if (outcome.status === 'failed') {
    const text = `Not saved: ${outcome.message}. Your changes are still kept in this browser; try Download.`;
    return { notice: { kind: 'error', text }, announce: text };
  }
  session.markSaved(outcome.fileName, outcome.handle);
  const warning = errors
    ? ` It has ${errors} error${errors === 1 ? '' : 's'}: actor-graph will refuse the file until ${errors === 1 ? 'it is' : 'they are'} fixed.`
    : '';
  return {
    ...(warning ? { notice: { kind: 'error' as const, text: `Saved ${outcome.fileName}.${warning}` } } : {}),
    announce: `${how === 'download' ? 'Downloaded' : 'Saved'} ${outcome.fileName}.${warning}`,
    saved: { fileName: outcome.fileName, method: how === 'download' ? 'download' : 'file-system' },
  };
}
