import { describe, expect, it } from 'vitest';
import { journeyTemplates } from '../../journey/templates/index.ts';
import { fillIn } from './fill-in.ts';
import { PREVIEW_NODE_HEIGHT, PREVIEW_NODE_WIDTH, previewGeometry } from './preview-geometry.ts';

describe('previewGeometry', () => {
  const journey = journeyTemplates[0]!.build('en');

  it('frames every node inside the view box', () => {
    const [left, top, width, height] = previewGeometry(journey).viewBox.split(' ').map(Number) as [
      number,
      number,
      number,
      number,
    ];
    for (const node of journey.nodes) {
      expect(node.position.x).toBeGreaterThan(left);
      expect(node.position.y).toBeGreaterThan(top);
      expect(node.position.x + PREVIEW_NODE_WIDTH).toBeLessThan(left + width);
      expect(node.position.y + PREVIEW_NODE_HEIGHT).toBeLessThan(top + height);
    }
  });

  it('runs an edge from the bottom middle of its source to the top middle of its target', () => {
    const edge = journey.edges[0]!;
    const source = journey.nodes.find((node) => node.id === edge.source)!.position;
    const target = journey.nodes.find((node) => node.id === edge.target)!.position;
    const path = previewGeometry(journey).edgePaths.find((candidate) => candidate.id === edge.id)!;
    expect(
      path.d.startsWith(`M${source.x + PREVIEW_NODE_WIDTH / 2} ${source.y + PREVIEW_NODE_HEIGHT} `),
    ).toBe(true);
    expect(path.d.endsWith(` ${target.x + PREVIEW_NODE_WIDTH / 2} ${target.y}`)).toBe(true);
  });

  it('leaves out an edge whose end does not exist instead of drawing it to nowhere', () => {
    const broken = {
      ...journey,
      edges: [{ id: 'dangling', source: 'dormant', sourceHandle: 'out', target: 'gone' }],
    };
    expect(previewGeometry(broken).edgePaths).toEqual([]);
  });

  it('draws an empty journey as an empty frame', () => {
    const empty = previewGeometry({ ...journey, nodes: [], edges: [] });
    expect(empty.nodes).toEqual([]);
    expect(empty.viewBox).toBe(`0 0 ${PREVIEW_NODE_WIDTH} ${PREVIEW_NODE_HEIGHT}`);
  });
});

describe('fillIn', () => {
  it('fills every slot and refuses a slot without a value', () => {
    expect(fillIn('Use playbook: {title} ({count})', { title: 'Cart', count: 7 })).toBe(
      'Use playbook: Cart (7)',
    );
    expect(() => fillIn('{missing}', {})).toThrow('No value for "{missing}"');
  });
});
