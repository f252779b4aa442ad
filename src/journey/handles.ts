import type { JourneyNode } from './nodes.ts';

/** The output handles (`sourceHandle` values) a node offers, in the order the canvas draws them. */
export function outputHandles(node: JourneyNode): string[] {
  switch (node.type) {
    case 'trigger':
    case 'touch':
      return ['out'];
    case 'condition':
      return ['yes', 'no'];
    case 'wait':
      return node.config.kind === 'event' ? ['event', 'timeout'] : ['out'];
    case 'split':
      return node.config.variants.map((variant) => variant.id);
    case 'exit':
      return [];
  }
}
