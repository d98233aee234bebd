import type { Page } from 'playwright-core';
import { stat, type Stat } from '../node/stats.ts';
import { inPage, type BenchWindow } from './probe.ts';

export interface FrameTimes {
  /** Intervals between animation frames while the gestures ran, in ms. */
  readonly frame: Stat | undefined;
  readonly frames: number;
  /** How long the scripted gestures took (each input waits for the page to take it). */
  readonly gestureMs: number;
}

export interface Box {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

/** Four steps of the widget's wheel zoom (×1.35 each) make ×3.3: in and back, without reaching the limits. */
const WHEEL_STEPS = 4;
/** Pointer moves per drag direction: each waits for the page, so a slow page makes a long gesture. */
const DRAG_STEPS = 12;

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Pans (a drag from an empty corner, the graph being fitted with 36 px of padding, and back) and
 * zooms (Ctrl+wheel over the middle, in and back out) while the page records its animation frames.
 * The bare page zooms on the wheel with the widget's own mapping, so both reach the same zoom levels.
 */
export async function panAndZoom(page: Page, box: Box): Promise<FrameTimes> {
  const start = { x: box.x + 12, y: box.y + 12 };
  const middle = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await pause(100);
  await page.evaluate(inPage(() => (window as unknown as BenchWindow).__bench.startFrames()));
  const began = performance.now();
  await page.mouse.down();
  await page.mouse.move(start.x + 320, start.y + 160, { steps: DRAG_STEPS });
  await page.mouse.move(start.x, start.y, { steps: DRAG_STEPS });
  await page.mouse.up();
  await page.mouse.move(middle.x, middle.y);
  await page.keyboard.down('Control');
  for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, -120);
  for (let i = 0; i < WHEEL_STEPS; i++) await page.mouse.wheel(0, 120);
  await page.keyboard.up('Control');
  const gestureMs = performance.now() - began;
  await pause(150);
  const times = (await page.evaluate(
    inPage(() => (window as unknown as BenchWindow).__bench.stopFrames()),
  )) as number[];
  const intervals = times.slice(1).map((t, i) => t - times[i]!);
  return { frame: stat(intervals), frames: times.length, gestureMs };
}
