import { afterEach, describe, expect, it, vi } from 'vitest';
import { generateSampleCohort } from '../cohort/index.ts';
import { journeyTemplates } from '../journey/templates/index.ts';
import { simulate } from './engine.ts';

// a page whose Content-Security-Policy has no 'unsafe-eval': `new Function` throws EvalError
vi.mock('./js-source.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('./js-source.ts')>()),
  functionFromSource: () => {
    throw new EvalError("Refused to evaluate a string as JavaScript because 'unsafe-eval' is not allowed");
  },
}));

afterEach(() => vi.restoreAllMocks());

describe('the generated walk where generated code is forbidden', () => {
  it('falls back to interpreting the journey, says so once per run, and gives the same result', () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const template = journeyTemplates[0]!;
    const cohort = generateSampleCohort(template.cohortId, { size: 2_000, seed: 4 });
    const options = { seed: 3, startDate: '2026-12-01', horizonDays: 30 };
    const asked = simulate(template.build('en'), cohort, options, { walk: 'generated' });
    expect(warn).toHaveBeenCalledTimes(1);
    expect(String(warn.mock.calls[0]![0])).toMatch(/does not allow generated code/);
    const interpreted = simulate(template.build('en'), cohort, options, { walk: 'interpreted' });
    expect(JSON.stringify(asked)).toBe(JSON.stringify(interpreted));
  });
});
