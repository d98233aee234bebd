/**
 * The iframe embed (`embed.html?src=...`), for platforms that allow iframes but not scripts: one
 * widget filling the frame, configured from the query string (see embed-params.ts), posting its
 * height to the parent page so a responsive iframe can grow with it (docs/embed.md).
 */
import '../actor-graph/actor-graph.ts';
import { readEmbedParams } from './embed-params.ts';

/** The message the parent page listens for. */
export interface ResizeMessage {
  readonly type: 'actor-graph:resize';
  /** The `id` query parameter, so a parent with several frames knows which one to resize. */
  readonly id: string | null;
  /** The page's full height in CSS pixels. */
  readonly height: number;
}

const params = readEmbedParams(location.href);

if (params.error) {
  const message = document.createElement('p');
  message.className = 'embed-error';
  message.setAttribute('role', 'alert');
  message.textContent = `This graph cannot be shown. ${params.error}`;
  document.body.append(message);
} else {
  const graph = document.createElement('actor-graph');
  graph.setAttribute('loading', 'eager');
  for (const [name, value] of params.attributes) graph.setAttribute(name, value);
  if (params.height) graph.style.setProperty('--actor-graph-height', `${params.height}px`);
  document.body.append(graph);
}

if (window.parent !== window) {
  let last = -1;
  new ResizeObserver(() => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    const message: ResizeMessage = { type: 'actor-graph:resize', id: params.id, height };
    // The height is no secret, and the parent page's origin is unknown here: the parent checks
    // that the message comes from its own frame (event.source), as the documented snippet does.
    window.parent.postMessage(message, '*');
  }).observe(document.documentElement);
}
