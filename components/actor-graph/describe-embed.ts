import type { EmbedDescription } from '../embed-code/embed-context.ts';

/** Attributes of `<actor-graph>` that an embed snippet repeats; the URL-valued ones are made absolute. */
const REPEATED = ['src', 'heading', 'heading-level', 'theme', 'view'] as const;
const URL_VALUED = new Set<string>(['src', 'view']);

const absolute = (value: string): string => {
  try {
    return new URL(value, document.baseURI).href;
  } catch {
    return value;
  }
};

/** The dataset as JSON text, if it came as the `data` property (an object or JSON text). */
function dataText(data: unknown): string | undefined {
  if (data == null) return undefined;
  if (typeof data === 'string') return data;
  try {
    return JSON.stringify(data, null, 2);
  } catch {
    return undefined;
  }
}

/**
 * What an embed snippet needs to reproduce `element` elsewhere: the loader's URL (the shell's own
 * `import.meta.url`), the iframe page beside it, and the author's attributes. `title` stands in for
 * `heading` as it does on the element. Data given inline or as a property is passed as text, and
 * then `src` is left out, as the element itself ignores it.
 */
export function describeEmbed(element: HTMLElement, loader: string, data: unknown): EmbedDescription {
  const inline =
    dataText(data) ??
    (element.hasAttribute('src')
      ? undefined
      : (element.querySelector(':scope > script[type="application/json"]')?.textContent ?? undefined));
  const attributes: [string, string][] = [];
  for (const name of REPEATED) {
    const value = name === 'heading' ? headingOf(element) : element.getAttribute(name);
    if (value === null || (name === 'src' && inline !== undefined)) continue;
    // `view="#view"` reads the view from the address of the page the graph is on, which a page the
    // snippet is pasted into does not share: only a snapshot file's URL travels with the snippet.
    if (name === 'view' && value.startsWith('#')) continue;
    attributes.push([name, URL_VALUED.has(name) ? absolute(value) : value]);
  }
  // In the dev server the loader is a source file and embed.html sits at the root.
  const page = new URL(import.meta.env.DEV ? '/embed.html' : 'embed.html', loader).href;
  return { loader, page, attributes, ...(inline === undefined ? {} : { data: inline }) };
}

/** The visible heading an author asked for: `heading`, or else `title` (see the shell's notes). */
export const headingOf = (element: Element): string | null =>
  element.getAttribute('heading') ?? element.getAttribute('title');
