/**
 * Undo and redo over immutable states: every edit returns a new dataset that shares what it did not
 * change, so keeping a hundred of them costs little more than one.
 */
export interface History<T> {
  readonly past: readonly Step<T>[];
  readonly present: T;
  readonly future: readonly Step<T>[];
}

/** A state and the edit that left it, so undo and redo can say what they undid ("Accepted …"). */
export interface Step<T> {
  readonly state: T;
  readonly label: string;
}

export const MAX_UNDO = 100;

export const startHistory = <T>(present: T): History<T> => ({ past: [], present, future: [] });

/** `next` after an edit called `label`; what could be redone is gone, as in every editor. */
export function record<T>(history: History<T>, next: T, label: string): History<T> {
  const past = [...history.past, { state: history.present, label }].slice(-MAX_UNDO);
  return { past, present: next, future: [] };
}

export function undo<T>(history: History<T>): { history: History<T>; label: string } | undefined {
  const last = history.past.at(-1);
  if (!last) return undefined;
  return {
    history: {
      past: history.past.slice(0, -1),
      present: last.state,
      future: [{ state: history.present, label: last.label }, ...history.future],
    },
    label: last.label,
  };
}

export function redo<T>(history: History<T>): { history: History<T>; label: string } | undefined {
  const next = history.future[0];
  if (!next) return undefined;
  return {
    history: {
      past: [...history.past, { state: history.present, label: next.label }],
      present: next.state,
      future: history.future.slice(1),
    },
    label: next.label,
  };
}
