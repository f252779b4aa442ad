/**
 * Test support: invalid journeys that together break every schema rule and every parser and
 * migration refusal, each with the path and kind of problem it must produce. Shared by the core
 * test (every problem is described) and the i18n test (every description is worded in Chinese).
 */
import type { ProblemDetail } from './problem-detail.ts';

type Json = Record<string, unknown>;

export interface InvalidJourneyCase {
  name: string;
  /** the file's text, or its parsed value */
  input: unknown;
  /** where a problem of `kind` must be reported */
  path: string;
  kind: ProblemDetail['kind'];
}

const at = (x: number) => ({ x, y: 0 });
const rates = { delivery: 0.9, click: 0.1, conversion: 0.02 };
const filter = { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 180 }] };
const offer = { type: 'percent_off', value: 30, validHours: 48 };
const node = (id: string, type: string, config: Json) => ({
  id,
  label: id,
  position: at(0),
  type,
  config,
});
const variant = (index: number) => ({ id: `v${index}`, label: 'V', percent: 5 });

/** A small valid journey covering every node type; each case breaks one thing in a fresh copy. */
export function validJourney(): Json {
  // a deep copy: the cases change nested values, and `filter` and `rates` are shared constants
  return structuredClone({
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'corpus',
    name: 'Corpus',
    settings: {
      timezone: 'Asia/Shanghai',
      reentry: { mode: 'after-exit', cooldownDays: 30 },
      frequencyCap: { maxTouches: 3, windowDays: 7 },
      quietHours: { start: '21:00', end: '09:00' },
      goal: { event: 'purchase', attributionDays: 7, exitOnGoal: true },
      holdoutPercent: 10,
    },
    nodes: [
      node('t', 'trigger', { kind: 'segment', filter }),
      node('d', 'trigger', { kind: 'date', field: 'birthday', offsetDays: -3, at: '10:00' }),
      node('w1', 'wait', { kind: 'duration', amount: 2, unit: 'days' }),
      node('w2', 'wait', { kind: 'until', at: '09:30', weekdays: [1] }),
      node('w3', 'wait', { kind: 'event', event: 'purchase', timeoutHours: 48 }),
      node('s', 'touch', { channel: 'sms', template: 'tpl', offer, costPerSend: 0.05, rates }),
      node('c', 'condition', { filter }),
      node('ab', 'split', { variants: [variant(0), variant(1)].map((v) => ({ ...v, percent: 50 })) }),
      node('x', 'exit', {}),
    ],
    edges: [{ id: 'e1', source: 't', sourceHandle: 'out', target: 's' }],
  });
}

/** The value at a dotted path with [n] indexes, e.g. `nodes[1].config`. */
function parentOf(root: Json, path: string): [Json, string] {
  const keys = path.replace(/\[(\d+)\]/g, '.$1').split('.');
  const last = keys.pop() as string;
  let current: Json = root;
  for (const key of keys) current = current[key] as Json;
  return [current, last];
}

/** A valid journey with the value at `path` replaced (or removed, for `undefined`). */
function withValue(path: string, value: unknown): Json {
  const journey = validJourney();
  const [parent, key] = parentOf(journey, path);
  if (value === undefined) delete parent[key];
  else parent[key] = value;
  return journey;
}

const text = (length: number) => 'x'.repeat(length);
const many = <T>(count: number, make: (index: number) => T) =>
  Array.from({ length: count }, (_, i) => make(i));
const exit = (index: number) => ({
  id: `x${index}`,
  label: '',
  position: at(index),
  type: 'exit',
  config: {},
});
const edge = (index: number) => ({ id: `e${index}`, source: 't', sourceHandle: 'out', target: 'x' });
const rule = { field: 'recencyDays', op: 'gte', value: 1 };

/** [name, path to change, new value (undefined: remove it), path of the problem, kind] */
const changes: [string, string, unknown, string, ProblemDetail['kind']][] = [
  ['unknown top field', 'junk', 1, 'junk', 'unknown-field'],
  ['unknown node field', 'nodes[8].color', 'red', 'nodes[8].color', 'unknown-field'],
  ['unknown exit config field', 'nodes[8].config.a', 1, 'nodes[8].config.a', 'unknown-field'],
  ['version 0', 'schemaVersion', 0, 'schemaVersion', 'schema-version-invalid'],
  ['version as text', 'schemaVersion', 'one', 'schemaVersion', 'schema-version-invalid'],
  ['fractional version', 'schemaVersion', 1.5, 'schemaVersion', 'schema-version-invalid'],
  ['future version', 'schemaVersion', 2, 'schemaVersion', 'schema-version-newer'],
  ['empty id', 'id', '', 'id', 'required'],
  ['id with spaces', 'id', 'a b', 'id', 'format'],
  ['long id', 'id', text(65), 'id', 'max-length'],
  ['missing id', 'id', undefined, 'id', 'required'],
  ['empty name', 'name', '', 'name', 'required'],
  ['name as number', 'name', 5, 'name', 'wrong-type'],
  ['long name', 'name', text(121), 'name', 'max-length'],
  ['long description', 'description', text(2001), 'description', 'max-length'],
  ['settings missing', 'settings', undefined, 'settings', 'required'],
  ['settings as list', 'settings', [], 'settings', 'wrong-type'],
  ['empty timezone', 'settings.timezone', '', 'settings.timezone', 'rule'],
  ['long timezone', 'settings.timezone', text(65), 'settings.timezone', 'max-length'],
  ['unknown re-entry', 'settings.reentry.mode', 'twice', 'settings.reentry.mode', 'one-of'],
  ['re-entry without mode', 'settings.reentry', {}, 'settings.reentry.mode', 'one-of'],
  ['cooldown as text', 'settings.reentry.cooldownDays', 'x', 'settings.reentry.cooldownDays', 'not-a-number'],
  ['negative cooldown', 'settings.reentry.cooldownDays', -1, 'settings.reentry.cooldownDays', 'min'],
  ['cooldown over a year', 'settings.reentry.cooldownDays', 400, 'settings.reentry.cooldownDays', 'max'],
  ['no cooldown', 'settings.reentry.cooldownDays', undefined, 'settings.reentry.cooldownDays', 'required'],
  [
    'fractional cap',
    'settings.frequencyCap.maxTouches',
    1.5,
    'settings.frequencyCap.maxTouches',
    'whole-number',
  ],
  [
    'cap window text',
    'settings.frequencyCap.windowDays',
    'x',
    'settings.frequencyCap.windowDays',
    'not-a-number',
  ],
  ['cap as text', 'settings.frequencyCap', 'x', 'settings.frequencyCap', 'wrong-type'],
  ['quiet start 9am', 'settings.quietHours.start', '9am', 'settings.quietHours.start', 'format'],
  ['unknown goal event', 'settings.goal.event', 'visit', 'settings.goal.event', 'one-of'],
  ['exit on goal as text', 'settings.goal.exitOnGoal', 'yes', 'settings.goal.exitOnGoal', 'wrong-type'],
  ['holdout 60', 'settings.holdoutPercent', 60, 'settings.holdoutPercent', 'between'],
  ['negative holdout', 'settings.holdoutPercent', -1, 'settings.holdoutPercent', 'between'],
  ['nodes as text', 'nodes', 'x', 'nodes', 'wrong-type'],
  ['5001 nodes', 'nodes', many(5001, exit), 'nodes', 'rule'],
  ['10001 edges', 'edges', many(10_001, edge), 'edges', 'rule'],
  ['unknown node type', 'nodes[8].type', 'goto', 'nodes[8].type', 'one-of'],
  ['node without type', 'nodes[8].type', undefined, 'nodes[8].type', 'one-of'],
  ['long label', 'nodes[8].label', text(121), 'nodes[8].label', 'max-length'],
  ['position as text', 'nodes[8].position', 'x', 'nodes[8].position', 'wrong-type'],
  ['position x as text', 'nodes[8].position.x', 'a', 'nodes[8].position.x', 'not-a-number'],
  ['unknown trigger kind', 'nodes[0].config.kind', 'webhook', 'nodes[0].config.kind', 'one-of'],
  ['unknown date field', 'nodes[1].config.field', 'wedding', 'nodes[1].config.field', 'one-of'],
  ['fractional offset', 'nodes[1].config.offsetDays', 1.5, 'nodes[1].config.offsetDays', 'rule'],
  ['offset before a year', 'nodes[1].config.offsetDays', -400, 'nodes[1].config.offsetDays', 'min'],
  ['trigger at 25:00', 'nodes[1].config.at', '25:00', 'nodes[1].config.at', 'format'],
  ['unknown match', 'nodes[0].config.filter.match', 'most', 'nodes[0].config.filter.match', 'one-of'],
  ['51 rules', 'nodes[0].config.filter.rules', many(51, () => rule), 'nodes[0].config.filter.rules', 'rule'],
  [
    'unknown rule field',
    'nodes[6].config.filter.rules[0].field',
    'age',
    'nodes[6].config.filter.rules[0].field',
    'one-of',
  ],
  [
    'unknown rule op',
    'nodes[6].config.filter.rules[0].op',
    'like',
    'nodes[6].config.filter.rules[0].op',
    'one-of',
  ],
  [
    'rule value object',
    'nodes[6].config.filter.rules[0].value',
    {},
    'nodes[6].config.filter.rules[0].value',
    'no-accepted-form',
  ],
  ['wait of 0', 'nodes[2].config.amount', 0, 'nodes[2].config.amount', 'min'],
  ['wait over a year', 'nodes[2].config.amount', 600_000, 'nodes[2].config.amount', 'rule'],
  ['wait in weeks', 'nodes[2].config.unit', 'weeks', 'nodes[2].config.unit', 'one-of'],
  ['weekday 7', 'nodes[3].config.weekdays', [7], 'nodes[3].config.weekdays[0]', 'rule'],
  ['weekday -1', 'nodes[3].config.weekdays', [-1], 'nodes[3].config.weekdays[0]', 'rule'],
  ['no weekdays', 'nodes[3].config.weekdays', [], 'nodes[3].config.weekdays', 'rule'],
  ['fractional weekday', 'nodes[3].config.weekdays', [1.5], 'nodes[3].config.weekdays[0]', 'whole-number'],
  [
    '8 weekdays',
    'nodes[3].config.weekdays',
    [0, 1, 2, 3, 4, 5, 6, 0],
    'nodes[3].config.weekdays',
    'max-items',
  ],
  ['until without time', 'nodes[3].config.at', undefined, 'nodes[3].config.at', 'required'],
  ['timeout over a year', 'nodes[4].config.timeoutHours', 9000, 'nodes[4].config.timeoutHours', 'rule'],
  ['negative timeout', 'nodes[4].config.timeoutHours', -1, 'nodes[4].config.timeoutHours', 'min'],
  ['unknown wait event', 'nodes[4].config.event', 'visit', 'nodes[4].config.event', 'one-of'],
  ['unknown channel', 'nodes[5].config.channel', 'fax', 'nodes[5].config.channel', 'one-of'],
  ['long template', 'nodes[5].config.template', text(201), 'nodes[5].config.template', 'max-length'],
  ['long message', 'nodes[5].config.message', text(2001), 'nodes[5].config.message', 'max-length'],
  ['unknown offer', 'nodes[5].config.offer.type', 'coupon', 'nodes[5].config.offer.type', 'one-of'],
  ['negative offer', 'nodes[5].config.offer.value', -1, 'nodes[5].config.offer.value', 'min'],
  ['offer valid 0 h', 'nodes[5].config.offer.validHours', 0, 'nodes[5].config.offer.validHours', 'min'],
  ['negative cost', 'nodes[5].config.costPerSend', -1, 'nodes[5].config.costPerSend', 'min'],
  ['click rate 2', 'nodes[5].config.rates.click', 2, 'nodes[5].config.rates.click', 'between'],
  ['one variant', 'nodes[7].config.variants', [variant(0)], 'nodes[7].config.variants', 'rule'],
  ['11 variants', 'nodes[7].config.variants', many(11, variant), 'nodes[7].config.variants', 'rule'],
  [
    'empty variant label',
    'nodes[7].config.variants[0].label',
    '',
    'nodes[7].config.variants[0].label',
    'required',
  ],
  [
    'long variant label',
    'nodes[7].config.variants[0].label',
    text(61),
    'nodes[7].config.variants[0].label',
    'max-length',
  ],
  [
    'variant 101%',
    'nodes[7].config.variants[0].percent',
    101,
    'nodes[7].config.variants[0].percent',
    'between',
  ],
  ['variant id a b', 'nodes[7].config.variants[0].id', 'a b', 'nodes[7].config.variants[0].id', 'format'],
  ['edge without output', 'edges[0].sourceHandle', '', 'edges[0].sourceHandle', 'rule'],
  ['long edge output', 'edges[0].sourceHandle', text(65), 'edges[0].sourceHandle', 'max-length'],
  ['edge without id', 'edges[0].id', undefined, 'edges[0].id', 'required'],
  ['another format', 'format', 'journey-canvas-cohort', 'format', 'not-journey-canvas'],
  ['no format', 'format', undefined, 'format', 'not-journey-canvas'],
];

const fileCases: InvalidJourneyCase[] = [
  { name: 'empty file', input: '', path: '(file)', kind: 'empty-file' },
  { name: 'blank file', input: ' \n\t ', path: '(file)', kind: 'empty-file' },
  {
    name: 'not JSON',
    input: '{\n  "format": "journey-canvas",\n  oops\n}',
    path: '(file)',
    kind: 'not-json',
  },
  {
    name: 'truncated JSON',
    input: '{"format": "journey-canvas", "nodes": [',
    path: '(file)',
    kind: 'not-json',
  },
  { name: 'over 10 MB', input: `"${text(11 * 1024 * 1024)}"`, path: '(file)', kind: 'too-large' },
  { name: 'a list', input: '[1, 2]', path: '(file)', kind: 'not-an-object' },
  { name: 'null', input: 'null', path: '(file)', kind: 'not-an-object' },
];

export function invalidJourneyCases(): InvalidJourneyCase[] {
  return [
    ...fileCases,
    ...changes.map(([name, path, value, problemPath, kind]) => ({
      name,
      input: withValue(path, value),
      path: problemPath,
      kind,
    })),
  ];
}
