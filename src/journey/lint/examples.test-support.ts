/**
 * For tests: one journey per lint code that makes it fire, each a small change to the win-back
 * example, so message tests (here and in the app's translations) see every code with real params.
 */
import type { Draft } from 'immer';
import type { Journey, JourneyEdge } from '../schema.ts';
import type { LintCode } from './codes.ts';
import { insertSplit, nodeIn, winbackWith } from './lint.test-support.ts';

function edgeIn(draft: Draft<Journey>, id: string): Draft<JourneyEdge> {
  const edge = draft.edges.find((candidate) => candidate.id === id);
  if (!edge) throw new Error(`no edge ${id} in the test journey`);
  return edge;
}

const recipes: Record<LintCode, (draft: Draft<Journey>) => void> = {
  'no-trigger': (draft) => {
    draft.nodes = draft.nodes.filter((node) => node.type !== 'trigger');
    draft.edges = draft.edges.filter((edge) => edge.source !== 'trigger');
  },
  'timezone-invalid': (draft) => {
    draft.settings.timezone = 'Mars/Olympus';
  },
  'frequency-cap-invalid': (draft) => {
    draft.settings.frequencyCap = { maxTouches: 0, windowDays: 1000 };
  },
  'quiet-hours-same-start-end': (draft) => {
    draft.settings.quietHours = { start: '22:00', end: '22:00' };
  },
  'goal-attribution-not-positive': (draft) => {
    if (draft.settings.goal) draft.settings.goal.attributionDays = 0;
  },
  'goal-attribution-long': (draft) => {
    if (draft.settings.goal) draft.settings.goal.attributionDays = 1234;
  },
  'duplicate-node-id': (draft) => {
    draft.nodes.push({ id: 'exit-end', type: 'exit', label: '', position: { x: 0, y: 900 }, config: {} });
  },
  'split-percent-sum': (draft) => insertSplit(draft, [33.3, 56.6]),
  'duplicate-variant-id': (draft) => {
    insertSplit(draft);
    const split = nodeIn(draft, 'ab');
    if (split.type === 'split') split.config.variants[1]!.id = 'a';
  },
  'touch-template-blank': (draft) => {
    const wecom = nodeIn(draft, 'wecom');
    if (wecom.type === 'touch') wecom.config.template = ' ';
  },
  'offer-percent-over-100': (draft) => {
    const sms = nodeIn(draft, 'sms');
    if (sms.type === 'touch') sms.config.offer = { type: 'percent_off', value: 120 };
  },
  'condition-no-rules': (draft) => {
    const bought = nodeIn(draft, 'bought');
    if (bought.type === 'condition') bought.config.filter = { match: 'any', rules: [] };
  },
  'rule-mismatch': (draft) => {
    const trigger = nodeIn(draft, 'trigger');
    if (trigger.type !== 'trigger' || !trigger.config.filter) return;
    trigger.config.filter.rules.push(
      { field: 'churnRisk', op: 'gt', value: 50 },
      { field: 'tier', op: 'in', value: ['gold'] },
      { field: 'tags', op: 'gt', value: 'vip' },
      { field: 'birthday', op: 'eq', value: '02-30' },
    );
  },
  'trigger-journey-fact': (draft) => {
    const trigger = nodeIn(draft, 'trigger');
    if (trigger.type === 'trigger' && trigger.config.filter) {
      trigger.config.filter.rules.push({ field: 'touchesReceived', op: 'lte', value: 2 });
    }
  },
  'unconnected-output': (draft) => {
    draft.edges = draft.edges.filter((edge) => edge.id !== 'e5');
  },
  'unreachable-node': (draft) => {
    nodeIn(draft, 'exit-end').label = '';
    draft.edges = draft.edges.filter((edge) => edge.id !== 'e6');
  },
  'cycle-without-wait': (draft) => {
    edgeIn(draft, 'e6').target = 'bought';
  },
  'loop-without-exit': (draft) => {
    edgeIn(draft, 'e4').target = 'wait2d';
    edgeIn(draft, 'e6').target = 'wait2d';
  },
  'duplicate-edge-id': (draft) => {
    edgeIn(draft, 'e6').id = 'e5';
  },
  'edge-unknown-node': (draft) => {
    edgeIn(draft, 'e6').target = 'ghost';
  },
  'edge-unknown-handle': (draft) => {
    insertSplit(draft);
    edgeIn(draft, 'e4').sourceHandle = 'maybe';
  },
  'duplicate-output-edge': (draft) => {
    draft.edges.push({ id: 'e7', source: 'bought', sourceHandle: 'no', target: 'exit-end' });
  },
  'edge-into-trigger': (draft) => {
    edgeIn(draft, 'e4').target = 'trigger';
  },
  'self-loop': (draft) => {
    draft.edges.push({ id: 'again', source: 'wait2d', sourceHandle: 'out', target: 'wait2d' });
  },
};

/** The example journey for each code; each has that lint and usually a few others. */
export const lintExamples = Object.fromEntries(
  Object.entries(recipes).map(([code, recipe]) => [code, winbackWith(recipe)]),
) as Record<LintCode, Journey>;
