import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * Independent readers for the SVG export and the images made from it: Python's expat parses the SVG,
 * Debian's librsvg (`rsvg-convert`, what GNOME and many servers use) renders it, and a zlib-only PNG
 * decoder reads the pixels. Our own code never reads back what it wrote.
 */
const PYTHON = '/usr/bin/python3';
const SCRIPT = join(dirname(fileURLToPath(import.meta.url)), 'read_svg.py');

export interface SvgNode {
  readonly ns: string;
  readonly tag: string;
  readonly attrib: Readonly<Record<string, string>>;
  readonly children: readonly SvgNode[];
}

export interface ReadSvg {
  readonly root: SvgNode;
  /**
   * Each <text>'s lines (its <tspan>s), as a reader sees them: references resolved, and without the
   * bidi isolates (U+2066–U+2069) that data is drawn in, which are invisible.
   */
  readonly texts: readonly (readonly string[])[];
  /** The same lines with their isolates, as the file holds them. */
  readonly isolatedTexts: readonly (readonly string[])[];
  readonly title: string | null;
  readonly desc: string | null;
}

export interface ReadPng {
  /** Hex of the first 8 bytes. */
  readonly signature: string;
  readonly width: number;
  readonly height: number;
  readonly channels: 3 | 4;
  readonly distinctColors: number;
  /** Share of pixels that differ from the top-left one. */
  readonly foregroundFraction: number;
  readonly background: readonly number[];
}

export const PNG_SIGNATURE = '89504e470d0a1a0a';

function python<T>(mode: 'svg' | 'png', path: string): T {
  try {
    return JSON.parse(execFileSync(PYTHON, [SCRIPT, mode, path], { encoding: 'utf8', stdio: 'pipe' })) as T;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr;
    throw new Error(stderr ? stderr.trim() : String(error), { cause: error });
  }
}

function withTempDir<T>(fn: (dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'actor-graph-svg-'));
  try {
    return fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const ISOLATES = /[\u2066-\u2069]/g;

export function readSvg(svg: string): ReadSvg {
  return withTempDir((dir) => {
    const file = join(dir, 'graph.svg');
    writeFileSync(file, svg, 'utf8');
    const read = python<Omit<ReadSvg, 'isolatedTexts'>>('svg', file);
    const seen = read.texts.map((lines) => lines.map((line) => line.replace(ISOLATES, '')));
    return { ...read, texts: seen, isolatedTexts: read.texts };
  });
}

export function readPng(png: Uint8Array): ReadPng {
  return withTempDir((dir) => {
    const file = join(dir, 'graph.png');
    writeFileSync(file, png);
    return python<ReadPng>('png', file);
  });
}

/** The SVG rendered by librsvg at its declared size, read back. */
export function renderWithRsvg(svg: string): ReadPng {
  return withTempDir((dir) => {
    const file = join(dir, 'graph.svg');
    const out = join(dir, 'graph.png');
    writeFileSync(file, svg, 'utf8');
    execFileSync('rsvg-convert', ['-o', out, file], { stdio: 'pipe' });
    return python<ReadPng>('png', out);
  });
}

/** Every element of the tree, depth first, the root included. */
export function allElements(node: SvgNode): SvgNode[] {
  return [node, ...node.children.flatMap(allElements)];
}

/** Elements with `class` equal to `name`, in document order. */
export function byClass(node: SvgNode, name: string): SvgNode[] {
  return allElements(node).filter((e) => e.attrib['class'] === name);
}

/** The points a path's `d` moves and draws to, in order (M, L, Q, H and A end points). */
export function pathPoints(d: string): { command: string; x: number; y: number }[] {
  const points: { command: string; x: number; y: number }[] = [];
  for (const [, command, args] of d.matchAll(/([MLQAHZ])([^MLQAHZ]*)/g)) {
    const n = args!
      .trim()
      .split(/[\s,]+/)
      .filter(Boolean)
      .map(Number);
    const last = points[points.length - 1];
    if (command === 'Q')
      points.push({ command: 'Q', x: n[0]!, y: n[1]! }, { command: 'Q', x: n[2]!, y: n[3]! });
    else if (command === 'A') points.push({ command: 'A', x: n[5]!, y: n[6]! });
    else if (command === 'H') points.push({ command: 'H', x: n[0]!, y: last?.y ?? 0 });
    else if (command !== 'Z') points.push({ command: command!, x: n[0]!, y: n[1]! });
  }
  return points;
}
