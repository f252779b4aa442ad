import { xoroshiro128plusFromState } from 'pure-rand/generator/xoroshiro128plus';
import { describe, expect, it } from 'vitest';
import { CustomerRandom, generatorSource, hashUniform } from './random.ts';

describe('CustomerRandom', () => {
  it("gives pure-rand's xoroshiro128+ numbers from the same state", () => {
    const random = new CustomerRandom();
    for (const [seed, index] of [
      [1, 0],
      [42, 999_999],
      [-7, 12],
    ] as const) {
      random.reset(seed, index);
      const reference = xoroshiro128plusFromState(Array.from(random.state));
      for (let k = 0; k < 1000; k++) expect(random.nextInt()).toBe(reference.next());
    }
  });

  it('is a function of (seed, customer index) only, and differs between customers and seeds', () => {
    const draw = (seed: number, index: number) => {
      const random = new CustomerRandom();
      random.reset(seed, index);
      return Array.from({ length: 5 }, () => random.uniform());
    };
    expect(draw(3, 10)).toEqual(draw(3, 10));
    expect(draw(3, 10)).not.toEqual(draw(3, 11));
    expect(draw(3, 10)).not.toEqual(draw(4, 10));
  });

  it('draws uniforms in (0, 1) with the right mean and exponentials with the right mean', () => {
    const random = new CustomerRandom();
    random.reset(9, 9);
    const n = 100_000;
    let sum = 0;
    let exponentialSum = 0;
    let outside = 0;
    for (let k = 0; k < n; k++) {
      const u = random.uniform();
      if (!(u > 0 && u < 1)) outside++;
      sum += u;
      exponentialSum += random.exponential(0.5);
    }
    expect(outside).toBe(0);
    // 5 standard errors: 1/sqrt(12 n) for the uniform mean, 2/sqrt(n) for the exponential (mean 2)
    expect(Math.abs(sum / n - 0.5)).toBeLessThan(5 / Math.sqrt(12 * n));
    expect(Math.abs(exponentialSum / n - 2)).toBeLessThan(5 * (2 / Math.sqrt(n)));
    expect(random.exponential(0)).toBe(Number.POSITIVE_INFINITY);
  });

  it('hashUniform spreads customers evenly (the holdout draw)', () => {
    let below = 0;
    for (let i = 0; i < 100_000; i++) if (hashUniform(5, i, 2) < 0.1) below++;
    expect(Math.abs(below - 10_000)).toBeLessThan(5 * Math.sqrt(100_000 * 0.1 * 0.9));
  });

  it('generatorSource, the inline copy for generated walks, draws the same numbers and leaves the same state', () => {
    const body = `
      ${generatorSource.declare}
      ${generatorSource.load('random')}
      const draws = [];
      let u = 0;
      for (let k = 0; k < 1000; k++) {
        ${generatorSource.uniform('u')}
        draws.push(u);
      }
      ${generatorSource.save('random')}
      return draws;`;
    const drawInline = new Function('random', body) as (random: CustomerRandom) => number[];
    const inline = new CustomerRandom();
    const reference = new CustomerRandom();
    inline.reset(77, 123);
    reference.reset(77, 123);
    const draws = drawInline(inline);
    expect(draws).toEqual(Array.from({ length: 1000 }, () => reference.uniform()));
    expect(inline.state).toEqual(reference.state);
  });
});
