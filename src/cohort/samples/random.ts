/**
 * The sample generators' random numbers: sfc32, seeded through splitmix32. Inline rather than
 * pure-rand because a million customers take ~25 draws each and a closure over four integers is
 * the cheapest generator JavaScript runs; the sequence is fixed by (seed, stream) on every engine.
 */

function splitmix32(state: number): () => number {
  let s = state >>> 0;
  return () => {
    s = (s + 0x9e3779b9) >>> 0;
    let z = s;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
    return (z ^ (z >>> 16)) >>> 0;
  };
}

/** FNV-1a of a text: lets each sample draw its own stream from the same user seed. */
export function hashText(text: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
  return hash >>> 0;
}

/** How many equally likely values a uniform draw has (16 bits). */
export const UNIFORM_STEPS = 65_536;

/**
 * The steps below which a uniform step counts as a hit of `share`: `step < stepsBelow(share)`
 * decides exactly as `step / UNIFORM_STEPS < share` (scaling by 65,536 is exact and a step is a
 * whole number), with integers only.
 */
export function stepsBelow(share: number): number {
  return Math.ceil(share * UNIFORM_STEPS);
}

export interface SampleRandom {
  /**
   * A uniform step in 0 … 65,535; step / UNIFORM_STEPS is uniform in [0, 1). Each 32-bit draw
   * serves two calls, which halves the cost of a customer, and no sample decision needs finer
   * steps than that. An integer rather than the fraction: V8 keeps a small integer returned
   * from a call that it did not inline unboxed, where a fraction would be a heap allocation.
   */
  nextStep(): number;
  /** log-normal with the given median and sigma of the underlying normal */
  logNormal(median: number, sigma: number): number;
}

export function createSampleRandom(seed: number, stream: string): SampleRandom {
  // seeds beyond 32 bits keep their high part: fold it in rather than drop it
  const high = Math.floor(seed / 0x1_0000_0000);
  const seeder = splitmix32((seed ^ hashText(stream) ^ Math.imul(high, 0x27d4eb2d)) >>> 0);
  let a = seeder() | 0;
  let b = seeder() | 0;
  let c = seeder() | 0;
  let d = seeder() | 0;
  // every step stays in int32 (`| 0`): V8 keeps such numbers unboxed, which makes this ~3× faster
  const draw = (): number => {
    const t = (a + b + d) | 0;
    d = (d + 1) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    c = (c + t) | 0;
    return t;
  };
  /** the unused low half of the last draw, or -1 */
  let spare = -1;
  const nextStep = (): number => {
    if (spare >= 0) {
      const half = spare;
      spare = -1;
      return half;
    }
    const t = draw();
    spare = t & 0xffff;
    return t >>> 16;
  };
  /** full 32-bit precision, for the logarithm of Box–Muller */
  const precise = (): number => (draw() >>> 0) / 4_294_967_296;
  // let the generator forget how similar neighbouring seeds were
  for (let i = 0; i < 12; i++) draw();
  return {
    nextStep,
    logNormal(median, sigma) {
      // Box–Muller; 1 − u keeps the logarithm away from 0
      const normal =
        Math.sqrt(-2 * Math.log(1 - precise())) * Math.cos(2 * Math.PI * (nextStep() / UNIFORM_STEPS));
      return median * Math.exp(sigma * normal);
    },
  };
}
