import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';
import type { RandomGenerator } from 'pure-rand/types/RandomGenerator';

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

/** A customer's own generator: seeded from (seed, index) so chunks can run in any order. */
export function customerGenerator(seed: number, index: number): RandomGenerator {
  return xoroshiro128plus(mix(seed, index, 1) | 0);
}

/** Uniform in (0,1): never 0, so -log(u) is finite. */
export function uniform(generator: RandomGenerator): number {
  return ((generator.next() >>> 0) + 0.5) / 4_294_967_296;
}
