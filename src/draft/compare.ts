/**
 * How close a draft is to a dataset a person made from the same text: precision and recall of the
 * actor pairs it relates, of its relations (pair, type and direction), of its quotes, and how often
 * the status of a relation both have agrees. The benchmark scores the seed article's draft with it.
 */
import type { Dataset, Relation } from '../model/dataset.ts';

export interface Score {
  readonly matched: number;
  readonly drafted: number;
  readonly reference: number;
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
}

export interface Comparison {
  /** Unordered pairs of actors with at least one relation. */
  readonly pairs: Score;
  /** Relations by type, pair and direction (a mutual relation matches in either order). */
  readonly relations: Score;
  /**
   * Quotes: a drafted quote is right where it overlaps, by at least half of the shorter of the two,
   * a quote of the reference relation with the same type, pair and direction; a reference quote is
   * found where a drafted quote of that relation overlaps it so.
   */
  readonly evidence: Score;
  /** Of the relations both have, how many have the same status. */
  readonly status: { readonly agree: number; readonly of: number; readonly accuracy: number };
  /** The relation keys only the draft has, and only the reference has: what to look at. */
  readonly extra: readonly string[];
  readonly missed: readonly string[];
}

const pairOf = (r: Relation): string => [r.from, r.to].sort().join('–');
export const relationKey = (r: Relation): string =>
  `${r.type} ${r.directed ? `${r.from}→${r.to}` : pairOf(r)}`;

function score(matchedDrafted: number, drafted: number, matchedReference: number, reference: number): Score {
  const precision = drafted === 0 ? 0 : matchedDrafted / drafted;
  const recall = reference === 0 ? 0 : matchedReference / reference;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { matched: matchedReference, drafted, reference, precision, recall, f1 };
}

function setScore(drafted: ReadonlySet<string>, reference: ReadonlySet<string>): Score {
  const both = [...drafted].filter((k) => reference.has(k)).length;
  return score(both, drafted.size, both, reference.size);
}

const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => {
  const common = Math.min(a.end, b.end) - Math.max(a.start, b.start);
  return common > 0 && common >= Math.min(a.end - a.start, b.end - b.start) / 2;
};

export function compareDatasets(draft: Dataset, reference: Dataset): Comparison {
  const pairs = setScore(new Set(draft.relations.map(pairOf)), new Set(reference.relations.map(pairOf)));
  const draftByKey = new Map(draft.relations.map((r) => [relationKey(r), r]));
  const referenceByKey = new Map(reference.relations.map((r) => [relationKey(r), r]));
  const relations = setScore(new Set(draftByKey.keys()), new Set(referenceByKey.keys()));

  let rightQuotes = 0;
  let draftQuotes = 0;
  let foundQuotes = 0;
  let referenceQuotes = 0;
  let agree = 0;
  let both = 0;
  for (const [key, drafted] of draftByKey) {
    const ref = referenceByKey.get(key);
    draftQuotes += drafted.evidence.length;
    if (!ref) continue;
    both++;
    if (ref.status === drafted.status) agree++;
    rightQuotes += drafted.evidence.filter((e) => ref.evidence.some((r) => overlaps(e, r))).length;
  }
  for (const [key, ref] of referenceByKey) {
    referenceQuotes += ref.evidence.length;
    const drafted = draftByKey.get(key);
    if (drafted)
      foundQuotes += ref.evidence.filter((r) => drafted.evidence.some((e) => overlaps(e, r))).length;
  }
  return {
    pairs,
    relations,
    evidence: { ...score(rightQuotes, draftQuotes, foundQuotes, referenceQuotes), matched: foundQuotes },
    status: { agree, of: both, accuracy: both === 0 ? 0 : agree / both },
    extra: [...draftByKey.keys()].filter((k) => !referenceByKey.has(k)).sort(),
    missed: [...referenceByKey.keys()].filter((k) => !draftByKey.has(k)).sort(),
  };
}
