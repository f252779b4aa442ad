import { describe, expect, it } from 'vitest';
import type { CohortColumns } from '../cohort/columns.ts';
import { simulate, type SimulationHooks } from './engine.ts';
import { brokenInvariants } from './invariants.test-support.ts';
import type { SimulationResult } from './result.ts';
import { uniformTestCohort } from './cohort.test-support.ts';
import {
  chainOf,
  conditionNode,
  durationWait,
  eventWait,
  exitNode,
  journeyOf,
  segmentTrigger,
  touchNode,
  untilWait,
} from './journeys.test-support.ts';
import type { Journey } from '../journey/schema.ts';

// 2026-12-01 is a Tuesday; minute 0 is 00:00 that day in the journey's timezone.
const options = { seed: 11, startDate: '2026-12-01', horizonDays: 30 };
const DAY = 1440;
/** customers who never buy on their own and respond at the configured rates exactly */
const still = { dailyPurchaseProbability: 0, responsiveness: 1 };

function run(journey: Journey, cohort: CohortColumns, hooks: SimulationHooks = {}, horizonDays = 30) {
  const sends: { node: string; minute: number }[] = [];
  const result = simulate(
    journey,
    cohort,
    { ...options, horizonDays },
    { ...hooks, onSend: (node, _customer, minute) => sends.push({ node, minute }) },
  );
  expect(brokenInvariants(journey, result)).toEqual([]);
  // the hook makes this run interpret the journey; the generated walk must give the same result
  const generated = simulate(journey, cohort, { ...options, horizonDays }, { walk: 'generated' });
  expect(JSON.stringify(generated)).toBe(JSON.stringify(result));
  return {
    result,
    sends,
    minutes: (node: string) => [...new Set(sends.filter((s) => s.node === node).map((s) => s.minute))],
  };
}

const touchCounts = (result: SimulationResult, id: string) => result.touches[id]!;

describe('consent and frequency cap', () => {
  it('suppresses exactly the customers without consent for each channel', () => {
    const cohort = uniformTestCohort(90, still);
    // every third customer has no SMS consent (bit 0), every fifth no e-mail consent (bit 1)
    for (let i = 0; i < 90; i++)
      cohort.consent[i] = 0b111111 & ~(i % 3 === 0 ? 1 : 0) & ~(i % 5 === 0 ? 2 : 0);
    const journey = chainOf([segmentTrigger(), touchNode('sms'), touchNode('mail', undefined, 'email')]);
    const { result } = run(journey, cohort);
    expect(touchCounts(result, 'sms')).toMatchObject({
      attempted: 90,
      suppressedConsent: 30,
      delivered: 60,
      cost: 3,
    });
    expect(touchCounts(result, 'mail')).toMatchObject({
      attempted: 90,
      suppressedConsent: 18,
      delivered: 72,
    });
    expect(result.reach).toBe(90 - 6); // without both consents: i divisible by 15
  });

  it('a cap of 0 touches suppresses every send; sends never count suppressed ones', () => {
    const journey = chainOf([segmentTrigger(), touchNode('a'), touchNode('b')], {
      frequencyCap: { maxTouches: 0, windowDays: 7 },
    });
    const { result, sends } = run(journey, uniformTestCohort(10, still));
    expect(touchCounts(result, 'a')).toMatchObject({
      attempted: 10,
      suppressedFrequencyCap: 10,
      delivered: 0,
      cost: 0,
    });
    expect(sends).toEqual([]);
  });

  it('counts the cap over a rolling window across touch nodes', () => {
    const journey = chainOf(
      [
        segmentTrigger(),
        touchNode('a'),
        durationWait('w1', 3),
        touchNode('b'),
        durationWait('w2', 3),
        touchNode('c'),
      ],
      { frequencyCap: { maxTouches: 1, windowDays: 5 } },
    );
    const { result } = run(journey, uniformTestCohort(7, still));
    // a at day 0; b at day 3 is within 5 days of a; c at day 6 is 6 days after a (b was not sent)
    expect(touchCounts(result, 'b').suppressedFrequencyCap).toBe(7);
    expect(touchCounts(result, 'c').delivered).toBe(7);
  });
});

describe('quiet hours', () => {
  const quiet = { quietHours: { start: '21:00', end: '09:00' } };

  it('defers a touch due at 22:00 to 09:00 the next morning', () => {
    const journey = chainOf([segmentTrigger(), durationWait('w', 22, 'hours'), touchNode('sms')], quiet);
    const { result, minutes } = run(journey, uniformTestCohort(12, still));
    expect(touchCounts(result, 'sms')).toMatchObject({ deferredQuietHours: 12, delivered: 12 });
    expect(minutes('sms')).toEqual([DAY + 9 * 60]);
    expect(result.timeline[1]!.delivered).toBe(12);
  });

  it('sends at once outside quiet hours, and handles a window that does not cross midnight', () => {
    const daytime = chainOf([segmentTrigger(), durationWait('w', 10, 'hours'), touchNode('sms')], quiet);
    const outside = run(daytime, uniformTestCohort(5, still));
    expect(touchCounts(outside.result, 'sms').deferredQuietHours).toBe(0);
    expect(outside.minutes('sms')).toEqual([600]);
    const lunch = chainOf([segmentTrigger(), durationWait('w', 13, 'hours'), touchNode('sms')], {
      quietHours: { start: '12:00', end: '14:00' },
    });
    expect(run(lunch, uniformTestCohort(5, still)).minutes('sms')).toEqual([14 * 60]);
  });

  it('a touch deferred past the horizon is in progress at the touch, not attempted', () => {
    const journey = chainOf([segmentTrigger(), durationWait('w', 22, 'hours'), touchNode('sms')], quiet);
    const { result } = run(journey, uniformTestCohort(4, still), {}, 1);
    expect(result.nodes.sms).toMatchObject({ entered: 4, inProgress: 4 });
    expect(touchCounts(result, 'sms')).toMatchObject({ attempted: 0, deferredQuietHours: 4 });
  });
});

describe('waits', () => {
  it('waits minutes, hours and days exactly', () => {
    const journey = chainOf([
      segmentTrigger(),
      durationWait('m', 90, 'minutes'),
      touchNode('a'),
      durationWait('h', 36, 'hours'),
      touchNode('b'),
      durationWait('d', 2, 'days'),
      touchNode('c'),
    ]);
    const { minutes } = run(journey, uniformTestCohort(3, still));
    expect(minutes('a')).toEqual([90]);
    expect(minutes('b')).toEqual([90 + 36 * 60]);
    expect(minutes('c')).toEqual([90 + 36 * 60 + 2 * DAY]);
  });

  it('an until-wait goes to the next allowed weekday at that time (the same minute counts)', () => {
    const journey = chainOf([
      segmentTrigger(),
      untilWait('monday', '10:00', [1]),
      touchNode('a'),
      untilWait('again', '10:00'),
      touchNode('b'),
    ]);
    const { minutes } = run(journey, uniformTestCohort(3, still));
    // Tuesday 1 December → Monday 7 December, day 6
    expect(minutes('a')).toEqual([6 * DAY + 600]);
    expect(minutes('b')).toEqual([6 * DAY + 600]);
  });

  it('an event wait takes the timeout when the event does not come, and the event output when it does', () => {
    const journey = journeyOf(
      [segmentTrigger(), eventWait('w', 'purchase', 48), touchNode('late'), touchNode('bought')],
      [
        ['t', 'out', 'w'],
        ['w', 'timeout', 'late'],
        ['w', 'event', 'bought'],
      ],
    );
    const never = run(journey, uniformTestCohort(6, still));
    expect(never.result.nodes.w!.outputs).toEqual({ event: 0, timeout: 6 });
    expect(never.minutes('late')).toEqual([48 * 60]);
    // ~14 purchases a day: a purchase within 48 hours is certain to double precision
    const eager = run(
      journey,
      uniformTestCohort(6, { dailyPurchaseProbability: 0.999999, responsiveness: 1 }),
    );
    expect(eager.result.nodes.w!.outputs).toEqual({ event: 6, timeout: 0 });
  });

  it('a purchase during a wait exits on goal at that wait', () => {
    const journey = chainOf([segmentTrigger(), durationWait('w', 10), touchNode('after')], {
      goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true },
    });
    const { result } = run(
      journey,
      uniformTestCohort(8, { dailyPurchaseProbability: 0.999999, responsiveness: 1 }),
    );
    expect(result.nodes.w).toMatchObject({ entered: 8, goalExits: 8, outputs: { out: 0 } });
    expect(result.conversions.treated).toBe(8);
  });
});

describe('entry, horizon and loops', () => {
  it('a birthday trigger enters on the birthday shifted by offsetDays, at its time', () => {
    const birthday = (offsetDays: number) =>
      journeyOf(
        [
          {
            id: 't',
            type: 'trigger',
            label: 'birthday',
            position: { x: 0, y: 0 },
            config: { kind: 'date', field: 'birthday', offsetDays, at: '10:00' },
          },
          touchNode('sms'),
        ],
        [['t', 'out', 'sms']],
      );
    const cohort = uniformTestCohort(10, { ...still, birthday: 1205 });
    for (let i = 5; i < 10; i++) cohort.birthday[i] = 301; // 1 March: not in these 30 days
    const onTheDay = run(birthday(0), cohort);
    expect(onTheDay.result.entered).toBe(5);
    expect(onTheDay.minutes('sms')).toEqual([4 * DAY + 600]);
    expect(run(birthday(-2), cohort).minutes('sms')).toEqual([2 * DAY + 600]);
  });

  it('customers still waiting at the horizon are in progress at their node', () => {
    const journey = chainOf([segmentTrigger(), touchNode('a'), durationWait('long', 40), touchNode('never')]);
    const { result } = run(journey, uniformTestCohort(9, still));
    expect(result.nodes.long).toMatchObject({ entered: 9, inProgress: 9, outputs: { out: 0 } });
    expect(result.nodes.never!.entered).toBe(0);
  });

  it('"once" never re-enters; "after-exit" re-enters at the first midnight after exit + cooldown', () => {
    const nodes = [segmentTrigger(), touchNode('sms'), durationWait('w', 2), exitNode('x')];
    const once = run(chainOf(nodes), uniformTestCohort(4, still));
    expect(once.result.nodes.t!.entered).toBe(4);
    const again = run(
      chainOf(nodes, { reentry: { mode: 'after-exit', cooldownDays: 3 } }),
      uniformTestCohort(4, still),
    );
    // exits on days 2, 7, 12, 17, 22, 27; re-entries at 00:00 of days 5, 10, 15, 20, 25
    expect(again.minutes('sms')).toEqual([0, 5, 10, 15, 20, 25].map((d) => d * DAY));
    expect(again.result.entered).toBe(4);
    expect(again.result.nodes.t!.entered).toBe(24);
  });

  it('the loop guard stops a cycle that does not advance time, counting the customer in progress', () => {
    const everyone = { match: 'all' as const, rules: [] };
    const journey = journeyOf(
      [segmentTrigger(), conditionNode('c1', everyone), conditionNode('c2', everyone)],
      [
        ['t', 'out', 'c1'],
        ['c1', 'yes', 'c2'],
        ['c2', 'yes', 'c1'],
      ],
    );
    const guarded: string[] = [];
    const result = simulate(journey, uniformTestCohort(3, still), options, {
      onLoopGuard: (node) => guarded.push(node),
    });
    expect(guarded).toHaveLength(3);
    const stuck = result.nodes.c1!.inProgress + result.nodes.c2!.inProgress;
    expect(stuck).toBe(3);
    expect(brokenInvariants(journey, result)).toEqual([]);
  });

  it('a cycle through a wait shorter than a minute waits a minute per turn, and is stopped by the stay guard', () => {
    const journey = journeyOf(
      [segmentTrigger(), durationWait('blink', 0.000001, 'minutes'), touchNode('sms')],
      [
        ['t', 'out', 'blink'],
        ['blink', 'out', 'sms'],
        ['sms', 'out', 'blink'],
      ],
    );
    const guarded: string[] = [];
    const { result, minutes } = run(journey, uniformTestCohort(2, still), {
      onLoopGuard: (node) => guarded.push(node),
    });
    expect(minutes('sms').slice(0, 3)).toEqual([1, 2, 3]);
    expect(guarded).toHaveLength(2);
    expect(result.nodes.blink!.inProgress + result.nodes.sms!.inProgress).toBe(2);
  });
});
