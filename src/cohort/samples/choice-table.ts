import { UNIFORM_STEPS } from './random.ts';

/** Cumulative weights (last entry = total) of a categorical distribution; weights are ≥ 0. */
export function cumulativeOf(weights: readonly number[]): Float64Array {
  const cumulative = new Float64Array(weights.length);
  let sum = 0;
  weights.forEach((weight, index) => (cumulative[index] = sum += weight));
  return cumulative;
}

/**
 * The choice a categorical draw makes for each uniform step (random.ts), so that a draw is one
 * table read rather than a walk along the weights with a branch the CPU cannot predict per
 * weight. Entry `step` is exactly what that walk gives: the first choice whose cumulative weight
 * exceeds the target step / UNIFORM_STEPS × total, or the last choice when none does.
 */
export function choiceTable(cumulative: Float64Array): Uint8Array {
  const last = cumulative.length - 1;
  if (last < 0 || last > 255) throw new Error(`A choice table holds 1 to 256 choices, not ${last + 1}.`);
  const total = cumulative[last]!;
  const table = new Uint8Array(UNIFORM_STEPS);
  // The target grows with the step, so choice `c + 1` starts at the first step whose target
  // reaches cumulative[c]; later (higher) choices overwrite the tail.
  for (let choice = 0; choice < last; choice++)
    table.fill(choice + 1, firstStepReaching(cumulative[choice]!, total));
  return table;
}

/** The first step whose target, computed as the walk computes it, reaches `weight` (UNIFORM_STEPS if none). */
function firstStepReaching(weight: number, total: number): number {
  let low = 0;
  let high = UNIFORM_STEPS;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((middle / UNIFORM_STEPS) * total >= weight) high = middle;
    else low = middle + 1;
  }
  return low;
}
