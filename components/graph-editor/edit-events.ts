import type { EditRequest } from '../../src/edit/apply-edit.ts';

/** Text the reader selected in the article: code-point offsets in one source, and the words. */
export interface TextSelection {
  readonly source: string;
  readonly start: number;
  readonly end: number;
  /** The selected words as they are in the text (a caret has none). */
  readonly text: string;
}

/** Internal: a part asks the editor for an edit; the editor applies it, validates and records it. */
export interface EditRequestDetail {
  readonly edit: EditRequest;
}

/** Internal: a part asks the editor to show a relation (null: none); `reveal` scrolls its quote into view. */
export interface EditChooseDetail {
  readonly relation: string | null;
  readonly reveal: boolean;
}

/** Internal: the reader's selection in the article changed (null: nothing selected). */
export interface EditTextSelectDetail {
  readonly selection: TextSelection | null;
}

/** Internal: show the words at code-point offset `start` of a source in the article. */
export interface EditRevealDetail {
  readonly source: string;
  readonly start: number;
}

/** Internal: start making a relation from the selection, or stop (`false`). */
export interface EditNewRelationDetail {
  readonly open: boolean;
}

/** Internal: one sentence for the editor's polite live region. */
export interface EditAnnounceDetail {
  readonly message: string;
}

/** `actor-graph-edit-open`: a dataset or draft opened for editing. */
export interface EditOpenDetail {
  readonly name: string;
  readonly relations: number;
  readonly drafts: number;
}

/** `actor-graph-edit-save`: the dataset was saved, by download or to a file the reader chose. */
export interface EditSaveDetail {
  readonly fileName: string;
  readonly method: 'download' | 'file-system';
}

export interface EditorEventMap {
  'actor-graph-edit-request': CustomEvent<EditRequestDetail>;
  'actor-graph-edit-choose': CustomEvent<EditChooseDetail>;
  'actor-graph-edit-text-select': CustomEvent<EditTextSelectDetail>;
  'actor-graph-edit-announce': CustomEvent<EditAnnounceDetail>;
  'actor-graph-edit-reveal': CustomEvent<EditRevealDetail>;
  'actor-graph-edit-new-relation': CustomEvent<EditNewRelationDetail>;
  'actor-graph-edit-open': CustomEvent<EditOpenDetail>;
  'actor-graph-edit-save': CustomEvent<EditSaveDetail>;
}

type DetailOf<K extends keyof EditorEventMap> = EditorEventMap[K] extends CustomEvent<infer D> ? D : never;

/** Fires an editor event, bubbling and composed, as every event of ours is. */
export function emitEdit<K extends keyof EditorEventMap>(
  target: EventTarget,
  type: K,
  detail: DetailOf<K>,
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}

/** Shorthand for the most common request. */
export const requestEdit = (target: EventTarget, edit: EditRequest): void =>
  emitEdit(target, 'actor-graph-edit-request', { edit });

declare global {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  interface GlobalEventHandlersEventMap extends EditorEventMap {}
}
