/**
 * The alliance analysis as a short text a journalist can read: which camps, how strained, the
 * triangles that do not balance with a quote on each side, who brokers, and what rests on alleged or
 * speculative relations. Every number in it is in the JSON form too.
 */
import type { ActorGraph } from '../graph/actor-graph.ts';
import { amount, kindOf, list, nameOf, pairName, plural, quoteLine, signed } from './report-format.ts';
import { printable } from '../text/printable.ts';
import type { AllianceAnalysis, PairScore, Triad } from './types.ts';

/** How many unbalanced triangles, brokers and inferences the text shows (the JSON has them all). */
const SHOWN = 5;

export function allianceReport(graph: ActorGraph, analysis: AllianceAnalysis): string {
  return [
    ...heading(graph, analysis),
    ...camps(graph, analysis),
    ...triangles(graph, analysis, new Map(analysis.weights.relations.map((r) => [r.id, r.weight]))),
    ...brokers(graph, analysis),
    ...sensitivity(graph, analysis),
    ...inferences(graph, analysis),
    ...footer(analysis),
  ].join('\n');
}

function footer(a: AllianceAnalysis): string[] {
  const f = a.weights.statusFactors;
  return [
    'Weights: each relation counts its type’s place on the Goldstein scale of its CAMEO code (or the',
    `PLOVER score, or ±5 by polarity), times ${amount(f.reported)} if reported, ${amount(f.alleged)} if alleged, ${amount(f.analysis)} if analysis.`,
    '--format json lists every weight, pair, triangle and broker.',
    '',
  ];
}

function heading(graph: ActorGraph, a: AllianceAnalysis): string[] {
  const statuses = (['reported', 'alleged', 'analysis'] as const)
    .map((s) => [s, a.weights.relations.filter((r) => r.status === s).length] as const)
    .filter(([, n]) => n > 0)
    .map(([s, n]) => `${n} ${s}`);
  const allied = a.pairs.filter((p) => p.sign > 0).length;
  const hostile = a.pairs.filter((p) => p.sign < 0).length;
  const excluded = a.excludedStatuses.length > 0 ? `; left out: ${list(a.excludedStatuses)}` : '';
  return [
    `Alliances in “${printable(graph.getAttribute('title'))}”`,
    `${plural(graph.order, 'actor')}, ${plural(a.relationsAnalysed, 'relation')} weighed (${statuses.join(', ') || 'none'}${excluded}),`,
    `${plural(a.pairs.length, 'pair')} of actors: ${allied} allied, ${hostile} hostile, ${a.pairs.length - allied - hostile} neither.`,
    '',
  ];
}

function camps(graph: ActorGraph, a: AllianceAnalysis): string[] {
  const { camps: split, frustration: f, method, components, exactLimit } = a.camps;
  if (f.signedPairs === 0) return ['No camps: no two actors are allied or hostile on balance.', ''];
  const names = (ids: readonly string[]) =>
    ids.length ? ids.map((id) => nameOf(graph, id)).join(', ') : '(none)';
  const how =
    method === 'exact'
      ? 'exact: every split tried'
      : `heuristic: a part of ${Math.max(...components.map((c) => c.actors.length))} actors is past the exact limit of ${exactLimit}`;
  const share = f.totalWeight > 0 ? ` (${Math.round((100 * f.weight) / f.totalWeight)}%)` : '';
  const lines = [
    `Two camps (${how})`,
    `  A: ${names(split[0])}`,
    `  B: ${names(split[1])}`,
    ...(a.camps.unaligned.length ? [`  No signed tie: ${names(a.camps.unaligned)}`] : []),
    ...(components.length > 1
      ? [
          `  The graph falls into ${components.length} separate parts; which side of each joins which camp is arbitrary.`,
        ]
      : []),
    `Strain: ${f.count} of ${plural(f.signedPairs, 'signed pair')} against the camps, ${amount(f.weight)} of ${amount(f.totalWeight)} in weight${share}.`,
    ...f.pairs.slice(0, SHOWN).map((p) => {
      const why = p.sign > 0 ? 'allies across the camps' : 'adversaries in one camp';
      return `  ${pairName(graph, p)}: ${why} (${signed(p.score)})`;
    }),
  ];
  const loose = a.actors.filter((s) => s.camp !== null && s.margin <= 1);
  if (loose.length > 0)
    lines.push(
      `Loosely held (moving alone would add no more than a phone call’s weight, 1, to the strain): ${loose.map((s) => `${nameOf(graph, s.actor)} (${amount(s.margin)})`).join(', ')}.`,
    );
  return [...lines, ''];
}

type Weights = ReadonlyMap<string, number>;

function triangles(graph: ActorGraph, a: AllianceAnalysis, weights: Weights): string[] {
  const { total, unbalanced } = a.triads;
  if (total === 0) return ['No triangle of signed pairs.', ''];
  const shown = a.triads.list.filter((t) => !t.balanced).slice(0, SHOWN);
  const lines = [`Unbalanced triangles: ${unbalanced} of ${total}`];
  for (const triad of shown) lines.push(...triangle(graph, triad, weights));
  if (unbalanced > shown.length) lines.push(`  … and ${unbalanced - shown.length} more (see --format json).`);
  if (unbalanced === 0)
    lines.push('  None: every triangle is three allies or two allies against a common adversary.');
  return [...lines, ''];
}

function triangle(graph: ActorGraph, triad: Triad, weights: Weights): string[] {
  const hostile = triad.sides.filter((s) => s.sign < 0).length;
  const what =
    hostile === 3
      ? 'three mutual adversaries'
      : (() => {
          const enemies = triad.sides.find((s) => s.sign < 0)!;
          const friend = triad.actors.find((x) => !enemies.actors.includes(x))!;
          return `${nameOf(graph, friend)} is allied with both ${pairName(graph, enemies, ' and ')}, who are adversaries`;
        })();
  return [
    `  ${triad.actors.map((x) => nameOf(graph, x)).join(', ')}: ${what}`,
    ...triad.sides.flatMap((s) => side(graph, s, weights)),
  ];
}

/** A side of a triangle: its score, and the strongest relation for and (if any) against its sign. */
function side(graph: ActorGraph, pair: PairScore, weights: Weights): string[] {
  const weightOf = (id: string) => Math.abs(weights.get(id) ?? 0);
  const strongest = (ids: readonly string[]) => [...ids].sort((x, y) => weightOf(y) - weightOf(x))[0];
  const forIt = strongest(pair.sign > 0 ? pair.relations.positive : pair.relations.negative);
  const against = strongest(pair.sign > 0 ? pair.relations.negative : pair.relations.positive);
  const count =
    pair.relations.positive.length + pair.relations.negative.length + pair.relations.neutral.length;
  return [
    `    ${pairName(graph, pair)} ${signed(pair.score)}, ${kindOf(pair.sign)} (${plural(count, 'relation')})`,
    ...(forIt ? [`      ${quoteLine(graph, forIt)}`] : []),
    ...(against ? [`      but ${quoteLine(graph, against)}`] : []),
  ];
}

function brokers(graph: ActorGraph, a: AllianceAnalysis): string[] {
  const active = a.brokers.filter((b) => b.brokerage > 0).slice(0, SHOWN);
  if (active.length === 0)
    return ['Brokers: none (no actor is the only friendly link between two others).', ''];
  const lines = ['Brokers (the only friendly link between two actors)'];
  for (const b of active) {
    const pairs = b.pairs
      .slice(0, 4)
      .map((p) => `${pairName(graph, p, ' and ')}${p.kind === 'adversaries' ? ' (adversaries)' : ''}`);
    const more = b.brokerage > pairs.length ? ` and ${b.brokerage - pairs.length} more` : '';
    lines.push(`  ${nameOf(graph, b.actor)}: between ${pairs.join('; ')}${more}`);
  }
  lines.push('Ties per actor (allies / adversaries):');
  lines.push(
    `  ${a.actors.map((s) => `${nameOf(graph, s.actor)} ${s.positiveDegree}/${s.negativeDegree}`).join(', ')}`,
  );
  return [...lines, ''];
}

function sensitivity(graph: ActorGraph, a: AllianceAnalysis): string[] {
  const s = a.sensitivity;
  if (!s) return [];
  if (s.relationsLeftOut.length === 0)
    return [`No relation is ${list(s.excludedStatuses, 'or')}: nothing rests on weaker evidence.`, ''];
  const head = `Without ${list(s.excludedStatuses)} relations (${plural(s.relationsLeftOut.length, 'relation')} left out):`;
  if (s.unchanged) return [`${head} nothing changes.`, ''];
  const names = (ids: readonly string[]) => ids.map((id) => nameOf(graph, id)).join(', ');
  const lines = [head];
  lines.push(s.actorsMoved.length ? `  Camps change: ${names(s.actorsMoved)} move.` : '  Camps: unchanged.');
  lines.push(
    `  Strain: ${amount(s.frustrationBefore.weight)} → ${amount(s.frustrationAfter.weight)} in weight.`,
  );
  for (const p of s.pairsChanged.slice(0, SHOWN)) {
    const state = (x: typeof p.before) => (x ? `${kindOf(x.sign)} (${signed(x.score)})` : 'no relation');
    lines.push(`  ${pairName(graph, p)}: ${state(p.before)} → ${state(p.after)}`);
  }
  for (const t of s.triadsChanged.slice(0, SHOWN)) {
    const state = (x: typeof t.before) => x ?? 'no triangle';
    lines.push(
      `  Triangle ${t.actors.map((x) => nameOf(graph, x)).join(', ')}: ${state(t.before)} → ${state(t.after)}`,
    );
  }
  const more =
    Math.max(0, s.pairsChanged.length - SHOWN) +
    Math.max(0, s.triadsChanged.length - SHOWN) +
    s.triadsChangedOmitted;
  if (more > 0) lines.push(`  … and ${more} more changes (see --format json).`);
  return [...lines, ''];
}

function inferences(graph: ActorGraph, a: AllianceAnalysis): string[] {
  const enemies = a.inferences.list.filter(
    (i) => !i.conflicting && i.paths.some((p) => p.rule === 'enemy-of-enemy'),
  );
  if (enemies.length === 0) return [];
  const lines = ['Enemy of my enemy (inferences from balance theory, not relations in the text):'];
  for (const i of enemies.slice(0, SHOWN)) {
    const via = i.paths.filter((p) => p.rule === 'enemy-of-enemy').map((p) => nameOf(graph, p.via));
    lines.push(
      `  ${pairName(graph, i, ' and ')} would be ${kindOf(i.sign)}: both are adversaries of ${list(via)}`,
    );
  }
  return [...lines, ''];
}
