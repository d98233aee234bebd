/**
 * When the text says something happened: "on Friday", "in June", "June 20, 2025", "yesterday". The
 * phrase is kept as written; where the article's publication date is known (`--published`), relative
 * phrases are resolved against it, to the precision the phrase has (a day, a month, a year).
 */
import type { Span } from './content.ts';

export interface DatePhrase extends Span {
  readonly phrase: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD; absent where it cannot be resolved. */
  readonly date?: string;
}

const MONTHS = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = String.raw`(?:January|February|March|April|May|June|July|August|September|October|November|December)`;
const WEEKDAY = String.raw`(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)`;

const PATTERNS: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:on )?(${MONTH}) (\d{1,2})(?:st|nd|rd|th)?(?:,? (\d{4}))?\b`, 'gu'),
  new RegExp(String.raw`\b(?:on )?(\d{1,2}) (${MONTH})(?:,? (\d{4}))?\b`, 'gu'),
  new RegExp(String.raw`\bin (?:early |mid-|late )?(${MONTH})(?:,? (\d{4}))?\b`, 'gu'),
  new RegExp(String.raw`\b(?:on |last |this )?(${WEEKDAY})\b`, 'gu'),
  /\bin ((?:19|20)\d{2})\b/gu,
  /\b(yesterday|today|last (?:week|month|year)|this (?:week|month|year)|earlier this (?:week|month|year))\b/giu,
];

const pad = (n: number): string => String(n).padStart(2, '0');
const iso = (d: Date): string => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;

function parsePublished(published: string | undefined): Date | undefined {
  if (!published || !/^\d{4}-\d{2}-\d{2}$/u.test(published)) return undefined;
  const date = new Date(`${published}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** A month (0-11) without a year: the latest one not after publication. */
function yearOf(month: number, published: Date): number {
  const year = published.getUTCFullYear();
  return month > published.getUTCMonth() ? year - 1 : year;
}

function resolve(match: RegExpExecArray, index: number, published: Date | undefined): string | undefined {
  const [, a, b, c] = match;
  if (index === 0 || index === 1) {
    const monthName = (index === 0 ? a : b)!.toLowerCase();
    const month = MONTHS.indexOf(monthName);
    const day = Number(index === 0 ? b : a);
    const year = c ? Number(c) : published ? yearOf(month, published) : undefined;
    if (year === undefined || day < 1 || day > 31) return undefined;
    return `${year}-${pad(month + 1)}-${pad(day)}`;
  }
  if (index === 2) {
    const month = MONTHS.indexOf(a!.toLowerCase());
    const year = b ? Number(b) : published ? yearOf(month, published) : undefined;
    return year === undefined ? undefined : `${year}-${pad(month + 1)}`;
  }
  if (index === 3) {
    if (!published) return undefined;
    // The latest such weekday on or before publication: news reports what has happened.
    const back = (published.getUTCDay() - WEEKDAYS.indexOf(a!.toLowerCase()) + 7) % 7;
    return iso(new Date(published.getTime() - back * 86_400_000));
  }
  if (index === 4) return a;
  if (!published) return undefined;
  const phrase = a!.toLowerCase();
  const year = published.getUTCFullYear();
  if (phrase === 'yesterday') return iso(new Date(published.getTime() - 86_400_000));
  if (phrase === 'today') return iso(published);
  if (phrase.endsWith('month')) {
    const month = published.getUTCMonth() - (phrase.startsWith('last') ? 1 : 0);
    const date = new Date(Date.UTC(year, month, 1));
    return `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}`;
  }
  if (phrase.endsWith('year')) return String(phrase.startsWith('last') ? year - 1 : year);
  return undefined;
}

/** Date phrases of a span, in order, each resolved where it can be. */
export function datesIn(text: string, span: Span, published?: string): DatePhrase[] {
  const body = text.slice(span.start, span.end);
  const when = parsePublished(published);
  const found: DatePhrase[] = [];
  PATTERNS.forEach((pattern, index) => {
    for (const match of body.matchAll(pattern)) {
      const start = span.start + match.index;
      const end = start + match[0].length;
      if (found.some((f) => f.start < end && start < f.end)) continue;
      const date = resolve(match as RegExpExecArray, index, when);
      found.push({ start, end, phrase: match[0], ...(date ? { date } : {}) });
    }
  });
  return found.sort((x, y) => x.start - y.start);
}
