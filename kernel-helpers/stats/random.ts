/**
 * The seed of everything random in driftlens (permutation tests, sampling, sketches, embeddings'
 * splits) when none is given, so that the same input gives the same report.
 */
export const DEFAULT_SEED = 0;

/**
 * A seeded pseudo-random source (mulberry32, 32-bit state): fast, deterministic across platforms,
 * good enough for permutation tests, subsampling and synthetic data. Not for cryptography.
 */
export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
  /** Standard normal (Box–Muller, one value per call). */
  normal(): number;
}

/**
 * Creates a seeded random source; the same seed gives the same sequence.
 *
 * @example createRandom(1).next() // 0.18967728852294385
 */
export function createRandom(seed: number): Random {
  let state = (Math.floor(seed) ^ 0x9e3779b9) >>> 0;
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (n: number) => Math.floor(next() * n),
    normal: () => {
      let u = next();
      while (u === 0) u = next();
      return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * next());
    },
  };
}
