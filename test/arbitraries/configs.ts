import fc from 'fast-check';
import { filterFieldSpecs, filterFieldNames, type FilterFieldName } from '../../src/cohort/fields.ts';
import {
  channels,
  eventNames,
  filterOps,
  offerTypes,
  operatorsForField,
  waitUnits,
  type Filter,
  type FilterRule,
  type JourneySettings,
  type NodeType,
  type JourneyNode,
} from '../../src/journey/index.ts';

/**
 * Building blocks for journey arbitraries. `sound: true` keeps every value inside what the lints
 * accept (rules that fit their field, split percents totalling 100, a real timezone …); `false`
 * ranges over everything the schema accepts.
 */

/** Text of at most `max` UTF-16 units, the unit zod's `.max()` counts: ASCII or any code points. */
export const text = (max: number, min = 0) =>
  fc.oneof(
    fc.string({ minLength: min, maxLength: max }),
    fc.string({ unit: 'binary', minLength: min, maxLength: Math.floor(max / 2) }),
  );
export const idArbitrary = fc.stringMatching(/^[A-Za-z0-9_-]{1,16}$/);
export const finite = fc.double({ noNaN: true, noDefaultInfinity: true });
const between = (min: number, max: number) => fc.double({ min, max, noNaN: true });
const positiveUpTo = (max: number) => fc.double({ min: Number.MIN_VALUE, max, noNaN: true });
export const clockTime = fc
  .tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }))
  .map(([hours, minutes]) => `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`);

const schemaValue: fc.Arbitrary<FilterRule['value']> = fc.oneof(
  text(200),
  finite,
  fc.boolean(),
  fc.array(fc.oneof(text(200), finite), { maxLength: 5 }),
);

/** One value that fits a field of this kind (see ruleProblem in src/journey/lint/rules.ts). */
function soundScalar(field: FilterFieldName): fc.Arbitrary<string | number | boolean> {
  const spec = filterFieldSpecs[field];
  switch (spec.kind) {
    case 'number':
      return fc.double({ min: spec.min ?? -1e9, max: 'max' in spec ? spec.max : 1e9, noNaN: true });
    case 'boolean':
      return fc.boolean();
    case 'enum':
      return fc.constantFrom(...(spec.values ?? []));
    case 'text':
      return text(40);
    case 'tags':
      return fc.stringMatching(/^[a-z][a-z0-9-]{0,15}$/);
    case 'monthDay':
      return fc
        .integer({ min: 1, max: 12 })
        .chain((month) =>
          fc
            .integer({ min: 1, max: 28 })
            .map((day) => `${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`),
        );
    case 'date':
      return fc
        .date({ min: new Date('2000-01-01'), max: new Date('2030-12-31'), noInvalidDate: true })
        .map((date) => date.toISOString().slice(0, 10));
  }
}

const soundRule: fc.Arbitrary<FilterRule> = fc
  .constantFrom(...filterFieldNames)
  .chain((field) =>
    fc
      .constantFrom(...operatorsForField(field))
      .chain((op) =>
        (op === 'in' || op === 'notIn'
          ? fc
              .array(soundScalar(field), { minLength: 1, maxLength: 4 })
              .map((values) => values as (string | number)[])
          : soundScalar(field)
        ).map((value): FilterRule => ({ field, op, value })),
      ),
  );

export const filterArbitrary = (sound: boolean): fc.Arbitrary<Filter> =>
  fc.record({
    match: fc.constantFrom('all' as const, 'any' as const),
    rules: fc.array(
      sound
        ? soundRule
        : fc.record({
            field: fc.constantFrom(...filterFieldNames),
            op: fc.constantFrom(...filterOps),
            value: schemaValue,
          }),
      { maxLength: 4 },
    ),
  });

/** Integer percents with exactly `count` parts that add up to 100. */
const percentsSummingTo100 = (count: number) =>
  fc.array(fc.integer({ min: 0, max: 100 }), { minLength: count - 1, maxLength: count - 1 }).map((cuts) => {
    const sorted = [0, ...cuts.sort((a, b) => a - b), 100];
    return sorted.slice(1).map((cut, index) => cut - sorted[index]!);
  });

const splitConfig = (sound: boolean) =>
  fc.uniqueArray(idArbitrary, { minLength: 2, maxLength: 5 }).chain((ids) =>
    fc
      .tuple(
        fc.tuple(...ids.map(() => text(60, 1).filter((label) => label.length >= 1))),
        sound ? percentsSummingTo100(ids.length) : fc.tuple(...ids.map(() => between(0, 100))),
      )
      .map(([labels, percents]) => ({
        variants: ids.map((id, index) => ({ id, label: labels[index]!, percent: percents[index]! })),
      })),
  );

const touchConfig = (sound: boolean) =>
  fc.record(
    {
      channel: fc.constantFrom(...channels),
      template: sound ? fc.stringMatching(/^[a-z][a-z0-9-]{0,30}$/) : text(200),
      message: text(300),
      offer: fc.record(
        {
          type: fc.constantFrom(...offerTypes),
          value: sound ? between(0, 100) : fc.double({ min: 0, noNaN: true, noDefaultInfinity: true }),
          validHours: positiveUpTo(1e6),
        },
        { requiredKeys: ['type', 'value'] },
      ),
      costPerSend: fc.double({ min: 0, max: 1e6, noNaN: true }),
      rates: fc.record({ delivery: between(0, 1), click: between(0, 1), conversion: between(0, 1) }),
    },
    { requiredKeys: ['channel', 'template', 'costPerSend', 'rates'] },
  );

const triggerConfig = (sound: boolean) =>
  fc.oneof(
    fc.record({ kind: fc.constant('segment' as const), filter: filterArbitrary(sound) }),
    fc.record(
      {
        kind: fc.constant('event' as const),
        event: fc.constantFrom(...eventNames),
        filter: filterArbitrary(sound),
      },
      { requiredKeys: ['kind', 'event'] },
    ),
    fc.record(
      {
        kind: fc.constant('date' as const),
        field: fc.constantFrom('birthday' as const, 'signupAnniversary' as const),
        offsetDays: fc.integer({ min: -365, max: 365 }),
        at: clockTime,
        filter: filterArbitrary(sound),
      },
      { requiredKeys: ['kind', 'field', 'offsetDays', 'at'] },
    ),
  );

const waitConfig = fc.oneof(
  fc.record({
    kind: fc.constant('duration' as const),
    amount: positiveUpTo(525_600),
    unit: fc.constantFrom(...waitUnits),
  }),
  fc.record(
    {
      kind: fc.constant('until' as const),
      at: clockTime,
      weekdays: fc.uniqueArray(fc.integer({ min: 0, max: 6 }), { minLength: 1, maxLength: 7 }),
    },
    { requiredKeys: ['kind', 'at'] },
  ),
  fc.record({
    kind: fc.constant('event' as const),
    event: fc.constantFrom(...eventNames),
    timeoutHours: positiveUpTo(8760),
  }),
);

const configByType = (type: NodeType, sound: boolean): fc.Arbitrary<JourneyNode['config']> => {
  switch (type) {
    case 'trigger':
      return triggerConfig(sound);
    case 'condition':
      return fc.record({ filter: filterArbitrary(sound) });
    case 'wait':
      return waitConfig;
    case 'touch':
      return touchConfig(sound);
    case 'split':
      return splitConfig(sound);
    case 'exit':
      return fc.constant({});
  }
};

export const nodeArbitrary = (id: string, type: NodeType, sound: boolean): fc.Arbitrary<JourneyNode> =>
  fc
    .record({
      label: text(120),
      position: fc.record({ x: finite, y: finite }),
      config: configByType(type, sound),
    })
    .map(({ label, position, config }) => ({ id, label, position, type, config }) as JourneyNode);

const timezones = [
  'UTC',
  'Asia/Shanghai',
  'Europe/Berlin',
  'America/New_York',
  'Asia/Kolkata',
  'Pacific/Auckland',
];

export const settingsArbitrary = (sound: boolean): fc.Arbitrary<JourneySettings> =>
  fc.record({
    timezone: sound ? fc.constantFrom(...timezones) : text(64, 1).filter((name) => name.length >= 1),
    reentry: fc.oneof(
      fc.constant({ mode: 'once' as const }),
      fc.record({ mode: fc.constant('after-exit' as const), cooldownDays: between(0, 365) }),
    ),
    frequencyCap: fc.option(
      sound
        ? fc.record({
            maxTouches: fc.integer({ min: 1, max: 20 }),
            windowDays: fc.integer({ min: 1, max: 365 }),
          })
        : fc.record({ maxTouches: fc.integer(), windowDays: finite }),
    ),
    quietHours: fc.option(
      fc.record({ start: clockTime, end: clockTime }).filter((hours) => !sound || hours.start !== hours.end),
    ),
    goal: fc.option(
      fc.record({
        event: fc.constantFrom(...eventNames),
        attributionDays: sound ? fc.integer({ min: 1, max: 90 }) : finite,
        exitOnGoal: fc.boolean(),
      }),
    ),
    holdoutPercent: between(0, 50),
  });
