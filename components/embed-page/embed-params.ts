/**
 * The iframe page's settings, read from its query string: `src`, `view`, `heading-level`, `theme`,
 * `id` and `height`. Pure, so what is accepted is easy to see and to test.
 *
 * What a URL may change on a page that carries the site's origin: which of the site's own datasets
 * and views it shows, and how (theme, heading level, height). Never the words: a graph under a site's
 * address is read as that site's, and `?heading=Russia admits it` would put anyone's headline above
 * the site's real data, and into the titles of images exported from it. So there is no `heading`
 * parameter: the heading is the dataset's own title (a view can hide some relation types, which the
 * legend shows as unticked, but adds no text). See docs/embed.md, "What a link can change".
 */
export interface EmbedParams {
  /** Attributes for `<actor-graph>`, already checked. */
  readonly attributes: readonly (readonly [name: string, value: string])[];
  /** Canvas height in pixels (`--actor-graph-height`), if asked for. */
  readonly height: number | undefined;
  /** Echoed in every resize message, so a parent with several frames can tell them apart. */
  readonly id: string | null;
  /** Why no graph can be shown, or undefined. */
  readonly error: string | undefined;
}

const MIN_HEIGHT = 200;
/** Mirrors `FRAGMENT_VIEW` of the widget's view loader, which this page does not import. */
const FRAGMENT_VIEW = '#view';
const MAX_HEIGHT = 2000;
const THEMES = new Set(['light', 'dark', 'auto']);

/**
 * A dataset or view URL the page may fetch: http(s) on this page's own origin. The origin check is a
 * choice, not only the CSP's doing: a graph shown under a site's address is read as that site's, so
 * no one may point this page at made-up quotes hosted elsewhere.
 */
function sameSiteUrl(value: string, page: URL): string | undefined {
  // A bare fragment would resolve to this very page.
  if (value.startsWith('#')) return undefined;
  try {
    const url = new URL(value, page);
    const web = url.protocol === 'http:' || url.protocol === 'https:';
    return web && url.origin === page.origin ? url.href : undefined;
  } catch {
    return undefined;
  }
}

export function readEmbedParams(pageUrl: string): EmbedParams {
  const page = new URL(pageUrl);
  const params = page.searchParams;
  const attributes: [string, string][] = [];
  const errors: string[] = [];
  for (const name of ['src', 'view'] as const) {
    const raw = params.get(name);
    if (raw === null) continue;
    // `view=#view` is the widget's own: it reads the view from this page's address (`#view=…`).
    const value = name === 'view' && raw === FRAGMENT_VIEW ? raw : sameSiteUrl(raw, page);
    const wanted = `an http(s) address on ${page.origin}${name === 'view' ? `, or ${FRAGMENT_VIEW}` : ''}`;
    if (value) attributes.push([name, value]);
    else errors.push(`The ${name} parameter must be ${wanted}.`);
  }
  if (!params.has('src')) errors.push('The src parameter (the address of the graph data) is missing.');
  const level = params.get('heading-level');
  if (level && /^[1-6]$/.test(level)) attributes.push(['heading-level', level]);
  const theme = params.get('theme');
  if (theme && THEMES.has(theme)) attributes.push(['theme', theme]);
  const height = params.get('height');
  const id = params.get('id');
  return {
    attributes,
    height:
      height && /^\d{1,5}$/.test(height)
        ? Math.min(Math.max(Number(height), MIN_HEIGHT), MAX_HEIGHT)
        : undefined,
    id: id && /^[\w.:-]{1,64}$/.test(id) ? id : null,
    error: errors.length ? errors.join(' ') : undefined,
  };
}
