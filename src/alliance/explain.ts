/**
 * The alliance analysis in words for the widget: what a pair's net score is made of, where an actor
 * stands, what a triangle says, and one sentence for the whole picture. Names are isolated in the
 * sentences (`isolate`), so a name in any script keeps its direction and turns nothing around; the
 * structured parts carry plain names for the widget to isolate itself.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { relationTypeOf } from '../graph/actor-graph.ts';
import type { RelationStatus } from '../model/dataset.ts';
import { isolate } from '../text/bidi.ts';
import { kindOf, list, plural, signed } from './report-format.ts';
import type { AllianceAnalysis, PairScore, Triad } from './types.ts';

/** One relation of a pair with its weight. */
export interface WeighedRelation {
  readonly id: string;
  readonly typeLabel: string;
  readonly status: RelationStatus;
  readonly weight: number;
}

export interface RelationGroup {
  readonly kind: 'cooperative' | 'conflictual' | 'no weight';
  /** Heaviest first. */
  readonly relations: readonly WeighedRelation[];
}

export interface PairExplanation {
  readonly pair: PairScore;
  readonly names: readonly [string, string];
  /** "Russia and Israel: +4.85 net from 5 relations, allies on balance." */
  readonly headline: string;
  readonly groups: readonly RelationGroup[];
  /** The headline, then each group with its relations. */
  readonly sentence: string;
  /** 0 or 1 when both are in one camp; null when the camps split them, or one is unaligned. */
  readonly camp: 0 | 1 | null;
  /** Allies across the camps, or adversaries in one: the pair goes against the split. */
  readonly againstSplit: boolean;
  /** The triangles it is a side of, unbalanced first. */
  readonly triads: readonly Triad[];
}

const name = (graph: ActorGraph, id: string): string => graph.getNodeAttribute(id, 'name');

export function findPair(
  analysis: Pick<AllianceAnalysis, 'pairs'>,
  a: string,
  b: string,
): PairScore | undefined {
  return analysis.pairs.find(
    (p) => (p.actors[0] === a && p.actors[1] === b) || (p.actors[0] === b && p.actors[1] === a),
  );
}

export function explainPair(graph: ActorGraph, analysis: AllianceAnalysis, pair: PairScore): PairExplanation {
  const weights = new Map(analysis.weights.relations.map((r) => [r.id, r]));
  const weighed = (ids: readonly string[]): WeighedRelation[] =>
    ids
      .map((id) => ({
        id,
        typeLabel: relationTypeOf(graph, id).label,
        status: graph.getEdgeAttribute(id, 'status'),
        weight: weights.get(id)?.weight ?? 0,
      }))
      .sort((x, y) => Math.abs(y.weight) - Math.abs(x.weight));
  const groups: RelationGroup[] = [
    { kind: 'cooperative' as const, relations: weighed(pair.relations.positive) },
    { kind: 'conflictual' as const, relations: weighed(pair.relations.negative) },
    { kind: 'no weight' as const, relations: weighed(pair.relations.neutral) },
  ].filter((g) => g.relations.length > 0);
  const count = groups.reduce((n, g) => n + g.relations.length, 0);
  const [a, b] = pair.actors;
  const names = [name(graph, a), name(graph, b)] as const;
  const balance = pair.sign === 0 ? 'they cancel out' : `${kindOf(pair.sign)} on balance`;
  const headline = `${isolate(names[0])} and ${isolate(names[1])}: ${signed(pair.score)} net from ${plural(count, 'relation')}, ${balance}.`;
  const groupWords = groups.map(
    (g) =>
      `${g.relations.length} ${g.kind}: ${g.relations
        .map(
          (r) =>
            `${isolate(r.typeLabel.toLowerCase())} ${signed(r.weight)}${r.status === 'reported' ? '' : ` (${r.status})`}`,
        )
        .join(', ')}`,
  );
  const standing = new Map(analysis.actors.map((s) => [s.actor, s.camp]));
  const campA = standing.get(a) ?? null;
  const campB = standing.get(b) ?? null;
  const together = campA !== null && campA === campB;
  const apart = campA !== null && campB !== null && campA !== campB;
  return {
    pair,
    names,
    headline,
    groups,
    sentence: groupWords.length ? `${headline.slice(0, -1)}; ${groupWords.join('; ')}.` : headline,
    camp: together ? campA : null,
    againstSplit: (pair.sign > 0 && apart) || (pair.sign < 0 && together),
    triads: analysis.triads.list.filter((t) => t.actors.includes(a) && t.actors.includes(b)),
  };
}

/** "Russia, Iran and Israel: unbalanced: Russia is allied with both Iran and Israel, who are adversaries." */
export function triadSentence(graph: ActorGraph, triad: Triad): string {
  const names = triad.actors.map((id) => isolate(name(graph, id)));
  const hostile = triad.sides.filter((s) => s.sign < 0);
  let why: string;
  if (hostile.length === 3) why = 'three mutual adversaries';
  else if (hostile.length === 0) why = 'three allies';
  else if (hostile.length === 1) {
    const enemies = hostile[0]!;
    const friend = triad.actors.find((x) => !enemies.actors.includes(x))!;
    why = `${isolate(name(graph, friend))} is allied with both ${isolate(name(graph, enemies.actors[0]))} and ${isolate(name(graph, enemies.actors[1]))}, who are adversaries`;
  } else {
    const friends = triad.sides.find((s) => s.sign > 0)!;
    const enemy = triad.actors.find((x) => !friends.actors.includes(x))!;
    why = `allies ${isolate(name(graph, friends.actors[0]))} and ${isolate(name(graph, friends.actors[1]))} share an adversary, ${isolate(name(graph, enemy))}`;
  }
  return `${list(names)}: ${triad.balanced ? 'balanced' : 'unbalanced'}, ${why}.`;
}

/** "Russia: camp A; allied with 3, adversary of 3; brokers between 3 pairs." */
export function actorSentence(graph: ActorGraph, analysis: AllianceAnalysis, actor: string): string {
  const standing = analysis.actors.find((s) => s.actor === actor);
  const broker = analysis.brokers.find((b) => b.actor === actor);
  const camp =
    standing?.camp === 0 ? 'camp A' : standing?.camp === 1 ? 'camp B' : 'in no camp (no signed tie)';
  const ties = standing
    ? `allied with ${plural(standing.positiveDegree, 'actor')}, adversary of ${plural(standing.negativeDegree, 'actor')}`
    : 'no ties';
  const brokerage =
    broker && broker.brokerage > 0 ? `; the only friendly link in ${plural(broker.brokerage, 'pair')}` : '';
  return `${isolate(name(graph, actor))}: ${camp}; ${ties}${brokerage}.`;
}

/** Up to this many actors a camp is named in full in the summary. */
const SUMMARY_NAMES = 8;

/** One sentence for the whole picture: the camps, the strain and the unbalanced triangles. */
export function allianceSummary(
  graph: ActorGraph,
  analysis: Pick<AllianceAnalysis, 'pairs' | 'camps' | 'triads'>,
): string {
  const { camps, frustration } = analysis.camps;
  // A camp of thousands is counted, with its first few named: the sentence must stay a sentence.
  const names = (ids: readonly string[]) =>
    ids.length <= SUMMARY_NAMES
      ? list(ids.map((id) => isolate(name(graph, id))))
      : `${ids.length.toLocaleString('en')} actors (${ids
          .slice(0, SUMMARY_NAMES - 2)
          .map((id) => isolate(name(graph, id)))
          .join(', ')}, …)`;
  const allied = analysis.pairs.filter((p) => p.sign > 0).length;
  const hostile = analysis.pairs.filter((p) => p.sign < 0).length;
  const pairs = `${plural(analysis.pairs.length, 'pair')} of actors, ${allied.toLocaleString('en')} allied and ${hostile.toLocaleString('en')} hostile`;
  if (frustration.signedPairs === 0) return `${pairs}; no camps.`;
  const split = `Camp A: ${names(camps[0]) || 'none'}; camp B: ${names(camps[1]) || 'none'}`;
  const strain = `${frustration.count} of ${plural(frustration.signedPairs, 'signed pair')} against the camps`;
  const unbalanced = analysis.triads.list.filter((t) => !t.balanced);
  const triangles =
    analysis.triads.unbalanced === 0
      ? 'no unbalanced triangle'
      : `${plural(analysis.triads.unbalanced, 'unbalanced triangle')}${
          unbalanced.length
            ? ` (${unbalanced
                .slice(0, 3)
                .map((t) => t.actors.map((id) => isolate(name(graph, id))).join('–'))
                .join('; ')}${analysis.triads.unbalanced > 3 ? '; …' : ''})`
            : ''
        }`;
  return `${pairs}. ${split}; ${strain}; ${triangles}.`;
}
