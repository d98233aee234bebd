import { describe, expect, it } from 'vitest';
import type { Bundle, Obstacle } from '../../src/layout/layout-geometry.ts';
import { clearBundles, relocateOffenders } from '../../src/layout/layout-repair.ts';
import { actorsOnBundles, layoutPenalty } from '../../src/layout/layout-score.ts';
import type { Point } from '../../src/geometry/point.ts';

const obstacle = (id: string): Obstacle => ({ id, halfWidth: 30, below: 40, radius: 17 });

describe('layout quality', () => {
  const bundles: Bundle[] = [{ source: 'A', target: 'B', count: 9 }];
  const obstacles = ['A', 'B', 'C'].map(obstacle);

  it('penalises an actor on a bundle it is not part of, wide bundles most', () => {
    const on = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 400, y: 0 }],
      ['C', { x: 200, y: 10 }],
    ]);
    const off = new Map(on).set('C', { x: 200, y: 300 });
    expect(layoutPenalty(on, bundles, obstacles, 26)).toBeGreaterThan(
      layoutPenalty(off, bundles, obstacles, 26),
    );
    expect(layoutPenalty(off, bundles, obstacles, 26)).toBe(0);
  });

  it('moves actors off bundles and leaves the bundle ends alone', () => {
    const positions = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 400, y: 0 }],
      ['C', { x: 200, y: 10 }],
    ]);
    clearBundles(positions, bundles, obstacles, 26);
    expect(positions.get('A')).toEqual({ x: 0, y: 0 });
    expect(positions.get('B')).toEqual({ x: 400, y: 0 });
    expect(Math.abs(positions.get('C')!.y)).toBeGreaterThan(4 * 13 + 17);
  });

  it('counts crossings of bundles that share no actor', () => {
    const cross = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 100, y: 100 }],
      ['C', { x: 0, y: 100 }],
      ['D', { x: 100, y: 0 }],
    ]);
    const pairs: Bundle[] = [
      { source: 'A', target: 'B', count: 1 },
      { source: 'C', target: 'D', count: 1 },
    ];
    expect(layoutPenalty(cross, pairs, [], 26)).toBe(1);
  });

  it('relocates an actor caught between two bundles that share an end, clear of every other actor', () => {
    // A fan of two wide bundles from A: C is tied to A and B, and pushing it off one bundle pushes it
    // onto the other; clearBundles alone cannot free it.
    const fan: Bundle[] = [
      { source: 'A', target: 'B', count: 9 },
      { source: 'A', target: 'D', count: 5 },
      { source: 'A', target: 'C', count: 1 },
      { source: 'B', target: 'C', count: 1 },
    ];
    const nodes = ['A', 'B', 'C', 'D'].map(obstacle);
    const positions = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 400, y: -60 }],
      ['D', { x: 400, y: 60 }],
      ['C', { x: 250, y: 0 }],
    ]);
    clearBundles(positions, fan, nodes, 26);
    expect(actorsOnBundles(positions, fan, nodes, 26)).not.toEqual([]);
    relocateOffenders(positions, fan, nodes, 26);
    expect(actorsOnBundles(positions, fan, nodes, 26)).toEqual([]);
    for (const id of ['A', 'B', 'D']) {
      const p = positions.get(id)!;
      const c = positions.get('C')!;
      expect(Math.abs(p.x - c.x) >= 60 || Math.abs(p.y - c.y) >= 57).toBe(true);
    }
  });

  it('leaves a layout with no actor on a foreign bundle as it was', () => {
    const clear = new Map<string, Point>([
      ['A', { x: 0, y: 0 }],
      ['B', { x: 400, y: 0 }],
      ['C', { x: 200, y: 300 }],
    ]);
    const before = new Map(clear);
    relocateOffenders(clear, bundles, obstacles, 26);
    expect(clear).toEqual(before);
  });
});
