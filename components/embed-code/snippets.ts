import type { EmbedDescription } from './embed-context.ts';

/*
 * The embed snippets, as plain text: they are shown in a readonly textarea and copied, never parsed
 * as HTML here. Every value an author or a URL supplies is escaped for a double-quoted attribute (or,
 * for inline JSON, for a script element), so a `src` like `"><script>` stays an attribute value.
 */

/** What the parent page runs once, so every actor-graph iframe on it grows with its graph. */
export const RESIZE_SCRIPT = `<script>
  window.addEventListener('message', function (event) {
    var data = event.data;
    if (!data || data.type !== 'actor-graph:resize' || !(data.height > 0)) return;
    var frames = document.querySelectorAll('iframe[data-actor-graph]');
    for (var i = 0; i < frames.length; i++) {
      if (frames[i].contentWindow === event.source) frames[i].style.height = Math.ceil(data.height) + 'px';
    }
  });
</script>`;

/** The iframe's height before its page reports the real one: about a loaded widget with its table. */
export const INITIAL_FRAME_HEIGHT = 900;

const ESCAPES: Readonly<Record<string, string>> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
};

/**
 * Bidi controls and marks: invisible, and in the code box they would reorder the rest of the line (a
 * heading ending in a RIGHT-TO-LEFT OVERRIDE could hide where `src` points). Written as references,
 * they are the same characters to whoever parses the snippet, and visible to whoever reads it.
 */
const BIDI_CONTROLS = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/g;
const hex = (c: string): string => c.charCodeAt(0).toString(16).toUpperCase();

/** Text made safe inside a quoted HTML attribute value. */
export const escapeAttribute = (value: string): string =>
  value.replace(/[&"'<>]/g, (c) => ESCAPES[c]!).replace(BIDI_CONTROLS, (c) => `&#x${hex(c)};`);

const attributeList = (attributes: EmbedDescription['attributes']): string =>
  attributes.map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`).join('');

/**
 * JSON text safe inside `<script type="application/json">`: `<` occurs in JSON only inside strings,
 * where `\u003c` means the same, so no `</script>` or `<!--` can end the element early. Bidi controls
 * too occur only inside strings, and are written as escapes for the reason given above.
 */
export const scriptSafeJson = (json: string): string =>
  json
    .trim()
    .replace(/</g, '\\u003c')
    .replace(BIDI_CONTROLS, (c) => `\\u${hex(c).padStart(4, '0')}`);

/** The script-tag embed: the loader, then the element; the data inline when it has no URL. */
export function scriptSnippet(description: EmbedDescription): string {
  const loader = `<script type="module" src="${escapeAttribute(description.loader)}"></script>`;
  const open = `<actor-graph${attributeList(description.attributes)}>`;
  if (description.data === undefined) return `${loader}\n${open}</actor-graph>`;
  return [
    loader,
    open,
    '  <script type="application/json">',
    scriptSafeJson(description.data),
    '  </script>',
    '</actor-graph>',
  ].join('\n');
}

/** Why there is no iframe code: the data has no URL, or one the frame page may not fetch. */
export type NoFrameReason = 'inline-data' | 'other-site';

/** The iframe page only fetches datasets from its own site (see docs/embed.md, "Same-site data"). */
export function noFrameReason(description: EmbedDescription): NoFrameReason | undefined {
  if (description.data !== undefined) return 'inline-data';
  const src = description.attributes.find(([name]) => name === 'src')?.[1];
  if (src === undefined) return 'inline-data';
  try {
    return new URL(src).origin === new URL(description.page).origin ? undefined : 'other-site';
  } catch {
    return 'other-site';
  }
}

/** What `embed.html` takes from its address: never `heading` (see `embed-params.ts`). */
const FRAME_PARAMETERS = new Set(['src', 'view', 'heading-level', 'theme']);

/**
 * The iframe embed: `embed.html` with the element's attributes as query parameters, then the parent
 * page's resize script. Undefined when the frame could not load the data (see `noFrameReason`). The
 * frame shows the dataset's own title: a heading given to the element is the iframe's `title` only.
 */
export function iframeSnippet(description: EmbedDescription, title: string): string | undefined {
  if (noFrameReason(description)) return undefined;
  const url = new URL(description.page);
  for (const [name, value] of description.attributes)
    if (FRAME_PARAMETERS.has(name)) url.searchParams.set(name, value);
  const frame =
    `<iframe src="${escapeAttribute(url.href)}" title="${escapeAttribute(title)}" data-actor-graph` +
    ` loading="lazy" style="display: block; width: 100%; height: ${INITIAL_FRAME_HEIGHT}px; border: 0"></iframe>`;
  return `${frame}\n${RESIZE_SCRIPT}`;
}
