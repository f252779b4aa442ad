import type { Journey } from '../schema.ts';
import { settings } from '../templates/builders.ts';
import { newNode } from './new-node.ts';

/** trigger n1 → condition n2 (yes → exit n3, no → nothing), and a touch n4 on its own. */
export function sampleJourney(): Journey {
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'sample',
    name: 'Sample',
    settings: settings(),
    nodes: [
      newNode('trigger', 'n1', 'Dormant', { x: 0, y: 0 }),
      newNode('condition', 'n2', 'Bought?', { x: 0, y: 150 }),
      newNode('exit', 'n3', 'End', { x: -130, y: 300 }),
      newNode('touch', 'n4', 'SMS', { x: 300, y: 0 }),
    ],
    edges: [
      { id: 'e1', source: 'n1', sourceHandle: 'out', target: 'n2' },
      { id: 'e2', source: 'n2', sourceHandle: 'yes', target: 'n3' },
    ],
  };
}

export function emptyJourney(): Journey {
  return { ...sampleJourney(), nodes: [], edges: [] };
}
