import { describe, expect, it } from 'vitest';
import { lifecycleStages } from '../fields.ts';
import { sampleCohortIds, sampleProfiles } from './catalog.ts';
import { choiceTable, cumulativeOf } from './choice-table.ts';
import { UNIFORM_STEPS } from './random.ts';

/** The walk along the weights that the generator did per draw before it had tables: the reference. */
function walk(cumulative: Float64Array, step: number): number {
  const target = (step / UNIFORM_STEPS) * cumulative[cumulative.length - 1]!;
  let index = 0;
  while (index < cumulative.length - 1 && target >= cumulative[index]!) index++;
  return index;
}

/** every weight list a sample draws from, and lists with zeros, odd totals and tiny weights */
const weightLists: [string, number[]][] = [
  ...sampleCohortIds.flatMap((id): [string, number[]][] => {
    const profile = sampleProfiles[id];
    return [
      [`${id} stages`, lifecycleStages.map((stage) => profile.stages[stage].share)],
      [`${id} cities`, profile.cities.map((city) => city.weight)],
      ...profile.exclusiveTags.map((group, g): [string, number[]] => {
        const shares = group.tags.map((tag) => tag.share);
        return [`${id} group ${g}`, [...shares, Math.max(0, 1 - shares.reduce((a, b) => a + b, 0))]];
      }),
    ];
  }),
  ['one choice', [1]],
  ['zeros first, between and last', [0, 0, 0.3, 0, 0.7, 0]],
  ['a total that is not 1', [3, 7, 11, 13]],
  ['thirds', [1 / 3, 1 / 3, 1 / 3]],
  ['tiny weights', [1e-9, 0.5, 1e-7, 0.5]],
  ['all zero', [0, 0, 0]],
];

describe('choiceTable', () => {
  it.each(weightLists)('%s: every step chooses as the walk along the weights does', (_, weights) => {
    const cumulative = cumulativeOf(weights);
    const table = choiceTable(cumulative);
    const differing: number[] = [];
    for (let step = 0; step < UNIFORM_STEPS; step++)
      if (table[step] !== walk(cumulative, step)) differing.push(step);
    expect(differing).toEqual([]);
  });

  it('refuses more choices than a byte holds', () => {
    expect(() => choiceTable(cumulativeOf(new Array<number>(257).fill(1)))).toThrow(/1 to 256 choices/);
  });
});
