import { html, type TemplateResult } from 'lit';
import type { NoFrameReason } from './snippets.ts';

/** One way to embed: a heading, why and how, the code (readonly text, never HTML) and its Copy button. */
export interface SnippetBox {
  /** `script` or `iframe`: the textarea's id, which the Copy handler looks up. */
  readonly id: string;
  readonly heading: string;
  readonly help: TemplateResult | string;
  readonly code: string;
  /** What the last Copy did, for the polite status next to the button. */
  readonly status: string;
  readonly onCopy: () => void;
}

const MAX_ROWS = 12;
/** Characters on a row of the textarea at the dialog's full width, to size it without scrolling. */
const ROW_LENGTH = 84;

export function snippetBox(box: SnippetBox): TemplateResult {
  const wrapped = box.code
    .split('\n')
    .reduce((sum, line) => sum + Math.max(1, Math.ceil(line.length / ROW_LENGTH)), 0);
  const rows = Math.min(wrapped, MAX_ROWS);
  return html`<section aria-labelledby="${box.id}-heading">
    <h3 id="${box.id}-heading">${box.heading}</h3>
    <p id="${box.id}-help">${box.help}</p>
    <textarea
      id=${box.id}
      readonly
      rows=${rows}
      spellcheck="false"
      aria-labelledby="${box.id}-heading"
      aria-describedby="${box.id}-help"
      .value=${box.code}
    ></textarea>
    <div class="actions">
      <button type="button" class="button" aria-describedby="${box.id}-heading" @click=${box.onCopy}>
        Copy
      </button>
      <span class="status" role="status">${box.status}</span>
    </div>
  </section>`;
}

const NO_FRAME: Readonly<Record<NoFrameReason, string>> = {
  'inline-data':
    "This graph's data was given inline, not loaded from a URL, so an iframe cannot show it. Publish the JSON file on the same site as the graph's files and set src to its address; the Embed button then offers the iframe code too.",
  'other-site':
    "This graph's data is on another site than the graph's files, and the iframe page only loads data from its own site (so that no one can show made-up quotes under its address). Publish the JSON file beside the graph's files to embed it as an iframe.",
};

/** In place of the iframe code when the frame could not load the data. */
export function noFrameBox(reason: NoFrameReason): TemplateResult {
  return html`<section aria-labelledby="iframe-heading">
    <h3 id="iframe-heading">As an iframe</h3>
    <p>${NO_FRAME[reason]}</p>
  </section>`;
}
