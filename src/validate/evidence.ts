/**
 * Every quote must be exactly the code points `[start, end)` of its source. When it is not, the message
 * says how to fix it: where the quote really is, where else it occurs, or where the text first differs.
 * Finding that out costs a search, so it is done only for problems that will be listed, and within
 * the budget of `QuoteSearch`.
 */
import { codePointLength, indexText, sliceCodePoints, type TextIndex } from '../text/code-points.ts';
import { indexLines, type LineIndex } from '../text/lines.ts';
import { printable, quoted } from '../text/printable.ts';
import { PROBLEM_CODES, type Problem, type ProblemCode, type ProblemSink } from './problem.ts';
import { MAX_OFFSET } from './schema-source.ts';
import { NEAR, QuoteSearch, type Found } from './quote-search.ts';
import { isObject, named, objectsIn, stringIn, wholeNumberIn } from './shape.ts';

/** Occurrences listed in a message; more are counted as "or more". */
const SHOWN = 5;
const EXCERPT = 40;

interface Source {
  readonly id: string;
  readonly index: TextIndex;
  lines?: LineIndex;
  normalized?: string;
}

/** Typographic variants that hand-copied quotes often get wrong, each mapped to one ASCII unit (same length). */
const VARIANTS: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u2010': '-',
  '\u2011': '-',
  '\u2012': '-',
  '\u2013': '-',
  '\u2014': '-',
  '\u2015': '-',
  '\u2212': '-',
  '\u00A0': ' ',
  '\u2009': ' ',
  '\u202F': ' ',
};
const VARIANT = new RegExp(`[${Object.keys(VARIANTS).join('')}]`, 'g');
const normalize = (text: string): string => text.replace(VARIANT, (ch) => VARIANTS[ch] ?? ch);

/**
 * Problems with quotes and their offsets. With `sink`, each goes there as it is found and the returned
 * list is empty; without, they are returned. `room` says whether the next problem will be listed: once
 * it will only be counted (past `limits.maxProblems`), nothing is searched to explain it.
 */
export function checkEvidence(
  root: unknown,
  texts: ReadonlyMap<string, string>,
  file: string,
  sink?: ProblemSink,
  room: () => boolean = () => true,
): Problem[] {
  const problems: Problem[] = [];
  if (!isObject(root)) return problems;
  const sources = new Map<string, Source>();
  // Sources that name one file share its text: it is indexed once.
  const indexes = new Map<string, TextIndex>();
  const sourceFor = (id: string): Source | undefined => {
    let source = sources.get(id);
    const text = texts.get(id);
    if (!source && text !== undefined) {
      let index = indexes.get(text);
      if (!index) indexes.set(text, (index = indexText(text)));
      sources.set(id, (source = { id, index }));
    }
    return source;
  };
  const search = new QuoteSearch();
  const emit = sink ?? ((problem: Problem) => void problems.push(problem));
  const report = (code: ProblemCode, path: string, message: string): void =>
    emit({ code, severity: 'error', file, path, message });

  for (const [relation, r] of objectsIn(root, 'relations')) {
    for (const [item, e] of objectsIn(relation, 'evidence')) {
      const sourceId = stringIn(item, 'source');
      const source = sourceId === undefined ? undefined : sourceFor(sourceId);
      const quote = stringIn(item, 'quote');
      // Offsets the schema refuses (negative, fractions, Infinity) are reported there, not again here.
      const start = wholeNumberIn(item, 'start', 0);
      const end = wholeNumberIn(item, 'end', 1);
      if (quote === undefined || quote === '' || start === undefined || end === undefined) continue;
      const path = `$.relations[${r}].evidence[${e}]`;
      const label = `Evidence ${e} of ${named('relation', relation, r)}`;
      if (!source) {
        // The source is reported missing or unreadable; offsets no text could have are wrong anyway.
        if (start > MAX_OFFSET || end > MAX_OFFSET) {
          const which = end > MAX_OFFSET ? 'end' : 'start';
          report(
            PROBLEM_CODES.offsetsOutOfRange,
            `${path}.${which}`,
            `${label}: ${which} ${which === 'end' ? end : start} is larger than any text can be (offsets go up to ${MAX_OFFSET}).`,
          );
        }
        continue;
      }
      const length = source.index.length;
      // Past the listing limit a problem is only counted: its message is never read, so no search.
      const explain = room();

      if (start > length || end > length) {
        const which = end > length ? `end ${end}` : `start ${start}`;
        const where = explain ? whereIs(source, quote, search, start, end) : '';
        report(
          PROBLEM_CODES.offsetsOutOfRange,
          `${path}.${end > length ? 'end' : 'start'}`,
          `${label}: ${which} is past the end of source ${quoted(source.id)} (${length} characters).${where}`,
        );
      } else if (start >= end) {
        const where = explain ? whereIs(source, quote, search, start, end) : '';
        report(
          PROBLEM_CODES.offsetsOutOfRange,
          `${path}.end`,
          `${label}: start (${start}) must be less than end (${end}).${where}`,
        );
      } else {
        const actual = sliceCodePoints(source.index, start, end);
        if (actual === quote) continue;
        if (explain) mismatch(source, quote, actual, { start, end, path, label }, search, report);
        else
          report(
            PROBLEM_CODES.quoteNotFound,
            `${path}.quote`,
            `${label}: the quote is not the text at ${start}–${end}.`,
          );
      }
    }
  }
  return problems;
}

function lineOf(source: Source, offset: number): number {
  source.lines ??= indexLines(source.index.text);
  return source.lines.positionAt(source.index.toUtf16(offset)).line;
}

function span(source: Source, start: number, length: number): string {
  return `${start}–${start + length} (line ${lineOf(source, start)})`;
}

/** Said when only the text around the offsets was searched, so that "not found" is not misread. */
const onlyNear = (found: Found): string =>
  found.near
    ? ` (Only the text within ${NEAR.toLocaleString('en')} characters of its offsets was searched: so many quotes are wrong in so large a source that searching all of it for each would take minutes.)`
    : '';

/** A sentence saying where the quote occurs, for messages about offsets that are wrong anyway. */
function whereIs(source: Source, quote: string, search: QuoteSearch, start: number, end: number): string {
  const length = source.index.length;
  const found = search.find(source.index, quote, 2, Math.min(start, length), Math.min(end, length));
  const [first] = found.offsets;
  if (first === undefined)
    return ` The quote does not occur in the source${found.near ? ' near there' : ''}.${onlyNear(found)}`;
  const n = codePointLength(quote);
  if (found.offsets.length === 1)
    return ` The quote is at ${span(source, first, n)}: set start to ${first} and end to ${first + n}.${onlyNear(found)}`;
  return ` The quote occurs more than once, first at ${span(source, first, n)}.${onlyNear(found)}`;
}

interface Place {
  readonly start: number;
  readonly end: number;
  readonly path: string;
  readonly label: string;
}

function mismatch(
  source: Source,
  quote: string,
  actual: string,
  { start, end, path, label }: Place,
  search: QuoteSearch,
  report: (code: ProblemCode, path: string, message: string) => void,
): void {
  const n = codePointLength(quote);
  const found = search.find(source.index, quote, SHOWN + 1, start, end);
  const offsets = found.offsets;
  const [first] = offsets;
  if (offsets.length === 1 && first !== undefined) {
    report(
      PROBLEM_CODES.quoteMismatch,
      `${path}.start`,
      `${label}: the quote is at ${span(source, first, n)}, not ${start}–${end}: set start to ${first} and end to ${first + n}.${onlyNear(found)}`,
    );
  } else if (offsets.length > 1) {
    const count = offsets.length > SHOWN ? `more than ${SHOWN} times` : `${offsets.length} times`;
    const list = offsets
      .slice(0, SHOWN)
      .map((at) => span(source, at, n))
      .join(', ');
    report(
      PROBLEM_CODES.quoteMismatch,
      `${path}.start`,
      `${label}: the text at ${start}–${end} is not the quote, which occurs ${count} in source ${quoted(source.id)}: at ${list}. Set start and end to the one you mean.${onlyNear(found)}`,
    );
  } else {
    const where = found.near ? ` near ${start}–${end}` : '';
    report(
      PROBLEM_CODES.quoteNotFound,
      `${path}.quote`,
      `${label}: the quote is not in source ${quoted(source.id)}${where}. ${firstDifference(actual, quote, start, end)}${nearMatch(source, quote, search, start, end)}${onlyNear(found)}`,
    );
  }
}

/** Up to EXCERPT characters of `s` from UTF-16 index `from`, escaped, in quotes. */
const excerpt = (s: string, from: number): string =>
  `"${from > 0 ? '…' : ''}${printable(s.slice(from), EXCERPT)}"`;

function firstDifference(actual: string, quote: string, start: number, end: number): string {
  let k = 0;
  while (k < actual.length && k < quote.length && actual.charCodeAt(k) === quote.charCodeAt(k)) k++;
  let from = Math.max(0, k - 10);
  // Both read alike before k. Never start inside a surrogate pair: its second half is not a character.
  if (from > 0 && /[\uD800-\uDBFF][\uDC00-\uDFFF]/.test(quote.slice(from - 1, from + 1))) from--;
  return `At ${start}–${end} the text reads ${excerpt(actual, from)} where the quote has ${excerpt(quote, from)} (they differ from character ${codePointLength(quote.slice(0, k)) + 1}).`;
}

/**
 * Where the quote occurs but for quotation marks, dashes and spaces: in the whole text while the
 * search budget allows (normalizing it once is a pass over it too), else near the offsets.
 */
function nearMatch(source: Source, quote: string, search: QuoteSearch, start: number, end: number): string {
  const { text } = source.index;
  const wanted = normalize(quote);
  let at: number;
  if (search.spend(source.normalized === undefined ? 2 * text.length : text.length)) {
    source.normalized ??= normalize(text);
    at = source.normalized.indexOf(wanted);
  } else {
    const { from, to } = search.window(source.index, start, end);
    const inside = normalize(text.slice(from, to)).indexOf(wanted);
    at = inside === -1 ? -1 : from + inside;
  }
  if (at === -1) return '';
  const offset = source.index.toCodePoint(at);
  return ` The text at ${span(source, offset, codePointLength(quote))} matches except for quotation marks, dashes or spaces: copy it exactly.`;
}
