import type { ViewSnapshot } from '../../src/view/snapshot.ts';
import type { Problem } from '../../src/validate/problem.ts';

/** The `view` value that keeps the view in the page's address (`#view=…`) instead of a file. */
export const FRAGMENT_VIEW = '#view';

/** A view as read: its snapshot if it is usable, and every problem found reading it. */
export interface ViewOutcome {
  readonly snapshot?: ViewSnapshot;
  readonly problems: readonly Problem[];
  /** Where it came from, as problems name it: a URL, or "the link". */
  readonly file: string;
}

export const NO_VIEW: ViewOutcome = Object.freeze({ problems: [], file: '' });
