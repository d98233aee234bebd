/**
 * The init script every bench page gets (widget and bare alike), so both are measured the same way
 * from outside their own code. Times are `performance.now()`: milliseconds since navigation start.
 *
 * - First ink: each animation frame, every connected 2D canvas is read back (`getImageData`) and
 *   scanned for a non-transparent pixel; Cytoscape clears its layers to transparent, so the first
 *   frame with one is the first drawn graph. They are read in a task posted from the probe's frame
 *   callback, which runs as soon as the frame (Cytoscape draws in a frame callback of its own) is
 *   done: ink drawn in a frame is timed as that frame ends, on every page alike, whatever the page
 *   does next (read in the callback itself, it was seen a frame later, after the widget's panels had
 *   rendered). Canvases are found by wrapping `getContext`, which also sees canvases inside shadow
 *   roots. Polling stops at the first ink.
 * - Ready: `actor-graph-load` (the widget) or `bench-ready` (the bare page); errors likewise.
 * - Settled: after the first ink, every frame hashes 32 one-pixel rows of every canvas; the last
 *   frame whose hash changed is when the drawing settled (a graph added in slices, then fitted,
 *   keeps changing after the first ink and the ready event). `stopSettling()` ends the watch.
 * - Long tasks: a buffered `longtask` PerformanceObserver (entries are tasks of 50 ms or more).
 * - Frames: rAF timestamps between `startFrames()` and `stopFrames()`.
 * - Done: once the page has drawn and is ready (or has failed), the probe logs `PROBE_DONE` to the
 *   console, which the harness hears over the DevTools protocol. Waiting with Playwright's
 *   `waitForFunction` instead compiled its injected script (about 40 ms) in the page's main thread
 *   while it loaded: a page that runs script early (the widget's loader) paid for it on its critical
 *   path, a page still downloading its one script (the bare page) mostly did not.
 */

export interface ProbeState {
  inkAt: number | null;
  /** The last frame in which any canvas changed, since the first ink. */
  changedAt: number | null;
  settling: boolean;
  canvasRect: { x: number; y: number; width: number; height: number } | null;
  readyAt: number | null;
  readyDetail: unknown;
  errorAt: number | null;
  errorDetail: unknown;
  longTasks: { start: number; duration: number }[];
  frames: number[] | null;
  startFrames(): void;
  stopFrames(): number[];
}

/** What the probe logs once the page is drawn and ready, or has failed (see `installProbe`). */
export const PROBE_DONE = '__bench:done';

/** Runs in the page (see `inPage`): it must not refer to anything outside itself. */
function installProbe(done: string): void {
  const canvases: HTMLCanvasElement[] = [];
  const probe: ProbeState = {
    inkAt: null,
    changedAt: null,
    settling: true,
    canvasRect: null,
    readyAt: null,
    readyDetail: null,
    errorAt: null,
    errorDetail: null,
    longTasks: [],
    frames: null,
    startFrames() {
      const frames: number[] = [];
      probe.frames = frames;
      const tick = (time: number): void => {
        if (probe.frames !== frames) return;
        frames.push(time);
        requestAnimationFrame(tick);
      };
      requestAnimationFrame(tick);
    },
    stopFrames() {
      const frames = probe.frames ?? [];
      probe.frames = null;
      return frames;
    },
  };
  Object.defineProperty(window, '__bench', { value: probe });
  let told = false;
  const tell = (): void => {
    if (told || (probe.errorAt === null && (probe.readyAt === null || probe.inkAt === null))) return;
    told = true;
    console.debug(done);
  };

  const getContext = HTMLCanvasElement.prototype.getContext;
  HTMLCanvasElement.prototype.getContext = function (this: HTMLCanvasElement, ...args: unknown[]) {
    if (args[0] === '2d' && !canvases.includes(this)) canvases.push(this);
    return (getContext as (...a: unknown[]) => unknown).apply(this, args);
  } as typeof getContext;

  const hasInk = (canvas: HTMLCanvasElement): boolean => {
    if (!canvas.isConnected || canvas.width === 0 || canvas.height === 0) return false;
    const context = getContext.call(canvas, '2d') as CanvasRenderingContext2D | null;
    if (!context) return false;
    const pixels = new Uint32Array(context.getImageData(0, 0, canvas.width, canvas.height).data.buffer);
    for (let i = 0; i < pixels.length; i++) if (pixels[i] !== 0) return true;
    return false;
  };
  const ROWS = 32;
  const signature = (): number => {
    let hash = 0;
    for (const canvas of canvases) {
      if (!canvas.isConnected || canvas.width === 0 || canvas.height === 0) continue;
      const context = getContext.call(canvas, '2d') as CanvasRenderingContext2D | null;
      if (!context) continue;
      for (let row = 0; row < ROWS; row++) {
        const y = Math.floor(((row + 0.5) * canvas.height) / ROWS);
        const pixels = new Uint32Array(context.getImageData(0, y, canvas.width, 1).data.buffer);
        for (let i = 0; i < pixels.length; i++) hash = (Math.imul(hash, 31) + pixels[i]!) | 0;
      }
    }
    return hash;
  };
  let last = 0;
  const settle = (): void => {
    if (!probe.settling) return;
    const now = signature();
    if (now !== last) probe.changedAt = performance.now();
    last = now;
    requestAnimationFrame(settle);
  };
  const check = (): void => {
    const inked = canvases.find(hasInk);
    if (!inked) {
      requestAnimationFrame(watch);
      return;
    }
    probe.inkAt = probe.changedAt = performance.now();
    tell();
    const { x, y, width, height } = inked.getBoundingClientRect();
    probe.canvasRect = { x, y, width, height };
    last = signature();
    requestAnimationFrame(settle);
  };
  // The canvases are read in a task posted from the probe's frame callback, which runs once the
  // frame's other callbacks (Cytoscape draws in one of its own) and its rendering are done: ink drawn
  // in a frame is seen as that frame ends, not in a callback of the next one (which may come before
  // Cytoscape's), behind whatever task the page runs in between. One read per frame, as before.
  const watch = (): void => {
    if (canvases.length === 0) requestAnimationFrame(watch);
    else setTimeout(check, 0);
  };
  requestAnimationFrame(watch);

  const ready = (event: Event): void => {
    probe.readyAt ??= performance.now();
    probe.readyDetail = (event as CustomEvent).detail;
    tell();
  };
  const failed = (event: Event): void => {
    probe.errorAt ??= performance.now();
    probe.errorDetail = (event as CustomEvent).detail;
    tell();
  };
  document.addEventListener('actor-graph-load', ready);
  document.addEventListener('bench-ready', ready);
  document.addEventListener('actor-graph-error', failed);
  document.addEventListener('bench-error', failed);

  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries())
        probe.longTasks.push({ start: entry.startTime, duration: entry.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {
    // No long task timing in this browser: the outside stall measure still works.
  }
}

/**
 * A function as page script text. tsx (esbuild with keepNames) wraps named inner functions in
 * `__name(...)`, which does not exist in the page; the shim makes it a no-op.
 */
export function inPage<A>(fn: (arg: A) => unknown, arg?: A): string {
  return `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg ?? null)}); })()`;
}

export const PROBE_SCRIPT = inPage(installProbe, PROBE_DONE);

/** `window` with the probe, for functions passed to `inPage` (which cannot import anything). */
export type BenchWindow = { readonly __bench: ProbeState };
