import type { Browser, CDPSession, Page } from 'playwright-core';
import { errorText } from '../node/stats.ts';
import { panAndZoom, type Box, type FrameTimes } from './interaction.ts';
import { launchBrowser, VIEWPORT } from './launch.ts';
import { browserProcesses, reap, rendererPeakMB, sampleHeap, type BrowserProcess } from './memory.ts';
import { evaluateInPage } from './cdp-evaluate.ts';
import { inPage, PROBE_DONE, PROBE_SCRIPT, type BenchWindow, type ProbeState } from './probe.ts';
import { watchStalls } from './stall.ts';

export interface RunOptions {
  readonly url: string;
  readonly timeoutMs: number;
  /** Pan and zoom once the graph is drawn and ready, recording frame times. */
  readonly interact: boolean;
  /** Runs in the page once it is ready (e.g. an export), before the browser closes. */
  readonly after?: (page: Page) => Promise<unknown>;
}

export interface PageRun {
  readonly ok: boolean;
  readonly timedOut: boolean;
  readonly error?: string;
  /** Navigation start → the first animation frame with ink on a canvas. */
  readonly inkMs?: number;
  /** Navigation start → the page's ready event (widget: `actor-graph-load`). */
  readonly readyMs?: number;
  /** The later of the two: drawn, and reported ready. */
  readonly interactiveMs?: number;
  /**
   * The last frame in which the canvas changed before it stayed still for SETTLE_QUIET_MS: the whole
   * graph drawn and fitted (undefined if it never stayed still within the timeout).
   */
  readonly settledMs?: number;
  readonly longestTaskMs?: number;
  /**
   * The longest task that began before the page was ready: for the widget, validating, laying out and
   * putting the graph on the canvas, without the first full draw that follows.
   */
  readonly longestTaskLoadingMs?: number;
  readonly longTaskTotalMs?: number;
  /** The longest the main thread kept a trivial evaluate waiting (see stall.ts). */
  readonly longestStallMs: number;
  readonly heapPeakMB?: number;
  readonly rendererPeakMB?: number;
  readonly canvas?: Box;
  readonly frames?: FrameTimes;
  readonly detail?: unknown;
  readonly after?: unknown;
}

const readProbe = (page: Page) =>
  page.evaluate(
    inPage(() => {
      const p = (window as unknown as BenchWindow).__bench;
      return { ...p, startFrames: undefined, stopFrames: undefined };
    }),
  ) as Promise<Omit<ProbeState, 'startFrames' | 'stopFrames'>>;

/** One cold visit: a fresh browser (no cache, no compiled code), one page, measured from outside. */
export async function runPage(options: RunOptions): Promise<PageRun> {
  let browser: Browser | undefined;
  let stalls: { stop(): number } | undefined;
  let heap: { stop(): number | undefined } | undefined;
  let processes: BrowserProcess[] = [];
  /** Chromium's process list, with a time limit (the browser answers, but never wait on it long). */
  const listProcesses = async (): Promise<BrowserProcess[]> => {
    const listed = browser ? await within(browserProcesses(browser), 5000) : TIMED_OUT;
    if (listed !== TIMED_OUT)
      processes = [...processes, ...listed.filter((p) => !processes.some((q) => q.pid === p.pid))];
    return processes;
  };
  try {
    browser = await launchBrowser();
    const context = await browser.newContext({ viewport: VIEWPORT });
    const page = await context.newPage();
    await page.addInitScript({ content: PROBE_SCRIPT });
    const cdp = await context.newCDPSession(page);
    await cdp.send('Performance.enable');
    heap = sampleHeap(cdp);
    // The probe says when the page is drawn and ready (see PROBE_DONE). Our own timer: Playwright's
    // timeout can wait on a page whose main thread is still blocked.
    const waiting = page.waitForEvent('console', {
      predicate: (message) => message.text() === PROBE_DONE,
      timeout: 0,
    });
    waiting.catch(() => undefined);
    await page.goto(options.url, { waitUntil: 'commit' });
    await listProcesses();
    stalls = watchStalls(cdp);
    const timedOut = (await within(waiting, options.timeoutMs)) === TIMED_OUT;
    const longestStallMs = stalls.stop();
    if (timedOut) {
      return {
        ok: false,
        timedOut,
        error: `did not finish in ${Math.round(options.timeoutMs / 1000)} s`,
        longestStallMs,
        heapPeakMB: heap.stop(),
        rendererPeakMB: rendererPeakMB(await listProcesses()),
      };
    }
    const settledMs = await settled(cdp, Math.min(options.timeoutMs, 60_000));
    const probe = await readProbe(page);
    if (probe.errorAt !== null)
      throw new Error(`the page reported an error: ${JSON.stringify(probe.errorDetail)}`);
    const frames =
      options.interact && probe.canvasRect ? await panAndZoom(page, probe.canvasRect) : undefined;
    const after = options.after ? await options.after(page) : undefined;
    const final = await readProbe(page);
    const interactiveMs = Math.max(probe.inkAt!, probe.readyAt!);
    // Loading lasts until the drawing settles (a large graph goes onto the canvas in slices).
    const loadedMs = Math.max(interactiveMs, settledMs ?? 0);
    const tasks = final.longTasks.filter((t) => t.start <= loadedMs);
    return {
      ok: true,
      timedOut,
      inkMs: probe.inkAt!,
      readyMs: probe.readyAt!,
      interactiveMs,
      ...(settledMs === undefined ? {} : { settledMs }),
      longestTaskMs: Math.max(0, ...tasks.map((t) => t.duration)),
      longestTaskLoadingMs: Math.max(
        0,
        ...tasks.filter((t) => t.start < probe.readyAt!).map((t) => t.duration),
      ),
      longTaskTotalMs: tasks.reduce((sum, t) => sum + t.duration, 0),
      longestStallMs,
      heapPeakMB: heap.stop(),
      rendererPeakMB: rendererPeakMB(await listProcesses()),
      ...(probe.canvasRect ? { canvas: probe.canvasRect } : {}),
      ...(frames ? { frames } : {}),
      detail: probe.readyDetail,
      ...(after === undefined ? {} : { after }),
    };
  } catch (error) {
    return { ok: false, timedOut: false, error: errorText(error), longestStallMs: stalls?.stop() ?? 0 };
  } finally {
    heap?.stop();
    stalls?.stop();
    await closeQuickly(browser);
    reap(processes);
  }
}

/** How long the canvas must stay unchanged to count as settled. */
const SETTLE_QUIET_MS = 1000;

/** Waits for the canvas to stay still, then stops the page's watch; resolves to when it last changed. */
async function settled(cdp: CDPSession, timeoutMs: number): Promise<number | undefined> {
  const state = inPage(() => {
    const p = (window as unknown as BenchWindow).__bench;
    return { now: performance.now(), changedAt: p.changedAt };
  });
  const started = Date.now();
  for (;;) {
    const { now, changedAt } = await evaluateInPage<{ now: number; changedAt: number | null }>(cdp, state);
    const quiet = changedAt !== null && now - changedAt >= SETTLE_QUIET_MS;
    if (quiet || Date.now() - started > timeoutMs) {
      await evaluateInPage(
        cdp,
        inPage(() => void ((window as unknown as BenchWindow).__bench.settling = false)),
      );
      return quiet ? changedAt : undefined;
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

const TIMED_OUT = Symbol('timed out');

/** The promise's value, or TIMED_OUT after `ms` (the promise is left to settle on its own). */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<typeof TIMED_OUT>(
    (resolve) => (timer = setTimeout(() => resolve(TIMED_OUT), ms)),
  );
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** A renderer stuck in a task can make a polite close wait; give it a few seconds, then move on. */
async function closeQuickly(browser: Browser | undefined): Promise<void> {
  if (!browser) return;
  await within(
    browser.close().catch(() => undefined),
    10_000,
  );
}
