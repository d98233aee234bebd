/** mulberry32: a tiny, fast PRNG with a 32-bit state; good enough to seed a layout. */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Runs `fn` with `Math.random` replaced by a seeded generator. fcose has no seed option and draws
 * from `Math.random`, so this is the only way to make the same data always give the same picture.
 * `fn` must be synchronous: anything else running meanwhile would draw from the seeded stream.
 */
export function withSeededRandom<T>(seed: number, fn: () => T): T {
  const original = Math.random;
  Math.random = mulberry32(seed);
  try {
    return fn();
  } finally {
    Math.random = original;
  }
}
