import { describe, expect, it } from 'vitest';
import { findJourneyTemplate } from '../../journey/templates/index.ts';
import { mixedTestCohort } from '../../journey/templates/mixed-test-cohort.test-support.ts';
import { simulate } from '../../simulation/engine.ts';
import { changeOf, headlineOf, intervalsOf, type Headline } from './figures.ts';

const journey = findJourneyTemplate('cart-abandoned')!.build('en');
const result = simulate(journey, mixedTestCohort(2000, 4), {
  seed: 9,
  horizonDays: 30,
  startDate: '2026-12-01',
});

describe('headlineOf', () => {
  it('adds sends and cost over touches, and takes the rest from the result', () => {
    const headline = headlineOf(result);
    const touches = Object.values(result.touches);
    expect(headline.sends).toBe(touches.reduce((sum, touch) => sum + touch.delivered + touch.failed, 0));
    expect(headline.cost).toBeCloseTo(
      result.timeline.reduce((sum, day) => sum + day.cost, 0),
      6,
    );
    expect(headline).toMatchObject({
      entered: result.entered,
      holdout: result.holdout,
      reach: result.reach,
      conversions: result.conversions.treated,
      incremental: result.conversions.incremental,
      revenue: result.conversions.revenue,
    });
  });

  it('counts only incremental revenue in ROI and has no ROI or cost per conversion without cost or lift', () => {
    const base = {
      ...result,
      touches: { t: { ...Object.values(result.touches)[0]!, delivered: 10, failed: 0, cost: 50 } },
    };
    const lifted = headlineOf({
      ...base,
      conversions: { ...result.conversions, treated: 40, incremental: 10, revenue: 4000 },
    });
    expect(lifted.roi).toBeCloseTo((1000 - 50) / 50);
    expect(lifted.costPerIncremental).toBe(5);
    const flat = headlineOf({
      ...base,
      conversions: { ...result.conversions, treated: 40, incremental: -2, revenue: 4000 },
    });
    expect(flat.roi).toBe(-1);
    expect(flat.costPerIncremental).toBeNull();
    expect(headlineOf({ ...base, touches: {} }).roi).toBeNull();
  });
});

describe('intervalsOf', () => {
  const headlines = Array.from(
    { length: 21 },
    (_, i) => ({ ...headlineOf(result), reach: i * 10, roi: null }) as Headline,
  );

  it('gives the mean and the 5th–95th percentile of each figure', () => {
    const intervals = intervalsOf(headlines);
    expect(intervals.reach).toEqual({ mean: 100, low: 10, high: 190, runs: 21 });
    expect(intervals.entered).toEqual({
      mean: result.entered,
      low: result.entered,
      high: result.entered,
      runs: 21,
    });
  });

  it('leaves out runs without the figure, and has no interval when none has it', () => {
    expect(intervalsOf(headlines).roi).toBeNull();
  });
});

describe('changeOf', () => {
  it('gives the difference and the relative change against the baseline', () => {
    expect(changeOf(120, 100)).toEqual({ difference: 20, relative: 0.2 });
    expect(changeOf(-30, -20)).toEqual({ difference: -10, relative: -0.5 });
    expect(changeOf(5, 0)).toEqual({ difference: 5, relative: null });
    expect(changeOf(null, 3)).toBeNull();
  });
});
