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

/** Local search, then `rounds` perturbations; leaves the best split found in `side`. */
function improve(
  part: Part,
  side: Uint8Array,
  random: () => number,
  rounds: number,
): { primary: number; secondary: number } {
  const k = part.vertices.length;
  localSearch(part, side, allVertices(k));
  let score = partFrustration(part, side);
  const trial = new Uint8Array(k);
  const kick = Math.max(1, Math.round(Math.sqrt(k) / 4));
  for (let round = 0; round < rounds; round++) {
    trial.set(side);
    const touched: number[] = [];
    for (let i = 0; i < kick; i++) {
      const v = Math.floor(random() * k);
      trial[v] = trial[v]! ^ 1;
      touched.push(v);
      for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) touched.push(part.neighbours[e]!);
    }
    localSearch(part, trial, touched);
    const trialScore = partFrustration(part, trial);
    if (!better(score.primary, score.secondary, trialScore.primary, trialScore.secondary)) {
      side.set(trial);
      score = trialScore;
    }
  }
  return score;
}

/**
 * Moves actors while a move lowers the frustration, looking first at `start` and then at the
 * neighbours of every actor moved. Ends in a split no single move improves.
 */
function localSearch(part: Part, side: Uint8Array, start: Iterable<number>): void {
  const queued = new Uint8Array(part.vertices.length);
  const stack: number[] = [];
  for (const v of start) {
    if (!queued[v]) {
      queued[v] = 1;
      stack.push(v);
    }
  }
  while (stack.length > 0) {
    const v = stack.pop()!;
    queued[v] = 0;
    let gainP = 0;
    let gainS = 0;
    for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) {
      const frustrated = isFrustrated(part.sign[e]!, side[v]!, side[part.neighbours[e]!]!);
      gainP += frustrated ? part.primary[e]! : -part.primary[e]!;
      gainS += frustrated ? part.secondary[e]! : -part.secondary[e]!;
    }
    if (!(gainP > 0 || (gainP === 0 && gainS > 0))) continue;
    side[v] = side[v]! ^ 1;
    for (let e = part.offsets[v]!; e < part.offsets[v + 1]!; e++) {
      const u = part.neighbours[e]!;
      if (!queued[u]) {
        queued[u] = 1;
        stack.push(u);
      }
    }
  }
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
