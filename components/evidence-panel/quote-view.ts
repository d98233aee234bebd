import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, SourceText } from '../../src/model/dataset.ts';
import { safeLinkUrl } from '../../src/text/safe-url.ts';
import { sentenceAround } from '../../src/text/sentence.ts';
import { bdi } from '../shared/bdi.ts';

/**
 * The source's title, as a link only where `safeLinkUrl` (the one rule the exporters follow too)
 * allows: http(s), no credentials. Any other URL, however spelled, stays unlinked.
 */
function sourceTitle(source: SourceText | undefined, fallback: string): TemplateResult {
  const title = source?.title ?? fallback;
  const href = source?.url === undefined ? undefined : safeLinkUrl(source.url);
  return href
    ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${bdi(title)}</a>`
    : bdi(title);
}

/**
 * One quote in its sentence: the words around it from the source, the quote itself marked, then who
 * the text says the words come from (where the dataset says), where it is (code-point offsets) and in
 * which source. All text is rendered as text, never as markup.
 */
export function quoteView(
  evidence: Evidence,
  text: string | undefined,
  source: SourceText | undefined,
  lang: string | undefined,
): TemplateResult {
  const context =
    text === undefined ? undefined : sentenceAround(text, evidence.start, evidence.end, lang ? { lang } : {});
  // Offsets are checked by the validator; the quote as written is the fallback if the text is missing.
  const before = context?.before ?? '';
  const quote = context?.quote ?? evidence.quote;
  const after = context?.after ?? '';
  return html`<li class="quote">
    <blockquote lang=${lang ?? nothing}>
      <p dir="auto">${before}<mark>${quote}</mark>${after}</p>
    </blockquote>
    <p class="cite">
      ${evidence.attribution ? html`<span class="attributed">Attributed to ${bdi(evidence.attribution)}</span> · ` : nothing}
      <cite>${sourceTitle(source, evidence.source)}</cite>,
      <span class="offsets">characters ${evidence.start}–${evidence.end}</span>
    </p>
  </li>`;
}
