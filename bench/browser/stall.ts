import type { CDPSession } from 'playwright-core';
import { evaluateInPage } from './cdp-evaluate.ts';

/**
 * The longest the page's main thread left us waiting, seen from outside: a trivial evaluate, again
 * and again; each answer's wait is a lower bound on a task's length. Unlike long task entries (which
 * arrive when a task ends) it also sees a task that is still running when the harness gives up.
 * Over the DevTools protocol, so the pings inject no script into the page they measure.
 */
export function watchStalls(cdp: CDPSession, everyMs = 100): { stop(): number } {
  let longest = 0;
  let waitingSince: number | undefined;
  let stopped = false;
  void (async () => {
    while (!stopped) {
      waitingSince = performance.now();
      try {
        await evaluateInPage(cdp, '0');
      } catch {
        // Navigating or closing: the next ping tells.
      }
      longest = Math.max(longest, performance.now() - waitingSince);
      waitingSince = undefined;
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    stop() {
      stopped = true;
      const open = waitingSince === undefined ? 0 : performance.now() - waitingSince;
      return Math.max(longest, open);
    },
  };
}
