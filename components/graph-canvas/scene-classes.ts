import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import { isRelationVisible, type RelationFilter } from '../../src/view/filters.ts';
import type { Selection } from '../shared/selection.ts';
import type { GraphFocus } from './keyboard-nav.ts';

/** What the reader is doing, as the canvas needs it; `<actor-graph-canvas>` passes its properties. */
export interface Scene {
  readonly filter: RelationFilter;
  readonly selection: Selection | null;
  /** Actors the search box's query matches. */
  readonly matches: ReadonlySet<string>;
  /** Keyboard focus, only while it should be drawn (the canvas has focus and the keyboard moved it). */
  readonly focus: GraphFocus | null;
}

/** The interaction classes the core's stylesheet draws, each with the element ids that get it. */
export interface SceneClasses {
  readonly filtered: ReadonlySet<string>;
  readonly dimmed: ReadonlySet<string>;
  /** The lit neighbourhood, drawn larger instead of dimming the rest (see `dimOthers`). */
  readonly lit: ReadonlySet<string>;
  readonly match: ReadonlySet<string>;
  readonly 'keyboard-focus': ReadonlySet<string>;
  readonly labelled: ReadonlySet<string>;
}

export const SCENE_CLASS_NAMES = [
  'filtered',
  'dimmed',
  'lit',
  'match',
  'keyboard-focus',
  'labelled',
] as const;

/**
 * Which elements get which class. A selected actor keeps its visible relations and their other ends
 * lit and dims the rest; a selected relation keeps itself and its two ends lit. A relation the
 * keyboard is on is lit the same way: inside a bundle of parallel edges, an underlay alone is lost.
 * Without `dimOthers` (large graphs) the lit elements get `lit` and the rest stays as it is: dimming
 * restyles every other element, seconds for a selection among 50,000.
 */
export function sceneClasses(graph: ActorGraph, scene: Scene, dimOthers = true): SceneClasses {
  const filtered = new Set(graph.filterEdges((edge) => !isRelationVisible(graph, edge, scene.filter)));
  const lit = new Set<string>();
  const { selection, focus } = scene;
  const litRelation = (id: string): void => void lit.add(id).add(graph.source(id)).add(graph.target(id));
  if (focus?.kind === 'relation' && graph.hasEdge(focus.id) && !filtered.has(focus.id)) {
    litRelation(focus.id);
  } else if (selection?.kind === 'actor' && graph.hasNode(selection.id)) {
    lit.add(selection.id);
    graph.forEachEdge(selection.id, (edge, _attributes, source, target) => {
      if (filtered.has(edge)) return;
      lit.add(edge).add(source).add(target);
    });
  } else if (selection?.kind === 'relation' && graph.hasEdge(selection.id) && !filtered.has(selection.id)) {
    litRelation(selection.id);
  }
  const dimmed = new Set<string>();
  if (lit.size > 0 && dimOthers) {
    graph.forEachNode((node) => void (lit.has(node) || dimmed.add(node)));
    graph.forEachEdge((edge) => void (lit.has(edge) || filtered.has(edge) || dimmed.add(edge)));
  }
  const focused = focus && !filtered.has(focus.id) ? new Set([focus.id]) : new Set<string>();
  // The element the keyboard is on must stay readable even outside the selection's neighbourhood.
  for (const id of focused) dimmed.delete(id);
  return {
    filtered,
    dimmed,
    lit: dimOthers ? new Set() : lit,
    match: new Set([...scene.matches].filter((id) => graph.hasNode(id))),
    'keyboard-focus': focused,
    labelled: focus?.kind === 'relation' ? focused : new Set(),
  };
}
