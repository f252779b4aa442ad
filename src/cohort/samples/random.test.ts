import { describe, expect, it } from 'vitest';
import { channels } from '../../primitives/domain.ts';
import { sampleCohortIds, sampleProfiles } from './catalog.ts';
import { createSampleRandom, stepsBelow, UNIFORM_STEPS } from './random.ts';

describe('stepsBelow', () => {
  it('step < stepsBelow(share) decides as step / 65,536 < share, for every step', () => {
    const profileShares = sampleCohortIds.flatMap((id) => {
      const profile = sampleProfiles[id];
      return [
        ...channels.map((channel) => profile.consent[channel]),
        ...profile.independentTags.flatMap((tag) => tag.share),
        ...profile.engagement.flatMap((engagement) => channels.map((c) => profile.consent[c] * engagement)),
      ];
    });
    const edges = [0, 1, 0.98, 0.5, 1 / 3, 1 / UNIFORM_STEPS, 2 / UNIFORM_STEPS + 1e-12, 1e-12, 1.5, -0.1];
    const differing: string[] = [];
    for (const share of [...profileShares, ...edges]) {
      const threshold = stepsBelow(share);
      for (let step = 0; step < UNIFORM_STEPS; step++)
        if (step < threshold !== step / UNIFORM_STEPS < share) differing.push(`${share} at ${step}`);
    }
    expect(differing).toEqual([]);
  });
});

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
