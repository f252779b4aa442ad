import type { NodeType } from '../../journey/index.ts';

/**
 * The colour of each step type, on its card, its palette item and the minimap (glyphs: NodeIcon.tsx).
 */
export const nodeKinds: Record<NodeType, { colour: string }> = {
  trigger: { colour: '#2563eb' },
  condition: { colour: '#b45309' },
  wait: { colour: '#6d28d9' },
  touch: { colour: '#047857' },
  split: { colour: '#be185d' },
  exit: { colour: '#4b5563' },
};

export const paletteOrder: readonly NodeType[] = ['trigger', 'condition', 'wait', 'touch', 'split', 'exit'];
