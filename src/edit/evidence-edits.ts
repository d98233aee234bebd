import type { Dataset, Evidence } from '../model/dataset.ts';
import { codePointLength, indexText, sliceCodePoints } from '../text/code-points.ts';
import { printable } from '../text/printable.ts';
import { EDIT_ERROR_CODES, EditError } from './edit-error.ts';
import { relationIndex, relationOf, replaceAt } from './lookup.ts';

/** A stretch of a source text, in code points as evidence counts them (zero-based, end exclusive). */
export interface TextSpan {
  readonly source: string;
  readonly start: number;
  readonly end: number;
}

/** The schema's limits on a relation's quotes and on one quote's length. */
const MAX_QUOTES = 100;
const MAX_QUOTE = 5000;

/**
 * Evidence for a span: the quote is cut from the source text itself, so it is verbatim by
 * construction. Spaces at either end are left out (a mouse selection often takes a trailing one).
 */
export function evidenceFor(span: TextSpan, texts: ReadonlyMap<string, string>): Evidence {
  const text = texts.get(span.source);
  if (text === undefined) {
    throw new EditError(EDIT_ERROR_CODES.unknownSource, `There is no text for source "${span.source}".`);
  }
  const index = indexText(text);
  const { start, end } = span;
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end) || start < 0 || end > index.length) {
    throw new EditError(
      EDIT_ERROR_CODES.selectionOutOfRange,
      `Characters ${start}–${end} are not in the text (it has ${index.length}).`,
    );
  }
  const raw = sliceCodePoints(index, start, Math.max(start, end));
  const lead = raw.length - raw.trimStart().length;
  const quote = raw.trim();
  if (quote === '')
    throw new EditError(EDIT_ERROR_CODES.emptySelection, 'Select some words of the text first.');
  const from = start + codePointLength(raw.slice(0, lead));
  const to = from + codePointLength(quote);
  if (to - from > MAX_QUOTE) {
    throw new EditError(
      EDIT_ERROR_CODES.quoteTooLong,
      `A quote may be at most ${MAX_QUOTE} characters; this selection has ${to - from}. Select less.`,
    );
  }
  return { source: span.source, quote, start: from, end: to };
}

/** Adds the span as a quote of relation `id`, unless it already has that very quote. */
export function addEvidence(
  dataset: Dataset,
  id: string,
  span: TextSpan,
  texts: ReadonlyMap<string, string>,
): Dataset {
  const at = relationIndex(dataset, id);
  const relation = dataset.relations[at]!;
  const evidence = evidenceFor(span, texts);
  const same = relation.evidence.some(
    (e) => e.source === evidence.source && e.start === evidence.start && e.end === evidence.end,
  );
  if (same) {
    throw new EditError(
      EDIT_ERROR_CODES.duplicateEvidence,
      `This relation already quotes "${printable(evidence.quote, 60)}".`,
    );
  }
  if (relation.evidence.length >= MAX_QUOTES) {
    throw new EditError(EDIT_ERROR_CODES.tooManyQuotes, `A relation may have at most ${MAX_QUOTES} quotes.`);
  }
  // Before the first quote of the same source that comes after it, so quotes read in text order; the
  // order of the quotes already there is the author's and stays as it is.
  const later = relation.evidence.findIndex((e) => e.source === evidence.source && e.start > evidence.start);
  const quotes = [...relation.evidence];
  quotes.splice(later < 0 ? quotes.length : later, 0, evidence);
  return {
    ...dataset,
    relations: replaceAt(dataset.relations, at, { ...relation, evidence: quotes }),
  };
}

/** Removes quote `index` of relation `id`. */
export function removeEvidence(dataset: Dataset, id: string, index: number): Dataset {
  const at = relationIndex(dataset, id);
  const relation = relationOf(dataset, id);
  if (!relation.evidence[index]) {
    throw new EditError(EDIT_ERROR_CODES.unknownRelation, `Relation "${id}" has no quote ${index + 1}.`);
  }
  const evidence = relation.evidence.filter((_, i) => i !== index);
  return { ...dataset, relations: replaceAt(dataset.relations, at, { ...relation, evidence }) };
}
