/**
 * Relations from sentences: for every cue of the lexicon in a sentence, the actors on either side
 * (`roles.ts`), filled from context where the sentence says "it", "he" or "both countries"; then the
 * status, attribution and date the sentence gives, and the smallest span that carries the claim.
 */
import type { RelationStatus } from '../model/dataset.ts';
import { attributionsIn, type Attribution } from './attribution.ts';
import type { Span } from './content.ts';
import { cueMatches, type CueMatch } from './cue-matches.ts';
import { datesIn, type DatePhrase } from './dates.ts';
import { pairReferences, type Mention, type Scanner } from './mentions.ts';
import { DRAFT_TYPE_BY_ID } from './relation-types.ts';
import { clauseSubject, findRoles, type Side } from './roles.ts';
import {
  groupsOf,
  MAX_CONTEXT,
  PERSONAL,
  PRONOUN_SUBJECT,
  resolvePair,
  resolvePronoun,
  type Context,
} from './context.ts';
import { evidenceSpan } from './evidence-span.ts';
import { clausesOf, type Sentence } from './sentences.ts';
import { statusOf } from './status.ts';

/** One relation as one sentence states it; `assemble.ts` merges those that are the same relation. */
export interface Candidate {
  readonly type: string;
  readonly from: string;
  readonly to: string;
  readonly directed: boolean;
  readonly status: RelationStatus;
  readonly confidence: number;
  /** The words of the text that matched the cue. */
  readonly cue: string;
  readonly rule: string;
  /** The quote, as UTF-16 indices into the text. */
  readonly evidence: Span;
  readonly attribution?: string;
  readonly date?: DatePhrase;
  readonly fromPerson?: string;
  readonly toPerson?: string;
  readonly generic: boolean;
}

/** Below this, a candidate is more likely noise than a relation a reviewer wants to see. */
const MIN_CONFIDENCE = 0.3;
const round = (n: number): number => Math.round(Math.min(0.95, Math.max(0.05, n)) * 100) / 100;

export function extractCandidates(
  text: string,
  sentences: readonly Sentence[],
  scanner: Scanner,
  published?: string,
): Candidate[] {
  const candidates: Candidate[] = [];
  const context: Context = { groups: [], sentences: [] };
  for (const sentence of sentences) {
    const attributions = attributionsIn(text, sentence);
    const inAttribution = (m: Span): boolean =>
      attributions.some((a) => m.start >= a.start && m.end <= a.end);
    const mentions = scanner.scan(text, sentence).filter((m) => !inAttribution(m));
    const found: Candidate[] = [];
    for (const clause of clausesOf(text, sentence)) {
      for (const match of cueMatches(text, clause)) {
        found.push(
          ...candidatesAt(text, sentence, clause, match, mentions, attributions, context, published),
        );
      }
    }
    // A weak cue ("relationship with") adds nothing where a stronger one relates the same actors.
    const strong = new Set(found.filter((c) => !c.generic).map((c) => [c.from, c.to].sort().join(' ')));
    candidates.push(
      ...found.filter(
        (c) => c.confidence >= MIN_CONFIDENCE && (!c.generic || !strong.has([c.from, c.to].sort().join(' '))),
      ),
    );
    // Within a sentence, "both countries" means the pair named earlier in it; the groups of this
    // sentence join the context after it.
    context.groups.push(...groupsOf(text, mentions));
    context.sentences.push({ span: sentence, mentions });
    if (context.sentences.length > MAX_CONTEXT) context.sentences.shift();
    if (context.groups.length > 4 * MAX_CONTEXT) context.groups.shift();
  }
  return candidates;
}

function candidatesAt(
  text: string,
  sentence: Sentence,
  clause: Span,
  match: CueMatch,
  mentions: readonly Mention[],
  attributions: readonly Attribution[],
  context: Context,
  published: string | undefined,
): Candidate[] {
  const { entry } = match;
  const type = DRAFT_TYPE_BY_ID.get(entry.type);
  if (!type) return [];
  const mutualType = entry.mutual ?? type.mutual;
  const roles = findRoles({ text, clause, cue: match, entry, mutual: mutualType, mentions });
  let agents: Side = roles.agents;
  let patients: Side = roles.patients;
  let penalty = 0;
  const beforeCue = text.slice(clause.start, match.start);
  const earlierHere = mentions.filter((m) => m.end <= clause.start);

  if (roles.agentFromSubject) {
    // "… and briefed Mr. Trump", "his recent talks": the subject of the clause, or of the sentence.
    const pronoun = /\b(?:his|her|its|their)\s+(?:[\p{Ll}-]+\s+){0,2}$/u.exec(beforeCue)?.[0] ?? '';
    // After the reporting clause, if any: in "X said that Putin briefed Mr. Trump on his talks", Putin.
    const reported = Math.max(
      clause.start,
      ...attributions.filter((a) => a.end <= match.start).map((a) => a.end),
    );
    const own = PERSONAL.test(pronoun)
      ? mentions.filter((m) => m.person && m.start >= reported && m.end <= match.start).slice(0, 1)
      : clauseSubject(
          text,
          clause,
          mentions.filter((m) => m.end <= match.start),
        );
    const subject = own.length > 0 ? own : resolvePronoun(text, pronoun, earlierHere, sentence, context);
    if (subject.length > 0) agents = { mentions: subject, how: own.length > 0 ? 'named' : 'context' };
  }
  if (agents.mentions.length === 0 && PRONOUN_SUBJECT.test(beforeCue)) {
    const resolved = resolvePronoun(text, beforeCue, earlierHere, sentence, context);
    if (resolved.length > 0) {
      agents = { mentions: resolved, how: 'context' };
      penalty += 0.15;
    }
  }
  const agentActors = new Set(agents.mentions.map((m) => m.actor));
  if (patients.mentions.length === 0) {
    const references = pairReferences(text, clause);
    const usable = references.filter((r) => !entry.needsObject || r.start >= match.end);
    if (usable.length > 0) {
      const pair = resolvePair(
        context,
        mentions.filter((m) => m.end <= usable[0]!.start),
        agentActors,
      );
      const pairMentions = pair.map((actor) => ({
        ...usable[0]!,
        actor,
        kind: 'name' as const,
        possessive: false,
        joinedToNext: false,
      }));
      if (agents.mentions.length === 0 && mutualType && pairMentions.length >= 2) {
        agents = { mentions: [pairMentions[0]!], how: 'context' };
        patients = { mentions: pairMentions.slice(1), how: 'context' };
      } else patients = { mentions: pairMentions, how: 'context' };
      penalty += 0.15;
    } else if (agents.mentions.length > 0 && mutualType && agents.how === 'context') {
      // "He voiced hope that the new treaty …": the other side is whom the agent was last named with.
      const group = [...context.groups].reverse().find((g) => g.some((a) => agentActors.has(a)));
      const others = group?.filter((a) => !agentActors.has(a)) ?? [];
      patients = {
        mentions: others.map((actor) => ({
          ...match,
          actor,
          kind: 'name' as const,
          possessive: false,
          joinedToNext: false,
        })),
        how: 'context',
      };
      penalty += 0.1;
    }
  }
  if (agents.mentions.length === 0 || patients.mentions.length === 0) return [];
  // Both sides guessed from context are a guess too many, unless "he" or "she" named the agent.
  if (
    agents.how === 'context' &&
    patients.how === 'context' &&
    !PERSONAL.test(beforeCue) &&
    !pairReferences(text, clause).length
  )
    return [];

  const mutual = roles.together || mutualType;
  // The status words that govern the cue stand in its own phrase: from the last comma before it.
  // (Searched in the clause only: from the cue back through the whole text, a text without commas
  // cost a pass over everything before each cue.)
  const phraseStart = clause.start + beforeCue.lastIndexOf(',') + 1;
  const window = text.slice(phraseStart, match.end);
  const { status } = statusOf(window, text.slice(sentence.start, sentence.start + 12));
  const inSentence = [...agents.mentions, ...patients.mentions].filter(
    (m) => m.start >= sentence.start && m.end <= sentence.end,
  );
  const evidence = evidenceSpan(text, clause, match, inSentence);
  const attribution = attributions.find((a) => a.start >= sentence.start)?.source;
  const dates = datesIn(text, sentence, published);
  const date = dates.find((d) => d.start >= evidence.start && d.end <= evidence.end) ?? dates[0];

  const distance = Math.min(
    ...inSentence.map((m) => Math.abs(m.start < match.start ? match.start - m.end : m.start - match.end)),
    200,
  );
  const named = agents.how !== 'context' && patients.how !== 'context';
  const confidence = round(
    entry.weight +
      (named ? 0.1 : 0) -
      penalty -
      (status === 'analysis' ? 0.1 : 0) -
      Math.max(0, distance - 40) / 400,
  );

  const out: Candidate[] = [];
  for (const agent of agents.mentions) {
    for (const patient of patients.mentions) {
      if (agent.actor === patient.actor) continue;
      out.push({
        type: type.id,
        from: agent.actor,
        to: patient.actor,
        directed: !mutual,
        status,
        confidence,
        cue: match.words.slice(0, 200),
        rule: entry.id,
        evidence,
        ...(attribution ? { attribution } : {}),
        ...(date ? { date } : {}),
        ...(agent.person ? { fromPerson: agent.person } : {}),
        ...(patient.person ? { toPerson: patient.person } : {}),
        generic: entry.generic ?? false,
      });
    }
  }
  return out;
}
