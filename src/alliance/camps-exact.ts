/**
 * The exact split of a part: every one of its 2^(k−1) splits is visited (the first actor stays in
 * camp A: the mirror image of a split is the same split), in Gray-code order, so each step moves a
 * single actor and costs only its number of pairs. The least frustration found is the least there is.
 */
import { better, type Part } from './parts.ts';

/** Splits visited between two progress reports. */
export const EXACT_CHUNK = 1 << 16;

interface SearchState {
  readonly side: Uint8Array;
  primary: number;
  secondary: number;
  bestPrimary: number;
  bestSecondary: number;
  /** The step whose Gray code is the best split so far. */
  bestStep: number;
  /** Per adjacency entry: 1 for a negative pair, 0 for a positive one. */
  readonly negative: Uint8Array;
}

/**
 * Yields the number of splits visited so far every `EXACT_CHUNK` splits and returns the best split:
 * `side[i]` is 0 (camp A) or 1 for local actor i. Of splits equally good in both measures, the first
 * visited wins, so the same part always gives the same split.
 */
export function* exactSplit(part: Part): Generator<number, Uint8Array> {
  const k = part.vertices.length;
  const side = new Uint8Array(k);
  if (k <= 1) return side;
  // With everyone in camp A, exactly the negative pairs are frustrated.
  let primary = 0;
  let secondary = 0;
  for (let u = 0; u < k; u++) {
    for (let e = part.offsets[u]!; e < part.offsets[u + 1]!; e++) {
      if (part.neighbours[e]! > u && part.sign[e]! < 0) {
        primary += part.primary[e]!;
        secondary += part.secondary[e]!;
      }
    }
  }
  const state: SearchState = {
    side,
    primary,
    secondary,
    bestPrimary: primary,
    bestSecondary: secondary,
    bestStep: 0,
    negative: Uint8Array.from(part.sign, (sign) => (sign < 0 ? 1 : 0)),
  };
  const total = 2 ** (k - 1);
  for (let from = 1; from < total; from += EXACT_CHUNK) {
    visit(part, state, from, Math.min(total, from + EXACT_CHUNK));
    if (from + EXACT_CHUNK < total) yield from + EXACT_CHUNK - 1;
  }
  return grayCodeSplit(k, state.bestStep);
}

/** Steps `from` to `to − 1`: step i moves the actor after the lowest set bit of i. */
function visit(part: Part, state: SearchState, from: number, to: number): void {
  const { side } = state;
  const { offsets, neighbours, primary: weightP, secondary: weightS } = part;
  const negative = state.negative;
  let { primary, secondary, bestPrimary, bestSecondary, bestStep } = state;
  for (let step = from; step < to; step++) {
    const v = 32 - Math.clz32(step & -step);
    const sv = side[v]!;
    let dp = 0;
    let ds = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      // Frustrated (1) when the ends' sides differ on a positive pair or match on a negative one;
      // moving v turns a frustrated pair satisfied (−w) and a satisfied one frustrated (+w).
      const turn = 1 - 2 * (side[neighbours[e]!]! ^ sv ^ negative[e]!);
      dp += turn * weightP[e]!;
      ds += turn * weightS[e]!;
    }
    side[v] = sv ^ 1;
    primary += dp;
    secondary += ds;
    if (better(primary, secondary, bestPrimary, bestSecondary)) {
      bestPrimary = primary;
      bestSecondary = secondary;
      bestStep = step;
    }
  }
  Object.assign(state, { primary, secondary, bestPrimary, bestSecondary, bestStep });
}

/** The split after `step` steps: bit j of the Gray code `step ^ (step >> 1)` is actor j + 1's camp. */
function grayCodeSplit(k: number, step: number): Uint8Array {
  const side = new Uint8Array(k);
  const gray = step ^ (step >>> 1);
  for (let j = 0; j + 1 < k; j++) side[j + 1] = (gray >>> j) & 1;
  return side;
}
