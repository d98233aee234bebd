import type { RepeatPlan } from './stats.ts';

/** How many times each kind of measurement runs; `--quick` is for iterating, not for the record. */
export function plan(kind: 'cheap' | 'slow' | 'page', quick: boolean): RepeatPlan {
  if (quick) return { warmup: 0, repeats: kind === 'cheap' ? 3 : 2, budgetMs: 20_000 };
  if (kind === 'cheap') return { warmup: 1, repeats: 5, budgetMs: 60_000 };
  if (kind === 'page') return { warmup: 1, repeats: 5, budgetMs: 90_000 };
  // A run of tens of seconds: no warm-up (there is nothing left to warm), as many as fit the budget.
  return { warmup: 0, repeats: 5, budgetMs: 40_000 };
}
