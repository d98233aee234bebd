import { createContext } from '@lit/context';

/**
 * What an embed snippet has to repeat of one `<actor-graph>`, as the author wrote it, with every URL
 * made absolute so the snippet works on any page.
 */
export interface EmbedDescription {
  /** The loader module, `actor-graph.js` (where `<actor-graph>` was defined from). */
  readonly loader: string;
  /** The iframe page, `embed.html`, beside the loader. */
  readonly page: string;
  /** Attributes to repeat, in order: `src`, `heading`, `heading-level`, `theme`, `view`. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** The dataset as JSON text, when it came inline or as the `data` property (then there is no `src`). */
  readonly data?: string;
}

/** Answers, at any time, what the element looks like now (its attributes can change after load). */
export interface EmbedSource {
  describe(): EmbedDescription;
}

/**
 * A string key, not a Symbol: the loader (`actor-graph.js`) and the widget's chunk must agree on it
 * even when a page ends up with two copies of the loader, and strings compare by value.
 */
export const EMBED_CONTEXT_KEY = 'actor-graph-embed';
export type EmbedContextKey = typeof EMBED_CONTEXT_KEY;

/**
 * Provided by `<actor-graph>` (the loader, which knows its own URL), consumed by
 * `<actor-graph-embed-code>` two shadow roots below it through the context protocol.
 */
export const embedContext = createContext<EmbedSource, EmbedContextKey>(EMBED_CONTEXT_KEY);
