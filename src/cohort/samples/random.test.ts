import { describe, expect, it } from 'vitest';
import { createSampleRandom, UNIFORM_STEPS } from './random.ts';

describe('createSampleRandom', () => {
  it('gives whole steps in 0 … 65,535, the same for the same seed and stream', () => {
    const steps = (seed: number, stream: string) => {
      const random = createSampleRandom(seed, stream);
      return Array.from({ length: 1000 }, () => random.nextStep());
    };
    const first = steps(1, 'retail-members');
    expect(first.every((step) => Number.isInteger(step) && step >= 0 && step < UNIFORM_STEPS)).toBe(true);
    expect(steps(1, 'retail-members')).toEqual(first);
    expect(steps(2, 'retail-members')).not.toEqual(first);
    expect(steps(1, 'cake-shop')).not.toEqual(first);
  });
});
