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
  /**
   * Where the agent is the subject of the clause rather than a name next to the cue: "… and briefed
   * Mr. Trump", "following phone calls with …", "his recent talks". The caller resolves it.
   */
  readonly agentFromSubject: boolean;
}

/** What links coordinated names: "A and B", "A, B and C", "A-B", "A as well as B", "A, particularly B". */
const COORDINATION =
  /^(?:['’]s?)?(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+|\s+or\s+|\s+as well as\s+|\s*,\s*(?:particularly|especially|notably|including)\s+|\s*[-–—/]\s*)(?:the\s+|both\s+)?(?:leaders?\s+of\s+(?:both\s+)?)?$/u;
/** Between an owner and its noun cue: nothing ("Western sanctions"), or "'s wave of", "'s profound security". */
const OWNER_GAP = /^(?:\s+|['’]s?\s+(?:[\p{Ll}-]+\s+){0,3})$/u;
const PREPOSITION_BEFORE =
  /\b(?:to|on|against|with|at|into|toward|towards|from|over|regarding|about|by|between|among|including|like|for|than|of|in)\s+(?:the\s+|both\s+|a\s+)?$/iu;
/** "Israel, a nation with …": the name an apposition describes is the subject of what follows. */
const APPOSITION =
  /^,\s+(?:a|an|the)\s+(?:\w+\s+){0,2}?(?:nation|country|state|power|government|bloc|group|ally|neighbou?r|rival)\b/u;
const BETWEEN = /^\s+(?:[\p{Ll}-]+\s+){0,2}?between\s+$/u;
const PASSIVE_BY =
  /^\s+(?:[\p{L}-]+\s+){0,4}?by\s+(?:[\p{Ll}-]+(?:\s+|,\s*)){0,4}?(?:(?:particularly|especially|notably|including)\s+)?(?:the\s+)?$/u;
/** The cue continues a verb phrase ("… and briefed"), is an adjunct ("following calls with"), or is "his talks". */
const SUBJECT_CUE =
  /(?:\band\s+(?:\w+ly\s+)?|\b(?:following|after|before|during|amid|despite)\s+(?:\S+\s+){0,2}|\b(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2})$/u;
const PUNCTUATION = /[,;:.!?"“”()[\]]/u;

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

/** "Iranian drones", "Western pressure": an adjective naming an actor, modifying another noun. */
function modifier(text: string, m: Mention): boolean {
  const adjective =
    (m.kind === 'demonym' && !/s$/u.test(text.slice(m.start, m.end))) ||
    text.slice(m.start, m.end) === 'Western';
  return adjective && /^\s+\p{Ll}/u.test(text.slice(m.end, m.end + 3));
}

/** The subject of the clause: its first name that is no preposition's object, with those coordinated with it. */
export function clauseSubject(text: string, clause: Span, mentions: readonly Mention[]): Mention[] {
  const list = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  const index = list.findIndex(
    (m) => !PREPOSITION_BEFORE.test(text.slice(clause.start, m.start)) && !modifier(text, m),
  );
  return index === -1 ? [] : coordinated(text, list, index, 1);
}

export interface RoleInput {
  readonly text: string;
  readonly clause: Span;
  readonly cue: Span;
  readonly entry: Cue;
  /** Whether the relation is stated as mutual when nothing in the sentence says otherwise. */
  readonly mutual: boolean;
  readonly mentions: readonly Mention[];
}

/**
 * The two sides of a cue, from the mentions of its clause. Sides that the clause does not name are
 * left empty: the caller fills them from context (pronouns, "both countries").
 */
export function findRoles({ text, clause, cue, entry, mutual, mentions }: RoleInput): Roles {
  const inClause = mentions.filter((m) => m.start >= clause.start && m.end <= clause.end);
  // "Iran—and its proxies operating out of Yemen, Syria and Iraq—launched …": names in an aside
  // between dashes or brackets before the cue are not who acts.
  const asides = asidesBefore(text, clause.start, cue.start);
  const before = inClause.filter(
    (m) => m.end <= cue.start && !asides.some((a) => m.start >= a.start && m.end <= a.end),
  );
  const inside = inClause.filter((m) => m.start >= cue.start && m.end <= cue.end);
  const reach = entry.reach ?? 8;
  // The first name after the cue must be near it; names coordinated with that one may run on.
  const following = inClause.filter((m) => m.start >= cue.end);
  const after = following[0] && words(text.slice(cue.end, following[0].start)) <= reach ? following : [];
  const named = (mentions: readonly Mention[]): Side => ({ mentions, how: 'named' });
  const result = (agents: Side, patients: Side, together = false, agentFromSubject = false): Roles => ({
    agents,
    patients,
    together,
    agentFromSubject,
  });

  // "tensions between Tehran and Tel Aviv", "relations between Russia and Western powers"; not for
  // a directed cue: "Israel condemned the treaty between Russia and Iran" condemns both.
  const first = after[0];
  if (mutual && first && BETWEEN.test(text.slice(cue.end, first.start))) {
    const pair = distinct(coordinated(text, after, 0, 1));
    if (pair.length >= 2) return result(named([pair[0]!]), named(pair.slice(1)), true);
  }

  const nearest = before.at(-1);
  const owner =
    inside[0] ?? (nearest && OWNER_GAP.test(text.slice(nearest.end, cue.start)) ? nearest : undefined);
  const passive = first !== undefined && PASSIVE_BY.test(text.slice(cue.end, first.start));
  const objectGap = (m: Mention): boolean =>
    !PUNCTUATION.test(text.slice(cue.end, m.start)) &&
    (entry.objectVia === undefined || entry.objectVia.test(text.slice(cue.end, m.start)));
  const objects =
    first && !passive && objectGap(first)
      ? coordinated(text, after, 0, 1)
      : entry.owner === undefined && inside.length > 0
        ? inside // "provides Iran with access to technologies"
        : [];
  const ownerRole = entry.owner !== undefined && owner !== undefined;
  const subjectIndex = before.findLastIndex(
    (m) =>
      (!ownerRole || m !== owner) &&
      !modifier(text, m) &&
      (APPOSITION.test(text.slice(m.end, cue.start)) ||
        !PREPOSITION_BEFORE.test(text.slice(clause.start, m.start))),
  );
  const subjects = subjectIndex >= 0 ? coordinated(text, before, subjectIndex, -1) : [];
  const fromSubject = SUBJECT_CUE.test(text.slice(Math.max(clause.start, cue.start - 40), cue.start));

  if (passive) {
    const agents = coordinated(text, after, 0, 1);
    return result(
      { mentions: agents, how: 'passive' },
      named(owner ? [owner] : subjects.filter((m) => !agents.includes(m))),
    );
  }
  if (owner && entry.owner === 'agent') {
    const all = [...before, ...inside];
    const ownerGroup = coordinated(text, all, all.indexOf(owner), -1);
    const others = before.filter((m) => !ownerGroup.includes(m));
    const fallback =
      entry.needsObject || others.length === 0 ? [] : coordinated(text, others, others.length - 1, -1);
    return result({ mentions: ownerGroup, how: 'owner' }, named(objects.length > 0 ? objects : fallback));
  }
  if (owner && entry.owner === 'patient') {
    const agents = subjects.filter((m) => m !== owner && m.actor !== owner.actor);
    return result(
      named(agents),
      { mentions: [owner], how: 'owner' },
      false,
      agents.length === 0 || fromSubject,
    );
  }
  if (fromSubject && objects.length > 0) return result(named([]), named(objects), false, true);
  // "A and B signed …", "the Russia-Iran alliance": both sides before the cue, named together.
  if (mutual && subjects.length >= 2 && objects.length === 0 && distinct(subjects).length >= 2) {
    const pair = distinct(subjects);
    return result(named([pair[0]!]), named(pair.slice(1)), true);
  }
  if (subjects.length > 0) {
    let patients = objects;
    if (patients.length === 0 && !entry.needsObject) {
      // "For Russia, Iran serves as a crucial partner": the other side stands before the subject.
      const earlier = before.filter(
        (m) =>
          m.start < subjects[0]!.start && !subjects.some((s) => s.actor === m.actor) && !modifier(text, m),
      );
      patients = earlier.length > 0 ? coordinated(text, earlier, earlier.length - 1, -1) : [];
    }
    return result(named(subjects), named(patients));
  }
  // No subject before a directed cue ("In separate telephone conversations, Putin told Iran's
  // president …"): the first name after it acts, the next ones are acted on.
  if (!mutual && after.length >= 2 && before.length === 0 && /,/u.test(text.slice(cue.end, first!.start))) {
    const [agent, ...rest] = after;
    const near = rest.filter((m) => m.actor !== agent!.actor && words(text.slice(agent!.end, m.start)) <= 4);
    return result(
      named([agent!]),
      named(near.length > 0 ? coordinated(text, rest, rest.indexOf(near[0]!), 1) : []),
    );
  }
  return result(named([]), named(objects));
}

/** Asides closed before `end`: words between unspaced dashes ("—…—", "–…–"), or in brackets. */
function asidesBefore(text: string, start: number, end: number): Span[] {
  const spans: Span[] = [];
  for (const m of text.slice(start, end).matchAll(/(?<=\S)[—–]([^—–]*\s[^—–]*)[—–](?!\s)|\(([^()]+)\)/gu)) {
    const inner = m[1] ?? m[2]!;
    const at = start + m.index + m[0].indexOf(inner);
    spans.push({ start: at, end: at + inner.length });
  }
  return spans;
}
