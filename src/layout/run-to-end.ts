/**
 * A layout written as steps (a generator that yields progress and returns the positions), run in one
 * go: how Node, the tests and small graphs call it. The steps let a page or a worker lay out between
 * tasks, report progress and stop.
 */
export function runToEnd<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
