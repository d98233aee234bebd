/**
 * What the Embed dialog shows: the snippets for this graph and their boxes with a Copy button.
 * Loaded (by embed-code.ts) when a reader first opens the dialog, not with the widget.
 */
import { html, type TemplateResult } from 'lit';
import { noFrameBox, snippetBox } from './snippet-box.ts';
import {
  INITIAL_FRAME_HEIGHT,
  iframeSnippet,
  noFrameReason,
  scriptSnippet,
  type NoFrameReason,
} from './snippets.ts';
import type { EmbedDescription } from './embed-context.ts';

export type SnippetKind = 'script' | 'iframe';

export interface Snippets {
  readonly script: string;
  readonly inline: boolean;
  readonly iframe: string | undefined;
  /** Why there is no iframe code, if there is none. */
  readonly noFrame: NoFrameReason | undefined;
}

/** The snippets for the element `description` describes, titled `title`. */
export function makeSnippets(description: EmbedDescription, title: string): Snippets {
  return {
    script: scriptSnippet(description),
    inline: description.data !== undefined,
    iframe: iframeSnippet(description, title),
    noFrame: noFrameReason(description),
  };
}

export function renderSnippets(
  snippets: Snippets,
  status: Partial<Record<SnippetKind, string>>,
  copy: (kind: SnippetKind) => void,
): TemplateResult {
  return html`${snippetBox({
    id: 'script',
    heading: 'With a script tag',
    help: html`Paste this where the graph should appear. Only a small script loads with your page; the graph
      loads when a reader scrolls near it. Anything you put inside <code>&lt;actor-graph&gt;</code> shows
      until then, and to readers without JavaScript.
      ${snippets.inline ? 'The data is written into the code, as this graph was not loaded from a URL.' : ''}`,
    code: snippets.script,
    status: status.script ?? '',
    onCopy: () => copy('script'),
  })}
  ${
    snippets.iframe === undefined
      ? noFrameBox(snippets.noFrame ?? 'inline-data')
      : snippetBox({
          id: 'iframe',
          heading: 'As an iframe',
          help: html`For sites that do not allow scripts in posts. The script after the frame is optional,
          once per page: it lets the frame grow to the graph's height (without it, the frame stays
          ${INITIAL_FRAME_HEIGHT} pixels tall). The frame can only show data from the same site as the graph's
          files, under the data's own title: an address cannot change the words on the site's pages, so give
          your own heading above the frame.`,
          code: snippets.iframe,
          status: status.iframe ?? '',
          onCopy: () => copy('iframe'),
        })
  }`;
}
