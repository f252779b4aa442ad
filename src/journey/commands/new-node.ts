import { channelDefaults } from '../channel-defaults.ts';
import type { JourneyNode, NodeType } from '../nodes.ts';

export interface Point {
  x: number;
  y: number;
}

/**
 * A fresh node of a type with a config that passes the schema, so a node is valid the moment it
 * lands on the canvas; lints (empty condition, blank template) then tell the marketer what is left.
 * The label comes from the caller because it is in the user's language.
 */
export function newNode(type: NodeType, id: string, label: string, position: Point): JourneyNode {
  const base = { id, label, position: { x: position.x, y: position.y } };
  switch (type) {
    case 'trigger':
      return { ...base, type, config: { kind: 'segment', filter: { match: 'all', rules: [] } } };
    case 'condition':
      return { ...base, type, config: { filter: { match: 'all', rules: [] } } };
    case 'wait':
      return { ...base, type, config: { kind: 'duration', amount: 1, unit: 'days' } };
    case 'touch': {
      const defaults = channelDefaults.sms;
      return {
        ...base,
        type,
        config: {
          channel: 'sms',
          template: '',
          costPerSend: defaults.costPerSend,
          rates: { ...defaults.rates },
        },
      };
    }
    case 'split':
      return {
        ...base,
        type,
        config: {
          variants: [
            { id: 'a', label: 'A', percent: 50 },
            { id: 'b', label: 'B', percent: 50 },
          ],
        },
      };
    case 'exit':
      return { ...base, type, config: {} };
  }
}
