import { html, nothing, type TemplateResult } from 'lit';
import type { Evidence, SourceText } from '../../src/model/dataset.ts';
import { sentenceAround } from '../../src/text/sentence.ts';

/** A source URL only if it is http(s): a `javascript:` or `data:` URL in a dataset must never become a link. */
export function safeHttpUrl(url: string | undefined): string | undefined {
  const trimmed = url?.trim();
  if (!trimmed) return undefined;
  try {
    const parsed = new URL(trimmed);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : undefined;
  } catch {
    return undefined;
  }
}

function sourceTitle(source: SourceText | undefined, fallback: string): TemplateResult | string {
  const title = source?.title ?? fallback;
  const href = safeHttpUrl(source?.url);
  return href ? html`<a href=${href} rel="noopener noreferrer" target="_blank">${title}</a>` : title;
}

/**
 * One quote in its sentence: the words around it from the source, the quote itself marked, then where
 * it is (code-point offsets) and in which source. All text is rendered as text, never as markup.
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
      <p>${before}<mark>${quote}</mark>${after}</p>
    </blockquote>
    <p class="cite">
      <cite>${sourceTitle(source, evidence.source)}</cite>,
      <span class="offsets">characters ${evidence.start}–${evidence.end}</span>
    </p>
  </li>`;
}
