import { describe, expect, it } from 'vitest';
import { applyCommand } from '../../journey/commands/index.ts';
import { newNode } from '../../journey/commands/new-node.ts';
import { journeyTemplates } from '../../journey/templates/index.ts';
import type { Journey } from '../../journey/index.ts';
import { tidyUpPositions } from './tidy-up.ts';

/** The win-back example with its branches drawn in the "wrong" order: the exit added before the touch. */
function winback(): Journey {
  const nodes = [
    newNode('trigger', 't', 'Dormant', { x: 0, y: 0 }),
    newNode('condition', 'c', 'Bought?', { x: 0, y: 0 }),
    newNode('exit', 'won', 'Won back', { x: 0, y: 0 }),
    newNode('touch', 'wecom', 'WeCom', { x: 0, y: 0 }),
    newNode('exit', 'end', 'End', { x: 0, y: 0 }),
  ];
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'w',
    name: 'w',
    settings: {
      timezone: 'UTC',
      reentry: { mode: 'once' },
      frequencyCap: null,
      quietHours: null,
      goal: null,
      holdoutPercent: 0,
    },
    nodes,
    edges: [
      { id: 'e1', source: 't', sourceHandle: 'out', target: 'c' },
      { id: 'e2', source: 'c', sourceHandle: 'yes', target: 'won' },
      { id: 'e3', source: 'c', sourceHandle: 'no', target: 'wecom' },
      { id: 'e4', source: 'wecom', sourceHandle: 'out', target: 'end' },
    ],
  };
}

describe('tidyUpPositions', () => {
  it('lays out top to bottom and keeps Yes left of No', () => {
    const positions = tidyUpPositions(winback(), new Map());
    expect(positions.t?.y).toBeLessThan(positions.c?.y ?? 0);
    expect(positions.c?.y).toBeLessThan(positions.won?.y ?? 0);
    expect(positions.won?.x).toBeLessThan(positions.wecom?.x ?? 0);
    expect(positions.wecom?.y).toBeLessThan(positions.end?.y ?? 0);
  });

  it('keeps every template branch in output order, without overlapping cards', () => {
    for (const template of journeyTemplates) {
      const journey = template.build('en');
      const positions = tidyUpPositions(journey, new Map());
      for (const node of journey.nodes) {
        if (node.type !== 'condition' && node.type !== 'split') continue;
        const handles = node.type === 'condition' ? ['yes', 'no'] : node.config.variants.map((v) => v.id);
        const xs = handles
          .map((handle) =>
            journey.edges.find((edge) => edge.source === node.id && edge.sourceHandle === handle),
          )
          .flatMap((edge) => (edge ? [positions[edge.target]?.x ?? 0] : []));
        expect(xs, `${template.id} ${node.id}`).toEqual([...xs].sort((a, b) => a - b));
      }
      const boxes = Object.values(positions);
      for (let i = 0; i < boxes.length; i += 1) {
        for (let j = i + 1; j < boxes.length; j += 1) {
          const a = boxes[i];
          const b = boxes[j];
          const overlap = a && b && Math.abs(a.x - b.x) < 220 && Math.abs(a.y - b.y) < 110;
          expect(overlap, `${template.id}: cards ${i} and ${j} overlap`).toBeFalsy();
        }
      }
    }
  });

  it('is one undoable command', () => {
    const journey = winback();
    const result = applyCommand(journey, { type: 'tidyUp', positions: tidyUpPositions(journey, new Map()) });
    expect(result.ok && result.inversePatches.length).toBeGreaterThan(0);
  });
});
