import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cohortArbitrary, optionsArbitrary } from '../../test/arbitraries/cohort.ts';
import { validJourneyArbitrary, wellFormedJourneyArbitrary } from '../../test/arbitraries/journey.ts';
import { benchJourney } from '../../test/bench/bench-journey.ts';
import type { CohortColumns } from '../cohort/columns.ts';
import { generateSampleCohort } from '../cohort/index.ts';
import type { Journey } from '../journey/schema.ts';
import { journeyTemplates } from '../journey/templates/index.ts';
import { simulate } from './engine.ts';
import type { SimulationOptionsInput } from './options.ts';
import type { SimulationResult } from './result.ts';
import { uniformTestCohort } from './cohort.test-support.ts';
import { chainOf, segmentTrigger, touchNode } from './journeys.test-support.ts';
import { compileJourney } from './compile.ts';
import { compileWalk } from './walk-source.ts';

/** The run with the generated walk and the run with the interpreting walk, as JSON. */
function bothWalks(journey: Journey, cohort: CohortColumns, options: SimulationOptionsInput) {
  return {
    generated: JSON.stringify(simulate(journey, cohort, options, { walk: 'generated' })),
    interpreted: JSON.stringify(simulate(journey, cohort, options, { walk: 'interpreted' })),
  };
}

describe('the generated walk (walk-source.ts)', () => {
  it('gives byte-identical results to the interpreting walk over random journeys and cohorts', () => {
    fc.assert(
      fc.property(
        wellFormedJourneyArbitrary,
        cohortArbitrary,
        optionsArbitrary,
        (journey, cohort, options) => {
          const { generated, interpreted } = bothWalks(journey, cohort, options);
          expect(generated).toBe(interpreted);
        },
      ),
      { numRuns: 150 },
    );
  });

  it('does so on journeys that break lints too (cycles without a wait reach the loop guard)', () => {
    fc.assert(
      fc.property(validJourneyArbitrary, cohortArbitrary, optionsArbitrary, (journey, cohort, options) => {
        const { generated, interpreted } = bothWalks(journey, cohort, options);
        expect(generated).toBe(interpreted);
      }),
      { numRuns: 40 },
    );
  });

  it('does so on the benchmark journey (quiet hours, cap, holdout, a cycle) with a sample cohort', () => {
    const cohort = generateSampleCohort('retail-members', { size: 5_000, seed: 3 });
    const options = { seed: 5, startDate: '2026-12-01', horizonDays: 45 };
    const { generated, interpreted } = bothWalks(benchJourney, cohort, options);
    const result = JSON.parse(generated) as SimulationResult;
    // the run went everywhere the settings act: deferrals, cap suppressions, holdout, goal exits
    const touches = Object.values(result.touches);
    expect(touches.reduce((sum, touch) => sum + touch.deferredQuietHours, 0)).toBeGreaterThan(0);
    expect(touches.reduce((sum, touch) => sum + touch.suppressedFrequencyCap, 0)).toBeGreaterThan(0);
    expect(result.holdout).toBeGreaterThan(0);
    expect(generated).toBe(interpreted);
  });

  it.each(journeyTemplates)(
    'does so on the $id template with 3,000 customers of its sample cohort',
    (template) => {
      const cohort = generateSampleCohort(template.cohortId, { size: 3_000, seed: 11 });
      const options = { seed: 8, startDate: '2026-12-01', horizonDays: 60 };
      const { generated, interpreted } = bothWalks(template.build('en'), cohort, options);
      expect(generated).toBe(interpreted);
    },
  );

  it('writes each node once: a chain of touches grows the code linearly, not by the touches’ ways out', () => {
    const sourceLength = (touches: number) => {
      const nodes = [segmentTrigger(), ...Array.from({ length: touches }, (_, k) => touchNode(`touch${k}`))];
      const journey = chainOf(nodes, {
        quietHours: { start: '21:00', end: '09:00' },
        frequencyCap: { maxTouches: 3, windowDays: 7 },
      });
      const settings = {
        hasQuietHours: true,
        quietStart: 1260,
        quietEnd: 540,
        hasCap: true,
        capSize: 3,
        capWindow: 7 * 1440,
        goalOnClick: false,
        attributionMinutes: 7 * 1440,
      };
      const { walk } = compileWalk({ compiled: compileJourney(journey, uniformTestCohort(10)), settings });
      return walk.toString().length;
    };
    // every touch after the first is written inline where the one before it leaves, once
    const one = sourceLength(1);
    const perTouch = (sourceLength(4) - one) / 3;
    expect(sourceLength(8) - one).toBeLessThan(7 * perTouch * 1.1);
  });
});
