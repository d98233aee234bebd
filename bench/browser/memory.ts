import { existsSync, readFileSync } from 'node:fs';
import type { Browser, CDPSession } from 'playwright-core';

export interface BrowserProcess {
  readonly type: string;
  readonly pid: number;
  /** From /proc/<pid>/stat, so a reused pid is never mistaken for ours. */
  readonly startTime: string | undefined;
}

function startTimeOf(pid: number): string | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // Fields after the command name (in parentheses, which may hold spaces); start time is field 22.
    return stat.slice(stat.lastIndexOf(')') + 2).split(' ')[19];
  } catch {
    return undefined;
  }
}

/** The browser's processes (browser, renderers, GPU, utilities), as Chromium itself lists them. */
export async function browserProcesses(browser: Browser): Promise<BrowserProcess[]> {
  try {
    const session = await browser.newBrowserCDPSession();
    const { processInfo } = (await session.send('SystemInfo.getProcessInfo')) as {
      processInfo: { type: string; id: number }[];
    };
    await session.detach();
    return processInfo.map((p) => ({ type: p.type, pid: p.id, startTime: startTimeOf(p.id) }));
  } catch {
    return [];
  }
}

/**
 * Peak resident memory of the renderer processes (VmHWM from /proc, in MB): the OS's own high-water
 * mark, so a spike inside one long task is not missed, and it can be read while the page's main
 * thread is blocked. With one page per browser there is one renderer (plus, at times, a spare one
 * that stays small), so the largest is the page's.
 */
export function rendererPeakMB(processes: readonly BrowserProcess[]): number | undefined {
  const peaks = processes
    .filter((p) => p.type === 'renderer')
    .map((p) => {
      try {
        const kb = /^VmHWM:\s+(\d+)\s+kB/m.exec(readFileSync(`/proc/${p.pid}/status`, 'utf8'))?.[1];
        return kb === undefined ? 0 : Number(kb) / 1024;
      } catch {
        return 0;
      }
    });
  const peak = Math.max(0, ...peaks);
  return peak > 0 ? peak : undefined;
}

/**
 * After a close: a renderer stuck in a minutes-long task may outlive its browser and would keep a
 * core busy under the next measurements, so any of this browser's processes still there are killed
 * (by pid: only processes this run started).
 */
export function reap(processes: readonly BrowserProcess[]): number {
  let killed = 0;
  for (const { pid, startTime } of processes) {
    try {
      if (startTime === undefined || !existsSync(`/proc/${pid}`) || startTimeOf(pid) !== startTime) continue;
      process.kill(pid, 'SIGKILL');
      killed++;
    } catch {
      // Gone in between.
    }
  }
  return killed;
}

/**
 * Samples the page's JS heap (CDP `Performance.getMetrics` → JSHeapUsedSize) every `everyMs`. The
 * renderer answers between tasks only, so a long task's own peak can be missed: the renderer's
 * VmHWM above is the measure that cannot miss it.
 */
export function sampleHeap(cdp: CDPSession, everyMs = 250): { stop(): number | undefined } {
  let peak = 0;
  let pending = false;
  const timer = setInterval(() => {
    if (pending) return;
    pending = true;
    cdp
      .send('Performance.getMetrics')
      .then(({ metrics }) => {
        const used = metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? 0;
        peak = Math.max(peak, used);
      })
      .catch(() => undefined)
      .finally(() => void (pending = false));
  }, everyMs);
  return {
    stop() {
      clearInterval(timer);
      return peak > 0 ? peak / 2 ** 20 : undefined;
    },
  };
}
