/**
 * The iframe embed (`embed.html?src=...`), for platforms that allow iframes but not scripts: one
 * widget filling the frame, configured from the query string, posting its height to the parent page
 * so a responsive iframe can grow with it.
 */
import '../actor-graph/actor-graph.ts';

/** The message the parent page listens for. */
export interface ResizeMessage {
  readonly type: 'actor-graph:resize';
  /** The `id` query parameter, so a parent with several frames knows which one to resize. */
  readonly id: string | null;
  readonly height: number;
}

const PASSED = ['src', 'heading', 'heading-level', 'theme', 'view'] as const;

/** Only same-origin, http: or https: URLs are passed on; anything else would be a way to misuse the page. */
function safeUrl(value: string): string | undefined {
  try {
    const url = new URL(value, location.href);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : undefined;
  } catch {
    return undefined;
  }
}

const params = new URLSearchParams(location.search);
const graph = document.createElement('actor-graph');
graph.setAttribute('loading', 'eager');
for (const name of PASSED) {
  const raw = params.get(name);
  if (raw === null) continue;
  const value = name === 'src' || name === 'view' ? safeUrl(raw) : raw;
  if (value !== undefined) graph.setAttribute(name, value);
}
const height = params.get('height');
if (height && /^\d{2,4}$/.test(height)) graph.style.setProperty('--actor-graph-height', `${height}px`);
document.body.append(graph);

if (window.parent !== window) {
  let last = -1;
  new ResizeObserver(() => {
    const current = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (current === last) return;
    last = current;
    const message: ResizeMessage = { type: 'actor-graph:resize', id: params.get('id'), height: current };
    // The height is not a secret; the parent checks the message's source window itself.
    window.parent.postMessage(message, '*');
  }).observe(document.documentElement);
}
