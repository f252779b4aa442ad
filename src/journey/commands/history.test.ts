import { describe, expect, it } from 'vitest';
import { serializeJourney } from '../canonical.ts';
import { JourneyDocument } from './document.ts';
import { HISTORY_LIMIT, MERGE_WINDOW_MS } from './history.ts';
import { sampleJourney } from './commands.test-support.ts';
import type { Command } from './types.ts';

const rename = (label: string): Command => ({
  type: 'updateNode',
  nodeId: 'n1',
  recipe: (node) => {
    node.label = label;
  },
});

describe('JourneyDocument history', () => {
  it('undo and redo walk every command back and forth exactly', () => {
    const document = new JourneyDocument(sampleJourney());
    const commands: Command[] = [
      { type: 'addNodeAfter', seed: { nodeType: 'touch', label: 'WeCom' }, afterNodeId: 'n2' },
      { type: 'connect', source: 'n5', sourceHandle: 'out', target: 'n3' },
      { type: 'moveNodes', positions: { n3: { x: 9, y: 9 } } },
      { type: 'duplicate', nodeIds: ['n4'], offset: { x: 40, y: 40 } },
      { type: 'deleteSelection', nodeIds: ['n2'], edgeIds: [] },
      { type: 'replaceAll', journey: { ...sampleJourney(), name: 'Imported', nodes: [], edges: [] } },
    ];
    const states = [serializeJourney(document.journey)];
    for (const command of commands) {
      expect(document.execute(command).ok).toBe(true);
      states.push(serializeJourney(document.journey));
    }
    for (let index = states.length - 2; index >= 0; index -= 1) {
      expect(document.undo()).toBe(true);
      expect(serializeJourney(document.journey)).toBe(states[index]);
    }
    expect(document.canUndo).toBe(false);
    expect(document.undo()).toBe(false);
    for (let index = 1; index < states.length; index += 1) {
      expect(document.redo()).toBe(true);
      expect(serializeJourney(document.journey)).toBe(states[index]);
    }
    expect(document.canRedo).toBe(false);
  });

  it('changes with one merge key within the window are one step', () => {
    const document = new JourneyDocument(sampleJourney());
    document.execute(rename('D'), { mergeKey: 'n1.label', now: 1000 });
    document.execute(rename('Do'), { mergeKey: 'n1.label', now: 1000 + MERGE_WINDOW_MS / 2 });
    document.execute(rename('Dor'), { mergeKey: 'n1.label', now: 1000 + MERGE_WINDOW_MS });
    expect(document.journey.nodes[0]?.label).toBe('Dor');
    document.undo();
    expect(document.journey.nodes[0]?.label).toBe('Dormant');
    expect(document.canUndo).toBe(false);
    document.redo();
    expect(document.journey.nodes[0]?.label).toBe('Dor');
  });

  it('does not merge across a pause, a different key, or no key', () => {
    const document = new JourneyDocument(sampleJourney());
    document.execute(rename('A'), { mergeKey: 'k', now: 0 });
    document.execute(rename('B'), { mergeKey: 'k', now: MERGE_WINDOW_MS + 1 });
    document.execute(rename('C'), { mergeKey: 'other', now: MERGE_WINDOW_MS + 2 });
    document.execute(rename('D'), { now: MERGE_WINDOW_MS + 3 });
    document.execute(rename('E'), { now: MERGE_WINDOW_MS + 4 });
    const labels: string[] = [];
    while (document.undo()) labels.push(document.journey.nodes[0]?.label ?? '');
    expect(labels).toEqual(['D', 'C', 'B', 'A', 'Dormant']);
  });

  it('an undone step does not merge with the next change, and a new change clears redo', () => {
    const document = new JourneyDocument(sampleJourney());
    document.execute(rename('A'), { mergeKey: 'k', now: 0 });
    document.undo();
    document.redo();
    document.execute(rename('B'), { mergeKey: 'k', now: 10 });
    document.undo();
    expect(document.journey.nodes[0]?.label).toBe('A');
    document.execute(rename('C'));
    expect(document.canRedo).toBe(false);
  });

  it('a refused command and a no-op leave the history alone', () => {
    const document = new JourneyDocument(sampleJourney());
    expect(document.execute({ type: 'connect', source: 'n2', sourceHandle: 'no', target: 'n1' }).ok).toBe(
      false,
    );
    expect(document.execute({ type: 'connect', source: 'n2', sourceHandle: 'yes', target: 'n3' }).ok).toBe(
      true,
    );
    expect(document.canUndo).toBe(false);
  });

  it('keeps at most HISTORY_LIMIT steps', () => {
    const document = new JourneyDocument(sampleJourney());
    for (let index = 0; index < HISTORY_LIMIT + 5; index += 1) document.execute(rename(`L${index}`));
    let steps = 0;
    while (document.undo()) steps += 1;
    expect(steps).toBe(HISTORY_LIMIT);
    expect(document.journey.nodes[0]?.label).toBe('L4');
  });
});
