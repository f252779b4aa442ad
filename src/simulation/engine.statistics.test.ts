import { describe, expect, it } from 'vitest';
import { simulate } from './engine.ts';
import { brokenInvariants } from './invariants.test-support.ts';
import { uniformTestCohort } from './cohort.test-support.ts';
import { journeyOf, segmentTrigger, splitNode, touchNode } from './journeys.test-support.ts';

/**
 * Expected values on cohorts whose behaviour columns are explicit: every figure must lie within
 * 5 standard errors of what the model in docs/simulation.md predicts (a false alarm about once in
 * 1.7 million runs; the seeds are fixed anyway, so a failure means the model changed).
 */
const size = 40_000;
const daily = 0.01;
const responsiveness = 0.8;
const horizonDays = 30;
const options = { seed: 2024, startDate: '2026-12-01', horizonDays };
const delivery = 0.9;
const variants = [
  { touch: 'a', percent: 20, click: 0.2, conversion: 0.1 },
  { touch: 'b', percent: 30, click: 0.1, conversion: 0.05 },
  { touch: 'c', percent: 50, click: 0, conversion: 0 },
];

/** |observed − trials·p| within 5 standard errors of a binomial count */
function expectBinomial(observed: number, trials: number, p: number) {
  const se = Math.sqrt(trials * p * (1 - p));
  expect(
    Math.abs(observed - trials * p),
    `${observed} vs ${trials}×${p} (se ${se.toFixed(1)})`,
  ).toBeLessThanOrEqual(5 * se + 1e-9);
}

function splitJourney(touchRates: (v: (typeof variants)[number]) => { click: number; conversion: number }) {
  return journeyOf(
    [
      segmentTrigger(),
      splitNode(
        'split',
        variants.map((v) => v.percent),
      ),
      ...variants.map((v) => touchNode(v.touch, { delivery, ...touchRates(v) })),
    ],
    [['t', 'out', 'split'], ...variants.map((v, k): [string, string, string] => ['split', `v${k}`, v.touch])],
    { holdoutPercent: 20 },
  );
}

describe('simulate: expected values within 5 standard errors', () => {
  const journey = splitJourney((v) => v);
  const cohort = uniformTestCohort(size, { dailyPurchaseProbability: daily, responsiveness });
  const result = simulate(journey, cohort, options);
  /** chance that a customer does not buy on their own over the horizon */
  const noOrganic = (1 - daily) ** horizonDays;

  it('holds the invariants', () => {
    expect(brokenInvariants(journey, result)).toEqual([]);
  });

  it('holds out 20% of the entrants, the rest enter', () => {
    expectBinomial(result.holdout, size, 0.2);
    expect(result.entered + result.holdout).toBe(size);
  });

  it('splits at the variant percents', () => {
    variants.forEach((v, k) =>
      expectBinomial(result.nodes.split!.outputs[`v${k}`]!, result.entered, v.percent / 100),
    );
  });

  it('delivers, clicks and converts at rates × responsiveness', () => {
    for (const v of variants) {
      const touch = result.touches[v.touch]!;
      expectBinomial(touch.delivered, touch.attempted, delivery);
      expectBinomial(touch.clicks, touch.delivered, v.click * responsiveness);
      expectBinomial(touch.conversions, touch.delivered, v.conversion * responsiveness);
    }
  });

  it('converts the holdout organically at 1 − (1 − p)^days', () => {
    expectBinomial(result.conversions.holdout, result.holdout, 1 - noOrganic);
  });

  it('converts treated customers at the organic rate plus the touches, and measures that lift', () => {
    let expectedTreated = 0;
    let variance = 0;
    let expectedLift = 0;
    variants.forEach((v, k) => {
      const entered = result.nodes.split!.outputs[`v${k}`]!;
      const touchBuys = delivery * v.conversion * responsiveness;
      const q = 1 - noOrganic * (1 - touchBuys);
      expectedTreated += entered * q;
      variance += entered * q * (1 - q);
      expectedLift += entered * noOrganic * touchBuys;
    });
    expect(Math.abs(result.conversions.treated - expectedTreated)).toBeLessThanOrEqual(
      5 * Math.sqrt(variance),
    );
    // the lift also carries the sampling error of the holdout's rate, scaled to the treated group
    const holdoutRate = 1 - noOrganic;
    const liftSe = Math.sqrt(
      variance + (result.entered ** 2 * holdoutRate * (1 - holdoutRate)) / result.holdout,
    );
    expect(Math.abs(result.conversions.incremental - expectedLift)).toBeLessThanOrEqual(5 * liftSe);
    // the test has the power to see the lift: it is more than 3 standard errors away from none
    expect(expectedLift).toBeGreaterThan(3 * liftSe);
  });

  it('shows no lift when every touch rate is 0, even though customers buy on their own', () => {
    const flat = simulate(
      splitJourney(() => ({ click: 0, conversion: 0 })),
      cohort,
      options,
    );
    const q = 1 - noOrganic;
    const se = Math.sqrt(flat.entered * q * (1 - q) + (flat.entered ** 2 * q * (1 - q)) / flat.holdout);
    expect(Math.abs(flat.conversions.incremental)).toBeLessThanOrEqual(5 * se);
    expect(Object.values(flat.touches).every((t) => t.clicks === 0 && t.conversions === 0)).toBe(true);
  });

  it('has exactly zero conversions and lift when nobody buys and touches convert no one', () => {
    const none = simulate(
      splitJourney(() => ({ click: 0, conversion: 0 })),
      uniformTestCohort(5_000, { dailyPurchaseProbability: 0, responsiveness: 1 }),
      options,
    );
    expect(none.conversions).toMatchObject({ treated: 0, holdout: 0, incremental: 0, revenue: 0 });
  });
});
