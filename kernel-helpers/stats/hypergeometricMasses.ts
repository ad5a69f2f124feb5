/** A double-double number: value = hi + lo with |lo| ≤ ulp(hi)/2. */
interface DoubleDouble {
  hi: number;
  lo: number;
}

const SPLITTER = 134217729; // 2^27 + 1, Veltkamp's constant

function twoSum(a: number, b: number): DoubleDouble {
  const s = a + b;
  const bb = s - a;
  return { hi: s, lo: a - (s - bb) + (b - bb) };
}

function twoProduct(a: number, b: number): DoubleDouble {
  const p = a * b;
  let t = SPLITTER * a;
  const ah = t - (t - a);
  const al = a - ah;
  t = SPLITTER * b;
  const bh = t - (t - b);
  const bl = b - bh;
  return { hi: p, lo: ah * bh - p + ah * bl + al * bh + al * bl };
}

/** (x · a) / b for a double-double x and exact doubles a, b. */
function scale(x: DoubleDouble, a: number, b: number): DoubleDouble {
  const p = twoProduct(x.hi, a);
  const product = twoSum(p.hi, p.lo + x.lo * a);
  const q1 = product.hi / b;
  const r = twoProduct(q1, b);
  const q2 = (product.hi - r.hi - r.lo + product.lo) / b;
  return twoSum(q1, q2);
}

function add(x: DoubleDouble, y: DoubleDouble): DoubleDouble {
  const s = twoSum(x.hi, y.hi);
  return twoSum(s.hi, s.lo + x.lo + y.lo);
}

function divide(x: DoubleDouble, y: DoubleDouble): number {
  const q1 = x.hi / y.hi;
  const r = twoProduct(q1, y.hi);
  return q1 + (x.hi - r.hi - r.lo + x.lo - q1 * y.lo) / y.hi;
}

/**
 * The probability masses of the hypergeometric distribution: drawing `draws` items without
 * replacement from `population` items of which `successes` are successes, P(X = x) for every x in
 * the support `[max(0, draws + successes - population), min(draws, successes)]`.
 *
 * Reference: Wikipedia, "Hypergeometric distribution". The masses are built outwards from the mode
 * with the exact ratio `P(x+1)/P(x) = (K-x)(n-x) / ((x+1)(N-K-n+x+1))` in double-double arithmetic
 * (Dekker 1971) and normalised by their double-double sum, so each is correctly rounded in
 * practice: masses that are equal in exact arithmetic (symmetric tables) come out bit-for-bit equal,
 * which Fisher's test relies on when it compares masses.
 *
 * Agrees with `scipy.stats.hypergeom.pmf(x, population, successes, draws)`.
 *
 * Cost: O(support size).
 *
 * @param population N, a non-negative integer
 * @param successes K, 0 ≤ K ≤ N
 * @param draws n, 0 ≤ n ≤ N
 * @returns `{ low, masses }`: masses[i] = P(X = low + i)
 * @example
 * hypergeometricMasses(4, 2, 2); // => { low: 0, masses: [1/6, 2/3, 1/6] }
 */
export function hypergeometricMasses(population: number, successes: number, draws: number): { low: number; masses: Float64Array } {
  const low = Math.max(0, draws + successes - population);
  const high = Math.min(draws, successes);
  const size = high - low + 1;
  const mode = Math.min(high, Math.max(low, Math.floor(((draws + 1) * (successes + 1)) / (population + 2))));
  const weights: DoubleDouble[] = new Array(size);
  weights[mode - low] = { hi: 1, lo: 0 };
  for (let x = mode; x < high; x++) {
    const w = weights[x - low];
    weights[x + 1 - low] = w.hi === 0 ? w : scale(w, (successes - x) * (draws - x), (x + 1) * (population - successes - draws + x + 1));
  }
  for (let x = mode; x > low; x--) {
    const w = weights[x - low];
    weights[x - 1 - low] = w.hi === 0 ? w : scale(w, x * (population - successes - draws + x), (successes - x + 1) * (draws - x + 1));
  }
  // Sum from the smallest weights up.
  const order = Array.from({ length: size }, (_, i) => i).sort((p, q) => weights[p].hi - weights[q].hi);
  let total: DoubleDouble = { hi: 0, lo: 0 };
  for (const i of order) total = add(total, weights[i]);
  const masses = new Float64Array(size);
  for (let i = 0; i < size; i++) masses[i] = weights[i].hi === 0 ? 0 : divide(weights[i], total);
  return { low, masses };
}
