/**
 * Who does what to whom around one cue: the agent (the actor who condemns, strikes, offers) and the
 * patient (the one condemned, struck, offered to). Word order does most of it in English news prose:
 * the subject before the cue, the object after it; "by X" after a cue names the agent of a passive;
 * "between A and B" and "Russia-Iran" name both sides at once; "A and B" or "A, B and C" stand for
 * several. A name right before a noun cue ("Israel's strikes", "Western sanctions") is its owner.
 */
import type { Span } from './content.ts';
import type { Cue } from './cues.ts';
import type { Mention } from './mentions.ts';

export interface Side {
  readonly mentions: readonly Mention[];
  /** How the side was found, for confidence: named in the clause, or taken from context. */
  readonly how: 'named' | 'owner' | 'passive' | 'context';
}

export interface Roles {
  readonly agents: Side;
  readonly patients: Side;
  /** Both sides named together ("between A and B", "A-B", "A and B …"): the relation is mutual. */
  readonly together: boolean;
}

/** What links coordinated names: "A and B", "A, B and C", "A-B", "A as well as B", "A, particularly B". */
const COORDINATION =
  /^(?:['’]s?)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s+as well as\s+|\s*,\s*(?:particularly|especially|notably|including)\s+|\s*[-–—/]\s*)(?:the\s+|both\s+)?(?:leaders?\s+of\s+(?:both\s+)?)?$/u;
/** Between an owner and its noun cue: "'s wave of", "'s profound security". No punctuation. */
const OWNER_GAP = /^(?:['’]s?)?\s+(?:[\p{Ll}-]+\s+){0,3}$/u;
const PREPOSITION_BEFORE = /\b(?:to|on|against|with|at|into|toward|towards|from|over|regarding|about|by|between|among|including|like|for|than)\s+(?:the\s+|both\s+)?$/iu;
const BETWEEN = /^\s+(?:[\p{Ll}-]+\s+){0,2}?between\s+$/u;
const PASSIVE_BY = /^\s+(?:[\p{L}-]+\s+){0,4}?by\s+(?:[\p{Ll}-]+\s+){0,3}?(?:,?\s*(?:particularly|especially|notably|including)\s+)?(?:the\s+)?$/u;

const words = (s: string): number => (s.match(/\S+/gu) ?? []).length;

/** The mention at `index` and those coordinated with it, forwards or backwards. */
export function coordinated(text: string, list: readonly Mention[], index: number, step: 1 | -1): Mention[] {
  const group = [list[index]!];
  for (let i = index + step; i >= 0 && i < list.length; i += step) {
    const [left, right] = step === 1 ? [list[i - 1]!, list[i]!] : [list[i]!, list[i + 1]!];
    if (!COORDINATION.test(text.slice(left.end, right.start))) break;
    group.push(list[i]!);
  }
  return step === 1 ? group : group.reverse();
}

function distinct(mentions: readonly Mention[]): Mention[] {
  const seen = new Set<string>();
  return mentions.filter((m) => !seen.has(m.actor) && seen.add(m.actor));
}

/**
 * The two sides of `cue` (a span in `clause`), from the mentions of the clause. Sides that the clause
 * does not name are left empty: the caller fills them from context (pronouns, "both countries").
 */
export function findRoles(text: string, clause: Span, cueSpan: Span, entry: Cue, mentions: readonly Mention[]): Roles {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const before = inClause.filter((m) => m.end <= cueSpan.start);
  const inside = inClause.filter((m) => m.start >= cueSpan.start && m.end <= cueSpan.end);
  const reach = entry.reach ?? 8;
  const after = inClause.filter(
    (m) => m.start >= cueSpan.end && words(text.slice(cueSpan.end, m.start)) <= reach,
  );
  const empty: Side = { mentions: [], how: 'named' };

  // "tensions between Tehran and Tel Aviv", "relations between Russia and Western powers"
  const first = after[0];
  if (first && BETWEEN.test(text.slice(cueSpan.end, first.start))) {
    const pair = distinct(coordinated(text, after, 0, 1));
    if (pair.length >= 2)
      return { agents: { mentions: [pair[0]!], how: 'named' }, patients: { mentions: pair.slice(1), how: 'named' }, together: true };
  }

  const nearest = before.at(-1);
  const owner =
    inside[0] ?? (nearest && OWNER_GAP.test(text.slice(nearest.end, cueSpan.start)) ? nearest : undefined);
  const passive = after.length > 0 && PASSIVE_BY.test(text.slice(cueSpan.end, after[0]!.start));
  const objects = after.length > 0 && !passive ? coordinated(text, after, 0, 1) : [];
  const subjectIndex = before.findLastIndex((m) => m !== owner && !PREPOSITION_BEFORE.test(text.slice(clause.start, m.start)));
  const subjects = subjectIndex >= 0 ? coordinated(text, before, subjectIndex, -1) : [];

  if (passive) {
    const agents = coordinated(text, after, 0, 1);
    const patients = owner ? [owner] : subjects;
    return { agents: { mentions: agents, how: 'passive' }, patients: { mentions: patients, how: 'named' }, together: false };
  }
  if (owner && entry.owner === 'agent') {
    const ownerGroup = coordinated(text, [...before, ...inside], [...before, ...inside].indexOf(owner), -1);
    const others = before.filter((m) => !ownerGroup.includes(m));
    const fallback = entry.needsObject || others.length === 0 ? [] : coordinated(text, others, others.length - 1, -1);
    return {
      agents: { mentions: ownerGroup, how: 'owner' },
      patients: { mentions: objects.length > 0 ? objects : fallback, how: 'named' },
      together: false,
    };
  }
  if (owner && entry.owner === 'patient') {
    const agents = subjects.filter((m) => m !== owner && m.actor !== owner.actor);
    return { agents: { mentions: agents, how: 'named' }, patients: { mentions: [owner], how: 'owner' }, together: false };
  }
  // "A and B signed …", "the Russia-Iran alliance": both sides before the cue, named together.
  if (subjects.length >= 2 && objects.length === 0 && distinct(subjects).length >= 2) {
    const pair = distinct(subjects);
    return { agents: { mentions: [pair[0]!], how: 'named' }, patients: { mentions: pair.slice(1), how: 'named' }, together: true };
  }
  if (subjects.length > 0) {
    let patients = objects;
    if (patients.length === 0 && !entry.needsObject) {
      // "For Russia, Iran serves as a crucial partner": the other side stands before the subject.
      const earlier = before.filter((m) => !subjects.includes(m) && !subjects.some((s) => s.actor === m.actor));
      patients = earlier.length > 0 ? coordinated(text, earlier, earlier.length - 1, -1) : [];
    }
    return { agents: { mentions: subjects, how: 'named' }, patients: { mentions: patients, how: 'named' }, together: false };
  }
  // No subject before the cue ("In separate telephone conversations, Putin told Iran's president …"):
  // the first name after it acts, the next ones are acted on.
  if (after.length >= 2 && before.length === 0) {
    const [agent, ...rest] = after;
    const patients = rest.filter((m) => m.actor !== agent!.actor);
    return { agents: { mentions: [agent!], how: 'named' }, patients: { mentions: patients.slice(0, 3), how: 'named' }, together: false };
  }
  return { agents: empty, patients: { mentions: objects, how: 'named' }, together: false };
}
