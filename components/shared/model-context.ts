import { createContext } from '@lit/context';
import type { ActorGraph } from '../../src/graph/actor-graph.ts';
import type { Positions } from '../../src/geometry/point.ts';
import type { TypeEncoding } from '../../src/style/encoding.ts';
import type { Theme } from '../../src/style/theme.ts';

/**
 * Everything the parts of one widget share about the loaded graph. `<actor-graph-view>` provides a
 * new object whenever any field changes (a new dataset, a new theme), so consumers compare by identity.
 */
export interface GraphModel {
  readonly graph: ActorGraph;
  /** One per relation type, in vocabulary order; colours already follow the theme. */
  readonly encodings: readonly TypeEncoding[];
  /** Source texts by source id, as the validator read them. */
  readonly sources: ReadonlyMap<string, string>;
  readonly theme: Theme;
  /** Where each actor is drawn, from `computeLayout`: same data, same picture. */
  readonly positions: Positions;
}

export const graphModelContext = createContext<GraphModel | undefined>(Symbol('actor-graph-model'));

/** The encoding of a relation type; validation guarantees every used type has one. */
export function encodingOf(model: GraphModel, typeId: string): TypeEncoding | undefined {
  return model.encodings.find((e) => e.typeId === typeId);
}
