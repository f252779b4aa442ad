import { describe, expect, it } from 'vitest';
import { parseJourney } from '../parse.ts';
import { serializeJourney } from '../canonical.ts';
import { pasteOffset, selectionAsJourney } from './clipboard.ts';
import { nextId, nextIds } from './ids.ts';
import { sampleJourney } from './commands.test-support.ts';

describe('clipboard', () => {
  it('the selection is a valid journey holding only the chosen nodes and the edges between them', () => {
    const copied = selectionAsJourney(sampleJourney(), ['n2', 'n3', 'n4']);
    expect(copied.nodes.map((node) => node.id)).toEqual(['n2', 'n3', 'n4']);
    expect(copied.edges.map((edge) => edge.id)).toEqual(['e2']);
    const parsed = parseJourney(serializeJourney(copied));
    expect(parsed.ok).toBe(true);
  });

  it('pasteOffset moves the top-left of the pasted nodes to the target', () => {
    const nodes = sampleJourney().nodes;
    expect(pasteOffset(nodes, { x: 1000, y: 1000 })).toEqual({ x: 1130, y: 1000 });
    expect(pasteOffset([], { x: 5, y: 5 })).toEqual({ x: 0, y: 0 });
  });
});

describe('ids', () => {
  it('nextId is one past the largest numbered id and skips taken ones', () => {
    expect(nextId('n', ['n1', 'n7', 'start'])).toBe('n8');
    expect(nextId('e', [])).toBe('e1');
    expect(nextIds('n', ['n2'], 3)).toEqual(['n3', 'n4', 'n5']);
  });
});
