import type { NodeType } from '../../journey/index.ts';

/**
 * How each step type looks: a colour (also used by the minimap) and a small glyph. The glyph is
 * decoration only; the type is always named in words beside it.
 */
export const nodeKinds: Record<NodeType, { colour: string; icon: string }> = {
  trigger: { colour: '#2563eb', icon: '⚡' },
  condition: { colour: '#b45309', icon: '◆' },
  wait: { colour: '#6d28d9', icon: '⏱' },
  touch: { colour: '#047857', icon: '✉' },
  split: { colour: '#be185d', icon: '⑂' },
  exit: { colour: '#4b5563', icon: '■' },
};

export const paletteOrder: readonly NodeType[] = ['trigger', 'condition', 'wait', 'touch', 'split', 'exit'];
