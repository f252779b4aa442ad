/**
 * Randomness for the engine. Every customer has their own stream, a function of (seed, customer
 * index) only, so results do not depend on iteration order, chunks could run in parallel, and one
 * customer can be re-run alone (traces) and take exactly the same path as in the bulk run.
 */

/** splitmix32-style mix: a well-spread 32-bit hash of (seed, customer index, salt). */
export function mix(seed: number, index: number, salt: number): number {
  let h = (seed ^ Math.imul(index + 1, 0x9e3779b9) ^ Math.imul(salt, 0x85ebca6b)) >>> 0;
  h = Math.imul(h ^ (h >>> 16), 0x7feb352d);
  h = Math.imul(h ^ (h >>> 15), 0x846ca68b);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Stable uniform in [0,1) from (seed, index, salt), independent of iteration order. */
export function hashUniform(seed: number, index: number, salt: number): number {
  return mix(seed, index, salt) / 4_294_967_296;
}

/** salts of the four state words; salt 2 is the holdout draw (engine.ts) */
const STATE_SALTS = [1, 3, 4, 5] as const;

/**
 * xoroshiro128+ with its state in four int32 fields, reseeded in place per customer.
 *
 * It is the same generator as pure-rand's `xoroshiro128plus` (random.test.ts checks the two give
 * the same numbers from the same state), written inline because pure-rand allocates one generator
 * object per step: one per customer cost ~0.5 s of garbage collection per million customers.
 * Here a step reads four fields into locals and writes them back: no allocation. The fields always
 * hold int32 values, which 64-bit V8 keeps unboxed (as small integers), and a field load is cheaper
 * than a typed-array element (no backing-store load, no bounds check): the engine draws ~30 numbers
 * per customer. State order is pure-rand's: [s01, s00, s11, s10].
 */
export class CustomerRandom {
  private s01 = 0;
  private s00 = 0;
  private s11 = 0;
  private s10 = 0;

  /** a copy of the state words, in pure-rand's order (tests compare against pure-rand with it) */
  get state(): Int32Array {
    return Int32Array.of(this.s01, this.s00, this.s11, this.s10);
  }

  /** Start customer `index`'s stream for run `seed`; the four words come from independent hashes. */
  reset(seed: number, index: number): void {
    this.s01 = mix(seed, index, STATE_SALTS[0]) | 0;
    this.s00 = mix(seed, index, STATE_SALTS[1]) | 0;
    this.s11 = mix(seed, index, STATE_SALTS[2]) | 0;
    this.s10 = mix(seed, index, STATE_SALTS[3]) | 0;
    // xoroshiro's all-zero state is a fixed point; four zero hashes are (astronomically) possible
    if ((this.s01 | this.s00 | this.s11 | this.s10) === 0) this.s01 = 1;
  }

  /** Next 32-bit output as a signed int32 (pure-rand's `next()`). */
  nextInt(): number {
    const s01 = this.s01;
    const s00 = this.s00;
    const s11 = this.s11;
    const s10 = this.s10;
    const out = (s00 + s10) | 0;
    const a0 = s10 ^ s00;
    const a1 = s11 ^ s01;
    this.s00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    this.s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    this.s10 = (a1 << 5) ^ (a0 >>> 27);
    this.s11 = (a0 << 5) ^ (a1 >>> 27);
    return out;
  }

  /** Uniform in (0,1): never 0, so -log(u) is finite. Written out for generated code by `uniformSource`. */
  uniform(): number {
    return ((this.nextInt() >>> 0) + 0.5) / 4_294_967_296;
  }

  /** Minutes until the next event of a Poisson process with `ratePerMinute`; Infinity at rate 0. */
  exponential(ratePerMinute: number): number {
    return ratePerMinute > 0 ? -Math.log(this.uniform()) / ratePerMinute : Number.POSITIVE_INFINITY;
  }
}

/**
 * The generator written out for generated code (walk-source.ts), its four state words held in the
 * locals s01, s00, s11, s10: `load` and `save` move them between the locals and the CustomerRandom
 * named `random`; `uniform` does what `uniform()` does and assigns the number to `target`. Calls
 * would not be inlined there (V8's inlining budget runs out in a function that draws ~30 times),
 * and each returned double would be a new heap number. random.test.ts checks both give the same numbers.
 */
export const generatorSource = {
  declare: 'let s01 = 0, s00 = 0, s11 = 0, s10 = 0;',
  load: (random: string) =>
    `s01 = ${random}.s01; s00 = ${random}.s00; s11 = ${random}.s11; s10 = ${random}.s10;`,
  save: (random: string) =>
    `${random}.s01 = s01; ${random}.s00 = s00; ${random}.s11 = s11; ${random}.s10 = s10;`,
  uniform: (target: string) => `{
    const a0 = s10 ^ s00, a1 = s11 ^ s01;
    ${target} = ((((s00 + s10) | 0) >>> 0) + 0.5) / 4294967296;
    const next00 = (s00 << 24) ^ (s01 >>> 8) ^ a0 ^ (a0 << 16);
    s01 = (s01 << 24) ^ (s00 >>> 8) ^ a1 ^ ((a1 << 16) | (a0 >>> 16));
    s00 = next00;
    s10 = (a1 << 5) ^ (a0 >>> 27);
    s11 = (a0 << 5) ^ (a1 >>> 27);
  }`,
};
