/**
 * Which parts of an article are its content. Plain-text articles saved from the web carry lines that
 * are not: the title and headings, a table of contents, link-farm lists ("- How Tall Is …") and the
 * headlines of other articles. They are recognised by their shape, never by where they stand: a line
 * that is not a run of sentences is not read for relations, so an actor named only there yields nothing.
 */

/** A stretch of the text, as UTF-16 indices `[start, end)` into it. */
export interface Span {
  readonly start: number;
  readonly end: number;
}

export type BlockKind = 'content' | 'heading' | 'list' | 'headline' | 'boilerplate';

/** A paragraph (one line, or hard-wrapped lines joined) and what it is. */
export interface Block extends Span {
  readonly kind: BlockKind;
  /** 1-based numbers of its first and last line, for notes a person can check. */
  readonly firstLine: number;
  readonly lastLine: number;
}

const BULLET = /^\s*(?:[-*•–—▪]|\d{1,3}[.)])\s+/u;
/** A sentence end, possibly inside closing quotes or brackets. */
const ENDS_SENTENCE = /[.!?…:]["'”’)\]»]*\s*$/u;
/** Site furniture: the words that open "Read more: …", "Share this", "Advertisement" lines. */
const BOILERPLATE =
  /^\s*(?:read (?:more|next|also)|related(?: articles?| stories| posts)?|see also|also read|advertisement|sponsored|share (?:this|on)|subscribe|sign up|click here|follow us|leave a (?:reply|comment)|comments?|copyright|©|all rights reserved|photo:|image:|source:)\b/i;
/** " | The Daily Caller", " - BBC News": a headline copied with its site's name. */
const SITE_SEPARATOR = /\s[|•]\s|\s[-–—]\s[A-Z][\w.]*(?:\s[A-Z][\w.]*){0,3}\s*$/u;
const SMALL_WORDS = new Set(
  'a an and as at but by for from in into nor of on or over the to up upon vs via with amid after'.split(' '),
);

const words = (line: string): string[] => line.match(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu) ?? [];

/** Whether most words are capitalised, as in "Israel’s Operation To Destroy Iran’s Nuclear Program". */
function titleCase(line: string): boolean {
  const all = words(line).filter((w) => !SMALL_WORDS.has(w.toLowerCase()));
  if (all.length < 3) return false;
  const capitalised = all.filter((w) => /^[\p{Lu}\p{N}]/u.test(w)).length;
  return capitalised / all.length >= 0.75;
}

function classify(line: string): BlockKind {
  const text = line.trim();
  const count = words(text).length;
  if (BOILERPLATE.test(text)) return 'boilerplate';
  const sentence = ENDS_SENTENCE.test(text);
  if (BULLET.test(text)) return sentence && count >= 12 ? 'content' : 'list';
  if (SITE_SEPARATOR.test(text) && !sentence) return 'headline';
  // "Future Outlook: Stability or Further Volatility?" is a heading that ends like a sentence.
  if (count <= 12 && titleCase(text) && !text.endsWith('.')) return 'heading';
  if (!sentence) {
    // A long unpunctuated line may still be prose; a short one is a heading or a headline.
    if (count > 25 && !titleCase(text)) return 'content';
    return titleCase(text) || count <= 12 ? 'heading' : 'headline';
  }
  return count >= 6 ? 'content' : 'heading';
}

/**
 * The text's blocks in order. Consecutive lines are one block when the first does not end a sentence
 * and the next goes on in lower case: a paragraph hard-wrapped by an editor, not a heading and its text.
 */
export function blocksOf(text: string): Block[] {
  const blocks: Block[] = [];
  let lineNumber = 0;
  let open: { start: number; end: number; firstLine: number; lastLine: number } | undefined;
  const close = (): void => {
    if (!open) return;
    blocks.push({ ...open, kind: classify(text.slice(open.start, open.end)) });
    open = undefined;
  };
  for (let start = 0; start <= text.length;) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    lineNumber++;
    const line = text.slice(start, end);
    const trimmedEnd = start + line.replace(/\s+$/u, '').length;
    if (line.trim() === '') close();
    else if (open && continues(text.slice(open.start, open.end), line)) {
      open.end = trimmedEnd;
      open.lastLine = lineNumber;
    } else {
      close();
      const leading = line.length - line.trimStart().length;
      open = { start: start + leading, end: trimmedEnd, firstLine: lineNumber, lastLine: lineNumber };
    }
    if (newline === -1) break;
    start = newline + 1;
  }
  close();
  return blocks;
}

function continues(previous: string, line: string): boolean {
  return !ENDS_SENTENCE.test(previous) && !BULLET.test(line) && /^\s*\p{Ll}/u.test(line);
}

const RANGE_WORDS: Readonly<Record<Exclude<BlockKind, 'content'>, string>> = {
  heading: 'title and headings',
  list: 'lists and link-farm lines',
  headline: 'headlines of other articles',
  boilerplate: 'site furniture (read more, share, comments)',
};

/** "Lines 1, 4-10 (title and headings); …": what was not read, for the source's `notes`. */
export function describeSkipped(blocks: readonly Block[]): string | undefined {
  const parts: string[] = [];
  for (const kind of Object.keys(RANGE_WORDS) as (keyof typeof RANGE_WORDS)[]) {
    const ranges = mergeRanges(blocks.filter((b) => b.kind === kind));
    if (ranges.length === 0) continue;
    parts.push(
      `${ranges.length === 1 && !ranges[0]!.includes('-') ? 'line' : 'lines'} ${ranges.join(', ')} (${RANGE_WORDS[kind]})`,
    );
  }
  if (parts.length === 0) return undefined;
  const notes = `Line numbers are 1-based. Not read for relations: ${parts.join('; ')}.`;
  return notes.length <= 5000 ? notes : `${notes.slice(0, 4998)}…`;
}

function mergeRanges(blocks: readonly Block[]): string[] {
  const ranges: [number, number][] = [];
  for (const b of blocks) {
    const last = ranges.at(-1);
    if (last && b.firstLine <= last[1] + 1) last[1] = Math.max(last[1], b.lastLine);
    else ranges.push([b.firstLine, b.lastLine]);
  }
  return ranges.map(([a, b]) => (a === b ? String(a) : `${a}-${b}`));
}
