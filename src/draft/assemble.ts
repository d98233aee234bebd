/**
 * Candidates to relations: the same relation stated in several sentences becomes one relation with
 * several quotes; a relation the text states both ways ("Russia counters the West", "tensions between
 * Russia and the West") is one mutual relation. Offsets become code points, as the format counts them.
 */
import type { Evidence, Relation, RelationStatus } from '../model/dataset.ts';
import type { TextIndex } from '../text/code-points.ts';
import type { Candidate } from './extract.ts';
import { DRAFT_TYPE_BY_ID } from './relation-types.ts';

const STRENGTH: Readonly<Record<RelationStatus, number>> = { reported: 2, alleged: 1, analysis: 0 };
const MAX_EVIDENCE = 100;
const MAX_LABEL = 200;

const pairKey = (c: Pick<Candidate, 'from' | 'to'>): string => [c.from, c.to].sort().join('|');
const keyOf = (c: Candidate): string => `${c.type}|${c.directed ? `${c.from}>${c.to}` : pairKey(c)}`;
const clip = (s: string): string => (s.length <= MAX_LABEL ? s : `${s.slice(0, MAX_LABEL - 1)}…`);

export interface AssembleInput {
  readonly candidates: readonly Candidate[];
  readonly index: TextIndex;
  readonly sourceId: string;
  readonly actorName: (id: string) => string;
  /** The actor a representative belongs to. */
  readonly personActor: (person: string) => string | undefined;
}

/** Groups of candidates that are one relation, mutual ones absorbing directed ones of the same pair. */
function group(candidates: readonly Candidate[]): Candidate[][] {
  const groups = new Map<string, Candidate[]>();
  for (const c of candidates) {
    if (c.from === c.to) continue;
    const list = groups.get(keyOf(c)) ?? [];
    list.push(c);
    groups.set(keyOf(c), list);
  }
  for (const [key, list] of groups) {
    const first = list[0]!;
    if (!first.directed) continue;
    const mutualKey = `${first.type}|${pairKey(first)}`;
    const mutual = groups.get(mutualKey);
    if (mutual && mutualKey !== key) {
      mutual.push(...list.map((c) => ({ ...c, directed: false })));
      groups.delete(key);
    }
  }
  return [...groups.values()];
}

function idFor(c: Candidate, used: Set<string>): string {
  const base = `${c.from}-${c.to}-${c.type}`
    .toLowerCase()
    .replace(/[^a-z0-9_.-]+/gu, '-')
    .slice(0, 60);
  let id = base;
  for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
  used.add(id);
  return id;
}

export function assembleRelations(input: AssembleInput): Relation[] {
  const used = new Set<string>();
  const relations: Relation[] = [];
  for (const list of group(input.candidates)) {
    const best = [...list].sort((a, b) => b.confidence - a.confidence)[0]!;
    const type = DRAFT_TYPE_BY_ID.get(best.type)!;
    const status = list.reduce<RelationStatus>(
      (s, c) => (STRENGTH[c.status] > STRENGTH[s] ? c.status : s),
      'analysis',
    );
    const confidence = Math.min(0.95, 1 - list.reduce((p, c) => p * (1 - c.confidence), 1));
    const evidence = evidenceOf(list, input);
    const attributions = [...new Set(list.flatMap((c) => (c.attribution ? [c.attribution] : [])))];
    const people = representatives(list, best, input.personActor);
    const dated = list.find((c) => c.date?.date) ?? list.find((c) => c.date);
    const names = { from: input.actorName(best.from), to: input.actorName(best.to) };
    const said = type.summary.replace('{from}', names.from).replace('{to}', names.to);
    const prefix =
      status === 'alleged' ? 'Alleged: ' : status === 'analysis' ? "The article's analysis: " : '';
    relations.push({
      id: idFor(best, used),
      type: type.id,
      from: best.from,
      to: best.to,
      directed: best.directed,
      status,
      summary: clip(prefix + said),
      ...(attributions.length > 0 ? { attribution: clip(attributions.join('; ')) } : {}),
      ...people,
      ...(dated?.date?.date ? { date: dated.date.date } : {}),
      ...(dated?.date ? { datePhrase: clip(dated.date.phrase) } : {}),
      draft: { confidence: Math.round(confidence * 100) / 100, cue: clip(best.cue), rule: best.rule },
      evidence,
    });
  }
  return relations.sort((a, b) => (a.evidence[0]?.start ?? 0) - (b.evidence[0]?.start ?? 0));
}

function evidenceOf(list: readonly Candidate[], input: AssembleInput): Evidence[] {
  const spans = new Map<string, Candidate>();
  for (const c of list) {
    const key = `${c.evidence.start}:${c.evidence.end}`;
    if (!spans.has(key)) spans.set(key, c);
  }
  // Drop a span inside a longer one. Sorted by start, then longest first, a span lies inside an
  // earlier one exactly when an earlier one ends at or after it (the keys are distinct, so that one
  // is longer): one pass, where comparing every pair grew with the square of the quotes found.
  const sorted = [...spans.values()].sort(
    (a, b) => a.evidence.start - b.evidence.start || b.evidence.end - a.evidence.end,
  );
  let reach = -1;
  const distinct = sorted.filter((c) => {
    const inside = c.evidence.end <= reach;
    reach = Math.max(reach, c.evidence.end);
    return !inside;
  });
  const attributions = new Set(distinct.map((c) => c.attribution ?? ''));
  const perQuote = attributions.size > 1;
  return distinct
    .sort((a, b) => a.evidence.start - b.evidence.start)
    .slice(0, MAX_EVIDENCE)
    .map((c) => ({
      source: input.sourceId,
      quote: input.index.text.slice(c.evidence.start, c.evidence.end),
      start: input.index.toCodePoint(c.evidence.start),
      end: input.index.toCodePoint(c.evidence.end),
      ...(perQuote && c.attribution ? { attribution: clip(c.attribution) } : {}),
    }));
}

function representatives(
  list: readonly Candidate[],
  best: Candidate,
  personActor: (person: string) => string | undefined,
): { fromRepresentative?: string; toRepresentative?: string } {
  const people = list.flatMap((c) => [c.fromPerson, c.toPerson]).filter((p): p is string => p !== undefined);
  const out: { fromRepresentative?: string; toRepresentative?: string } = {};
  for (const person of people) {
    const actor = personActor(person);
    if (actor === best.from && !out.fromRepresentative) out.fromRepresentative = person;
    else if (actor === best.to && !out.toRepresentative) out.toRepresentative = person;
  }
  return out;
}
