import type { StepUnit } from '../../src/edit/text-steps.ts';

/** What a key does to the caret: a step by some unit, or a jump to a line's start or end. */
export type CaretMove =
  | { readonly step: StepUnit; readonly direction: 1 | -1; readonly extend: boolean }
  | { readonly line: 'start' | 'end'; readonly extend: boolean };

/**
 * The article's keys, as text fields have them: ←/→ a character, with Ctrl (Alt on a Mac) a word;
 * ↑/↓ a sentence (the text is not laid out in lines it knows of); Home/End the paragraph's start
 * and end. Shift extends the selection. Other keys do nothing here.
 */
export function caretMove(event: KeyboardEvent): CaretMove | undefined {
  const extend = event.shiftKey;
  const byWord = event.ctrlKey || event.altKey;
  switch (event.key) {
    case 'ArrowLeft':
    case 'ArrowRight':
      return { step: byWord ? 'word' : 'character', direction: event.key === 'ArrowRight' ? 1 : -1, extend };
    case 'ArrowUp':
    case 'ArrowDown':
      return { step: 'sentence', direction: event.key === 'ArrowDown' ? 1 : -1, extend };
    case 'Home':
      return { line: 'start', extend };
    case 'End':
      return { line: 'end', extend };
    default:
      return undefined;
  }
}

/** Start or end of the paragraph (line of the text) around UTF-16 index `at`. */
export function lineEdge(text: string, at: number, edge: 'start' | 'end'): number {
  if (edge === 'start') return text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

export const ARTICLE_KEYS =
  'Select with the mouse, or here with Shift and the arrow keys (with Ctrl: by word; ↑ ↓: by sentence; Home, End: by paragraph). Escape clears.';
