/**
 * Test journeys for the lint tests: the win-back example, which must lint clean, changed by small
 * immer recipes so each test shows exactly what makes a lint fire.
 */
import { produce, type Draft } from 'immer';
import winbackFile from '../../../test/fixtures/valid/winback.journey.json';
import type { JourneyNode } from '../nodes.ts';
import { parseJourney } from '../parse.ts';
import type { Journey } from '../schema.ts';
import { lintCodes, type LintCode } from './codes.ts';
import { lintJourney } from './index.ts';
import type { Lint } from './types.ts';

export function winback(): Journey {
  const parsed = parseJourney(winbackFile);
  if (!parsed.ok) throw new Error(`winback fixture is invalid: ${JSON.stringify(parsed.problems)}`);
  return parsed.journey;
}

export function winbackWith(recipe: (draft: Draft<Journey>) => void): Journey {
  return produce(winback(), recipe);
}

/** Lints of a journey, checked against the code catalogue so no test passes with an undocumented code. */
export function lintsOf(journey: Journey): Lint[] {
  const lints = lintJourney(journey);
  for (const lint of lints) {
    const severity = (lintCodes as Record<string, string>)[lint.code];
    if (severity !== lint.severity) {
      throw new Error(
        `lint ${lint.code} has severity ${lint.severity}; the catalogue says ${String(severity)}`,
      );
    }
  }
  return lints;
}

export function lintsWithCode(journey: Journey, code: LintCode): Lint[] {
  return lintsOf(journey).filter((lint) => lint.code === code);
}

export function nodeIn(draft: Draft<Journey>, id: string): Draft<JourneyNode> {
  const node = draft.nodes.find((candidate) => candidate.id === id);
  if (!node) throw new Error(`no node ${id} in the test journey`);
  return node;
}

/** Puts an A/B split between the SMS and the wait: sms → split → (a: wait2d, b: exit-end). */
export function insertSplit(draft: Draft<Journey>, percents: [number, number] = [50, 50]): void {
  draft.nodes.push({
    id: 'ab',
    type: 'split',
    label: 'A/B test',
    position: { x: 0, y: 200 },
    config: {
      variants: [
        { id: 'a', label: 'Wait first', percent: percents[0] },
        { id: 'b', label: 'Stop', percent: percents[1] },
      ],
    },
  });
  const smsOut = draft.edges.find((edge) => edge.source === 'sms');
  if (!smsOut) throw new Error('no edge from sms in the test journey');
  smsOut.target = 'ab';
  draft.edges.push(
    { id: 'ab-a', source: 'ab', sourceHandle: 'a', target: 'wait2d' },
    { id: 'ab-b', source: 'ab', sourceHandle: 'b', target: 'exit-end' },
  );
}
