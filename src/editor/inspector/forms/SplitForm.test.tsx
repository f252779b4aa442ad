// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, renderInspector, sampleNodes } from '../inspector-harness.test-support.tsx';
import { evenPercents, nextVariant } from './split-variants.ts';

afterEach(cleanup);
const journey = journeyWith(sampleNodes.split, sampleNodes.exit);

describe('SplitForm', () => {
  it('adds a variant, splits evenly and shows the total', async () => {
    const { user, node } = renderInspector(journey, ['s1']);
    expect(screen.getByText('Total: 100%')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add variant' }));
    expect(screen.getByText('Total: 100%')).toBeTruthy();
    expect(screen.getAllByRole('group', { name: /^Variant \d+$/ })).toHaveLength(3);
    await user.click(screen.getByRole('button', { name: 'Split evenly' }));
    const split = node('s1');
    if (split.type !== 'split') throw new Error('not a split');
    expect(split.config.variants).toEqual([
      { id: 'a', label: 'A', percent: 33.34 },
      { id: 'b', label: 'B', percent: 33.33 },
      { id: 'c', label: 'C', percent: 33.33 },
    ]);
  });

  it('edits labels and percents, and flags a total other than 100', async () => {
    const { user, node } = renderInspector(journey, ['s1']);
    const second = screen.getByRole('group', { name: 'Variant 2' });
    const label = within(second).getByLabelText('Label');
    await user.clear(label);
    expect(within(second).getByRole('alert').textContent).toBe('Required.');
    await user.type(label, 'Control');
    const percent = within(second).getByLabelText('Percent');
    await user.clear(percent);
    await user.type(percent, '40');
    expect(screen.getByText('Total: 90%').className).toContain('insp-note--warning');
    expect(screen.getByText(/add up to 90%, not 100%/)).toBeTruthy();
    const split = node('s1');
    if (split.type !== 'split') throw new Error('not a split');
    expect(split.config.variants[1]).toEqual({ id: 'b', label: 'Control', percent: 40 });
  });

  it('keeps at least two variants', async () => {
    const { user, node } = renderInspector(journey, ['s1']);
    expect(screen.getByRole<HTMLButtonElement>('button', { name: 'Remove variant A' }).disabled).toBe(true);
    await user.click(screen.getByRole('button', { name: 'Add variant' }));
    await user.click(screen.getByRole('button', { name: 'Remove variant A' }));
    const split = node('s1');
    if (split.type !== 'split') throw new Error('not a split');
    expect(split.config.variants.map((variant) => variant.id)).toEqual(['b', 'c']);
  });
});

describe('split variant helpers', () => {
  it('shares 100 evenly in hundredths', () => {
    for (let count = 2; count <= 10; count += 1) {
      const percents = evenPercents(count);
      expect(percents).toHaveLength(count);
      expect(Math.round(percents.reduce((sum, value) => sum + value, 0) * 100)).toBe(10_000);
    }
    expect(evenPercents(3)).toEqual([33.34, 33.33, 33.33]);
  });

  it('names a new variant by the next free letter', () => {
    expect(
      nextVariant([
        { id: 'a', label: 'A', percent: 50 },
        { id: 'c', label: 'C', percent: 50 },
      ]),
    ).toEqual({
      id: 'b',
      label: 'B',
      percent: 0,
    });
  });
});
