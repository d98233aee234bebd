import { html, type TemplateResult } from 'lit';
import { balanceIsolates } from '../../src/text/bidi.ts';

/**
 * A piece of data inside a sentence or a line of ours, isolated: `<bdi>` lays it out on its own, in the
 * direction of its own first strong letter (an Arabic name right to left, a Latin one left to right),
 * so no control character in it (a RIGHT-TO-LEFT OVERRIDE after `Russia`) turns the rest of the line
 * around. A stray U+2069 in the data would close the `<bdi>` itself in Chromium, so those are left
 * out (`balanceIsolates`); everything visible is shown as the data has it.
 */
export const bdi = (text: string): TemplateResult => html`<bdi>${balanceIsolates(text)}</bdi>`;

/** Several pieces of data, each isolated, with `separator` (ours) between them. */
export const bdiList = (items: readonly string[], separator: string): TemplateResult[] =>
  items.map((item, i) => html`${i > 0 ? separator : ''}${bdi(item)}`);
