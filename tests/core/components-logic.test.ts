import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  moveFocus,
  readingOrder,
  type NavigationContext,
} from '../../components/graph-canvas/keyboard-nav.ts';
import { sceneClasses, type Scene } from '../../components/graph-canvas/scene-classes.ts';
import { visibleRelationsOf } from '../../components/shared/sentences.ts';
import { buildGraph } from '../../src/graph/actor-graph.ts';
import type { Dataset } from '../../src/model/dataset.ts';
import { NO_FILTER } from '../../src/view/filters.ts';

// The canvas's pure logic (keyboard scheme, interaction classes), checked without a browser.
const seed = JSON.parse(readFileSync('graph-data/putins-delicate-dance.json', 'utf8')) as Dataset;
const graph = buildGraph(seed);

describe('readingOrder', () => {
  it('reads rows top to bottom and each row left to right', () => {
    const positions = new Map([
      ['right', { x: 200, y: 10 }],
      ['left-a-bit-lower', { x: 0, y: 25 }],
      ['below', { x: 100, y: 120 }],
    ]);
    expect(readingOrder(positions, 34)).toEqual(['left-a-bit-lower', 'right', 'below']);
  });
});

describe('moveFocus', () => {
  const ctx: NavigationContext = {
    actors: ['USA', 'RUS', 'IRN'],
    relationsOf: (actor) => visibleRelationsOf(graph, actor, NO_FILTER),
    otherEnd: (relation, actor) => graph.opposite(actor, relation),
  };

  it('starts at the first actor and stops at the ends', () => {
    expect(moveFocus(null, 'ArrowDown', ctx)).toEqual({ kind: 'actor', id: 'USA' });
    expect(moveFocus({ kind: 'actor', id: 'USA' }, 'ArrowUp', ctx)).toEqual({ kind: 'actor', id: 'USA' });
    expect(moveFocus({ kind: 'actor', id: 'USA' }, 'End', ctx)).toEqual({ kind: 'actor', id: 'IRN' });
    expect(moveFocus({ kind: 'actor', id: 'IRN' }, 'ArrowDown', ctx)).toEqual({ kind: 'actor', id: 'IRN' });
  });

  it('enters relations with →, walks them with ↑/↓, goes back with ← and follows one with →', () => {
    const first = moveFocus({ kind: 'actor', id: 'USA' }, 'ArrowRight', ctx);
    expect(first).toEqual({ kind: 'relation', id: 'rus-usa-briefing', actor: 'USA' });
    expect(moveFocus(first, 'ArrowLeft', ctx)).toEqual({ kind: 'actor', id: 'USA' });
    expect(moveFocus(first, 'ArrowRight', ctx)).toEqual({ kind: 'actor', id: 'RUS' });
    const second = moveFocus(
      { kind: 'relation', id: 'rus-irn-strategic-partnership', actor: 'RUS' },
      'ArrowDown',
      ctx,
    );
    expect(second).toEqual({ kind: 'relation', id: 'rus-irn-treaty', actor: 'RUS' });
  });
});

describe('sceneClasses', () => {
  it('lights a selected actor, its visible relations and their ends, and dims the rest', () => {
    const filter = { hiddenTypes: new Set(['briefing']), hiddenStatuses: new Set<never>() };
    const classes = sceneClasses(graph, {
      filter,
      selection: { kind: 'actor', id: 'USA' },
      matches: new Set(['SAU', 'nobody']),
      focus: null,
    });
    expect([...classes.filtered]).toEqual(['rus-usa-briefing']);
    // USA's only relation is filtered out: everything else is dimmed, and filtered edges are not "dimmed".
    expect(classes.dimmed.has('USA')).toBe(false);
    expect(classes.dimmed.has('RUS')).toBe(true);
    expect(classes.dimmed.has('rus-usa-briefing')).toBe(false);
    expect([...classes.match]).toEqual(['SAU']);
  });

  it('in large graphs, marks the lit neighbourhood instead of dimming every other element', () => {
    const scene: Scene = {
      filter: NO_FILTER,
      selection: { kind: 'actor', id: 'USA' },
      matches: new Set(),
      focus: null,
    };
    const classes = sceneClasses(graph, scene, false);
    expect(classes.dimmed.size).toBe(0);
    expect([...classes.lit].sort()).toEqual(['RUS', 'USA', 'rus-usa-briefing']);
    // With dimming, nothing is marked lit.
    expect(sceneClasses(graph, scene).lit.size).toBe(0);
  });

  it('lights the relation the keyboard is on, and labels it', () => {
    const classes = sceneClasses(graph, {
      filter: NO_FILTER,
      selection: { kind: 'actor', id: 'USA' },
      matches: new Set(),
      focus: { kind: 'relation', id: 'rus-isr-condemnation', actor: 'RUS' },
    });
    expect([...classes['keyboard-focus']]).toEqual(['rus-isr-condemnation']);
    expect([...classes.labelled]).toEqual(['rus-isr-condemnation']);
    for (const id of ['rus-isr-condemnation', 'RUS', 'ISR']) expect(classes.dimmed.has(id)).toBe(false);
    expect(classes.dimmed.has('USA')).toBe(true);
  });
});
