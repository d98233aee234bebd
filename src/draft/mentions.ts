/**
 * Where the text names an actor. One pass of one regular expression over each sentence finds every
 * name of the gazetteer, longest first and as whole words, case-sensitive (so "US" is the United
 * States and "us" is not). A person's name takes in the title and the country before it ("Russian
 * President Vladimir Putin" is one mention of Russia, by Putin), and "Russia-Iran" is two mentions
 * that the text joins.
 */
import type { Span } from './content.ts';
import type { FormKind, Gazetteer, NameForm } from './gazetteer.ts';

export interface Mention extends Span {
  readonly actor: string;
  readonly kind: FormKind;
  /** Representative id, where a person is named. */
  readonly person?: string;
  /** Followed by 's or ’s: "Israel's strikes". */
  readonly possessive: boolean;
  /** Joined to the next mention by a hyphen or dash: "Russia-Iran". */
  readonly joinedToNext: boolean;
}

/** "both countries", "the two nations", "their alliance": two actors the text named before. */
export interface PairReference extends Span {
  readonly kind: 'pair';
}

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&');

/** Titles before a name: "President", "Prime Minister", "Foreign Minister", "Mr.". */
export const TITLE = String.raw`(?:(?:former|then|acting|interim|deputy|Deputy|Vice|vice|Senior|senior)\s+)?(?:President|Prime Minister|Premier|(?:Foreign|Defen[cs]e|Interior|Finance|Economy|Energy|Trade) Minister|Minister(?: of [A-Z]\w+(?: [A-Z]\w+)?)?|Secretary of State|Secretary-General|Secretary General|(?:Defen[cs]e|Foreign|Home) Secretary|Chancellor|King|Queen|Crown Prince|Emir|Sheikh|Supreme Leader|Ayatollah|Ambassador|Envoy|Special Envoy|Spokesman|Spokeswoman|General|Gen\.|Mr\.|Mrs\.|Ms\.|Dr\.|President-elect|Leader|(?:prime|foreign|defen[cs]e|interior) minister|president|ambassador|envoy|spokes(?:man|woman|person)|leader|(?:[a-z-]+\s+){0,3}(?:adviser|advisor|aide|negotiator|chief))`;

const MERGE_GAP = new RegExp(String.raw`^(?:['’]s)?\s+(?:${TITLE}\s+)*,?\s*$`, 'u');
const TITLE_BEFORE = new RegExp(String.raw`(?:${TITLE}\s+)+\[?$`, 'u');
const PAIR =
  /\b(?:both (?:countries|nations|sides|parties|governments|states)|the two (?:countries|nations|sides|governments|states)|their(?= (?:\w+ )?(?:cooperation|relationship|relations|alliance|partnership|ties|bond|rivalry|dispute|conflict)\b))\b/giu;

export interface Scanner {
  readonly scan: (text: string, span: Span) => Mention[];
}

/** A scanner for the gazetteer's names and `extra` ones (people the text introduces). */
export function scannerFor(gazetteer: Gazetteer, extra: ReadonlyMap<string, NameForm> = new Map()): Scanner {
  const forms = new Map([...gazetteer.forms, ...extra]);
  const alternatives = [...forms.keys()].sort((a, b) => b.length - a.length).map(escape);
  const pattern = new RegExp(
    String.raw`(?<![\p{L}\p{N}_])(?:${alternatives.join('|')})(?![\p{L}\p{N}_])`,
    'gu',
  );
  // The drafter scans each sentence more than once (people, relations, actors): the same answer.
  const seen = new Map<string, Mention[]>();
  return {
    scan(text, span) {
      const key = `${span.start}:${span.end}:${text.length}`;
      const known = seen.get(key);
      if (known) return known;
      const body = text.slice(span.start, span.end);
      const found: Mention[] = [];
      for (const match of body.matchAll(pattern)) {
        const form = forms.get(match[0]);
        if (!form) continue;
        const after = body.slice(match.index + match[0].length);
        if (gazetteer.notBefore[form.text]?.test(after)) continue;
        const start = span.start + match.index;
        const end = start + match[0].length;
        found.push({
          start,
          end,
          actor: form.actor,
          kind: form.kind,
          ...(form.person ? { person: form.person } : {}),
          possessive: /^['’]s?\b/u.test(after),
          joinedToNext: false,
        });
      }
      const mentions = joinCompounds(text, mergeTitles(text, span, found));
      seen.set(key, mentions);
      return mentions;
    },
  };
}

/** "Russian President Vladimir Putin", "President Putin": one mention, of the person. */
function mergeTitles(text: string, span: Span, mentions: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const mention of mentions) {
    if (mention.kind !== 'person') {
      out.push(mention);
      continue;
    }
    const previous = out.at(-1);
    if (
      previous &&
      previous.actor === mention.actor &&
      MERGE_GAP.test(text.slice(previous.end, mention.start))
    ) {
      out[out.length - 1] = { ...mention, start: previous.start };
      continue;
    }
    const before = text.slice(Math.max(span.start, previous?.end ?? span.start), mention.start);
    const title = TITLE_BEFORE.exec(before);
    out.push(
      title
        ? { ...mention, start: mention.start - title[0].length + (title[0].endsWith('[') ? 1 : 0) }
        : mention,
    );
  }
  return out;
}

function joinCompounds(text: string, mentions: Mention[]): Mention[] {
  return mentions.map((mention, i) => {
    const next = mentions[i + 1];
    const joined = next !== undefined && /^[-–—/]$/u.test(text.slice(mention.end, next.start));
    return joined ? { ...mention, joinedToNext: true } : mention;
  });
}

/** "both countries", "the two nations", "their ties" in a span. */
export function pairReferences(text: string, span: Span): PairReference[] {
  const body = text.slice(span.start, span.end);
  return [...body.matchAll(PAIR)].map((m) => ({
    kind: 'pair',
    start: span.start + m.index,
    end: span.start + m.index + m[0].length,
  }));
}
