import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintCodes } from './codes.ts';
import { current } from 'immer';
import { hasLintErrors, lintJourney } from './index.ts';
import { sortLints } from './order.ts';
import type { Lint } from './types.ts';
import { insertSplit, lintsOf, nodeIn, winback, winbackWith } from './lint.test-support.ts';

describe('lintJourney', () => {
  it('finds nothing wrong with the win-back example', () => {
    expect(lintsOf(winback())).toEqual([]);
  });

  it('finds nothing wrong with a well-formed split', () => {
    expect(lintsOf(winbackWith((draft) => insertSplit(draft, [33.3, 66.7])))).toEqual([]);
  });

  it('orders lints journey-wide first, then by node order, then by edge order, by code within a place', () => {
    const journey = winbackWith((draft) => {
      draft.settings.timezone = 'Mars/Olympus';
      const wecom = nodeIn(draft, 'wecom');
      if (wecom.type === 'touch') wecom.config.template = ' ';
      draft.edges = draft.edges.filter((edge) => edge.id !== 'e6'); // wecom's output left open, "End" unreachable
      draft.edges.push({ id: 'e9', source: 'bought', sourceHandle: 'yes', target: 'trigger' });
    });
    const places = lintsOf(journey).map((lint) => [lint.code, lint.nodeId ?? lint.edgeId ?? '(journey)']);
    expect(places).toEqual([
      ['timezone-invalid', '(journey)'],
      ['touch-template-blank', 'wecom'],
      ['unconnected-output', 'wecom'],
      ['unreachable-node', 'exit-end'],
      ['duplicate-output-edge', 'e9'],
      ['edge-into-trigger', 'e9'],
    ]);
  });

  it('gives the same lints in the same order every time', () => {
    const journey = winbackWith((draft) => {
      draft.settings.quietHours = { start: '10:00', end: '10:00' };
      draft.edges.push({ id: 'loop', source: 'wecom', sourceHandle: 'out', target: 'bought' });
    });
    expect(lintJourney(journey)).toEqual(lintJourney(journey));
    expect(lintJourney(journey).length).toBeGreaterThan(0);
  });

  it('keeps lints found at one place in the order they were found when their codes are equal', () => {
    const journey = winback();
    const first: Lint = {
      severity: 'error',
      code: 'frequency-cap-invalid',
      message: 'first',
      params: { problem: 'max-touches', maxTouches: 0 },
    };
    const second = { ...first, message: 'second' };
    expect(sortLints(journey, [second, first]).map((lint) => lint.message)).toEqual(['second', 'first']);
  });
});

describe('the lint catalogue', () => {
  const documentation = readFileSync(new URL('../../../docs/journey-format.md', import.meta.url), 'utf8');

  it.each(Object.entries(lintCodes))('documents %s with its severity %s', (code, severity) => {
    const cells = documentation
      .split('\n')
      .map((line) => line.split('|').map((cell) => cell.trim()))
      .find((row) => row[1] === `\`${code}\``);
    expect(cells, `docs/journey-format.md has no table row for ${code}`).toBeDefined();
    expect(cells?.[2]).toBe(severity);
  });

  it('uses kebab-case codes', () => {
    for (const code of Object.keys(lintCodes)) expect(code).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });
});

describe('hasLintErrors', () => {
  it('is true only when some lint is an error', () => {
    expect(hasLintErrors(lintJourney(winback()))).toBe(false);
    const warningsOnly = winbackWith((draft) => {
      draft.settings.goal = { event: 'purchase', attributionDays: 120, exitOnGoal: true };
    });
    expect(lintJourney(warningsOnly).length).toBeGreaterThan(0);
    expect(hasLintErrors(lintJourney(warningsOnly))).toBe(false);
    const withError = winbackWith((draft) => {
      draft.settings.timezone = 'Nowhere/Atall';
    });
    expect(hasLintErrors(lintJourney(withError))).toBe(true);
  });
});

describe('a journey of the largest allowed size', () => {
  it('lints 5000 nodes in a chain with a loop back through waits, without overflowing the stack', () => {
    const journey = winbackWith((draft) => {
      const wait = nodeIn(draft, 'wait2d');
      const template = nodeIn(draft, 'wecom');
      draft.nodes = [nodeIn(draft, 'trigger')];
      draft.edges = [];
      for (let index = 0; index < 4999; index++) {
        const step = structuredClone(index % 2 === 0 ? current(wait) : current(template));
        step.id = `step-${index}`;
        step.label = `Step ${index}`;
        draft.nodes.push(step);
        const previous = index === 0 ? 'trigger' : `step-${index - 1}`;
        draft.edges.push({ id: `edge-${index}`, source: previous, sourceHandle: 'out', target: step.id });
      }
      draft.edges.push({ id: 'back', source: 'step-4998', sourceHandle: 'out', target: 'step-0' });
    });
    const started = performance.now();
    const lints = lintJourney(journey);
    const elapsed = performance.now() - started;
    // The chain loops back through waits and never leaves: one closed loop, nothing else.
    expect(lints.map((lint) => lint.code)).toEqual(['loop-without-exit']);
    console.info(`lintJourney on 5000 nodes / 5000 edges: ${elapsed.toFixed(1)} ms`);
  });
});
