/**
 * The split of a part too large to search exactly: iterated local search.
 *
 * 1. Start from the split balance theory predicts along a breadth-first spanning tree (an ally of
 *    mine joins my camp, an adversary the other): exact whenever the part is balanced.
 * 2. Local search: move single actors while a move lowers the frustration (weight, then count).
 * 3. Perturb the best split found (move a few random actors and their neighbours), search locally
 *    again, keep the result when it is no worse; `rounds` times.
 * 4. Restart from random splits `restarts` times, each followed by steps 2 and 3; keep the best.
 *
 * Seeded: the same part and options always give the same split. It can miss the optimum; it is never
 * better than the exact search (tests check both on graphs small enough to search exactly).
 */
import { mulberry32 } from '../layout/seeded-random.ts';
import { better, isFrustrated, partFrustration, type Part } from './parts.ts';

export interface HeuristicOptions {
  readonly restarts: number;
  readonly rounds: number;
  readonly seed: number;
}

/** Yields after each restart (the number done, of `restarts + 1`) and returns the best split. */
export function* heuristicSplit(part: Part, options: HeuristicOptions): Generator<number, Uint8Array> {
  const random = mulberry32(options.seed);
  const k = part.vertices.length;
  let best = treeSplit(part);
  let bestScore = improve(part, best, random, options.rounds);
  for (let restart = 0; restart < options.restarts; restart++) {
    yield restart + 1;
    const side = new Uint8Array(k).map(() => (random() < 0.5 ? 0 : 1));
    const score = improve(part, side, random, options.rounds);
    if (better(score.primary, score.secondary, bestScore.primary, bestScore.secondary)) {
      best = side;
      bestScore = score;
    }
  }
  return best;
}

interface Score {
  primary: number;
  secondary: number;
}

/**
 * Local search, then `rounds` perturbations; leaves the best split found in `side` and returns its
 * frustration. Each round costs only what it touches: the moves are logged, their effect summed from
 * the gains, and undone from the log when the round made things worse.
 */
function improve(part: Part, side: Uint8Array, random: () => number, rounds: number): Score {
  const k = part.vertices.length;
  const score = partFrustration(part, side);
  const first = localSearch(part, side, allVertices(k), []);
  score.primary -= first.primary;
  score.secondary -= first.secondary;
  const kick = Math.max(1, Math.round(Math.sqrt(k) / 4));
  const log: number[] = [];
  for (let round = 0; round < rounds; round++) {
    log.length = 0;
    const change = { primary: 0, secondary: 0 };
    const touched: number[] = [];
    for (let i = 0; i < kick; i++) {
      const v = Math.floor(random() * k);
      const gain = gainOf(part, side, v);
      side[v] = side[v]! ^ 1;
      log.push(v);
      change.primary -= gain.primary;
      change.secondary -= gain.secondary;
      touched.push(v);
      for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) touched.push(part.neighbours[e]!);
    }
    const gained = localSearch(part, side, touched, log);
    change.primary -= gained.primary;
    change.secondary -= gained.secondary;
    if (change.primary < 0 || (change.primary === 0 && change.secondary <= 0)) {
      score.primary += change.primary;
      score.secondary += change.secondary;
    } else {
      for (let i = log.length - 1; i >= 0; i--) side[log[i]!] = side[log[i]!]! ^ 1;
    }
  }
  return score;
}

/** How much moving v alone lowers the frustration: its frustrated pairs minus its satisfied ones. */
function gainOf(part: Part, side: Uint8Array, v: number): Score {
  let primary = 0;
  let secondary = 0;
  for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) {
    const frustrated = isFrustrated(part.sign[e]!, side[v]!, side[part.neighbours[e]!]!);
    primary += frustrated ? part.primary[e]! : -part.primary[e]!;
    secondary += frustrated ? part.secondary[e]! : -part.secondary[e]!;
  }
  return { primary, secondary };
}

/** One zeroed flag per actor of the part, reused: a search leaves every flag it set cleared. */
const queuedBuffers = new WeakMap<Part, Uint8Array>();
function queuedFor(part: Part): Uint8Array {
  let queued = queuedBuffers.get(part);
  if (!queued) queuedBuffers.set(part, (queued = new Uint8Array(part.vertices.length)));
  return queued;
}

/**
 * Moves actors while a move lowers the frustration, looking first at `start` and then at the
 * neighbours of every actor moved; appends each move to `log` and returns the total gain. Ends in a
 * split no single move improves.
 */
function localSearch(part: Part, side: Uint8Array, start: Iterable<number>, log: number[]): Score {
  const queued = queuedFor(part);
  const stack: number[] = [];
  const total = { primary: 0, secondary: 0 };
  for (const v of start) {
    if (!queued[v]) {
      queued[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    queued[v] = 0;
    const gain = gainOf(part, side, v);
    if (!(gain.primary > 0 || (gain.primary === 0 && gain.secondary > 0))) continue;
    side[v] = side[v]! ^ 1;
    log.push(v);
    total.primary += gain.primary;
    total.secondary += gain.secondary;
    for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) {
      const u = part.neighbours[e]!;
      if (!queued[u]) {
        queued[u] = 1;
        stack.push(u);
      }
    }
  }
  return total;
}

/** Camps along a breadth-first spanning tree from local actor 0: allies together, adversaries apart. */
function treeSplit(part: Part): Uint8Array {
  const k = part.vertices.length;
  const side = new Uint8Array(k);
  const seen = new Uint8Array(k);
  const queue = [0];
  seen[0] = 1;
  for (let head = 0; head < queue.length; head++) {
    const u = queue[head]!;
    for (let e = part.offsets[u]!; e < part.offsets[u + 1]!; e++) {
      const v = part.neighbours[e]!;
      if (seen[v]) continue;
      seen[v] = 1;
      side[v] = part.sign[e]! > 0 ? side[u]! : side[u]! ^ 1;
      queue.push(v);
    }
  }
  return side;
}

function allVertices(k: number): number[] {
  return Array.from({ length: k }, (_, i) => i);
}
