import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import { mustPositionOf, nextFrames, surface, view } from './explorer-fixtures.ts';

/*
 * What the export tests share: the Export menu used as a reader uses it (by role and name), files
 * saved from the browser's own download event, and the view snapshot read back as plain JSON.
 */

export interface Folder {
  readonly dir: string;
  remove(): Promise<void>;
}

export async function tempFolder(): Promise<Folder> {
  const dir = await mkdtemp(join(tmpdir(), 'actor-graph-widget-export-'));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** A page with one widget, or the one widget (an `actor-graph` locator) of a page with several. */
export type Scope = Page | Locator;
const pageOf = (scope: Scope): Page => ('goto' in scope ? scope : scope.page());

export const exportButton = (scope: Scope): Locator =>
  scope.getByRole('button', { name: 'Export', exact: true });
export const menuItem = (scope: Scope, name: string): Locator =>
  scope.getByRole('button', { name, exact: true });

export async function openMenu(scope: Scope): Promise<void> {
  if ((await exportButton(scope).getAttribute('aria-expanded')) !== 'true') await exportButton(scope).click();
}

/** Clicks `trigger` and saves the file the browser downloads into `dir`, under its suggested name. */
export async function saveDownload(page: Page, trigger: () => Promise<void>, dir: string): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), trigger()]);
  const path = join(dir, download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Opens the menu if needed and downloads what the item `name` makes. */
export async function downloadItem(scope: Scope, name: string, dir: string): Promise<string> {
  await openMenu(scope);
  return saveDownload(pageOf(scope), () => menuItem(scope, name).click(), dir);
}

/** Checks the radio `name` in the open menu (a segment of one of its choices). */
export async function choose(scope: Scope, name: string | RegExp): Promise<void> {
  await scope.getByRole('radio', { name }).check();
}

/** Downloads a PNG through "PNG image…" with the given choices, then goes back to the list. */
export async function downloadPng(
  scope: Scope,
  dir: string,
  choices: { region?: 'Whole graph' | 'Current view'; scale?: '1×' | '2×' | '4×'; background?: string } = {},
): Promise<string> {
  await openMenu(scope);
  await menuItem(scope, 'PNG image…').click();
  for (const choice of [choices.region, choices.scale, choices.background])
    if (choice) await choose(scope, choice);
  const path = await saveDownload(pageOf(scope), () => menuItem(scope, 'Download PNG').click(), dir);
  await scope.getByRole('button', { name: 'Back to all formats' }).click();
  return path;
}

/** Width and height from a PNG's IHDR chunk, after checking the signature: no decoding needed. */
export function pngSize(bytes: Uint8Array): { width: number; height: number } {
  const data = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const signature = [...bytes.subarray(0, 8)].map((b) => b.toString(16).padStart(2, '0')).join('');
  expect(signature).toBe('89504e470d0a1a0a');
  expect(new TextDecoder().decode(bytes.subarray(12, 16))).toBe('IHDR');
  return { width: data.getUint32(16), height: data.getUint32(20) };
}

/** A view snapshot file as written. */
export interface SnapshotJson {
  readonly kind: string;
  readonly formatVersion: number;
  readonly dataset?: string;
  readonly positions: Record<string, [number, number]>;
  readonly hiddenTypes: string[];
  readonly hiddenStatuses: string[];
  readonly selection: { kind: string; id: string } | null;
  readonly viewport?: { zoom: number; center: { x: number; y: number } };
}

export async function readJson<T>(path: string): Promise<T> {
  return JSON.parse(await readFile(path, 'utf8')) as T;
}

/** Two snapshots describe the same view: positions to 0.01, filters, selection, zoom and centre. */
export function expectSameView(actual: SnapshotJson, expected: SnapshotJson): void {
  expect(Object.keys(actual.positions).sort()).toEqual(Object.keys(expected.positions).sort());
  for (const [id, [x, y]] of Object.entries(expected.positions)) {
    const [ax, ay] = actual.positions[id]!;
    expect(Math.abs(ax - x), `${id}.x`).toBeLessThanOrEqual(0.01);
    expect(Math.abs(ay - y), `${id}.y`).toBeLessThanOrEqual(0.01);
  }
  expect(actual.hiddenTypes).toEqual(expected.hiddenTypes);
  expect(actual.hiddenStatuses).toEqual(expected.hiddenStatuses);
  expect(actual.selection).toEqual(expected.selection);
  expect(actual.viewport?.zoom).toBeCloseTo(expected.viewport!.zoom, 4);
  expect(Math.abs(actual.viewport!.center.x - expected.viewport!.center.x)).toBeLessThanOrEqual(0.01);
  expect(Math.abs(actual.viewport!.center.y - expected.viewport!.center.y)).toBeLessThanOrEqual(0.01);
}

/** Drags an actor by `dx`, `dy` screen pixels with the mouse, as an author arranging the graph does. */
export async function dragActor(page: Page, id: string, dx: number, dy: number): Promise<void> {
  await surface(page).evaluate((element) => element.scrollIntoView({ block: 'center' }));
  const at = await mustPositionOf(page, id);
  await page.mouse.move(at.x, at.y);
  await page.mouse.down();
  await page.mouse.move(at.x + dx / 2, at.y + dy / 2, { steps: 4 });
  await page.mouse.move(at.x + dx, at.y + dy, { steps: 4 });
  await page.mouse.up();
  await nextFrames(page);
}

/** The widget's zoom-in button, as a reader clicks it. */
export async function zoomIn(page: Page): Promise<void> {
  await view(page).locator('[title="Zoom in"]').click();
  await nextFrames(page);
}

/** Unchecks a relation type in the legend, by its label. */
export async function hideType(page: Page, label: string): Promise<void> {
  await page
    .locator('actor-graph-legend')
    .getByRole('checkbox', { name: new RegExp(`^${label}\\b`) })
    .uncheck();
}
