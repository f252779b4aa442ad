// @vitest-environment jsdom
import { cleanup, fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, renderInspector, sampleNodes } from '../inspector-harness.test-support.tsx';

afterEach(cleanup);
const journey = journeyWith(sampleNodes.wait, sampleNodes.exit);

describe('WaitForm', () => {
  it('edits a duration, refusing a wait of 0 with the schema message', async () => {
    const { user, node, changes } = renderInspector(journey, ['w1']);
    const amount = screen.getByLabelText<HTMLInputElement>('How long');
    await user.clear(amount);
    await user.type(amount, '0');
    expect(screen.getByRole('alert').textContent).toBe('The wait must be more than 0.');
    await user.type(amount, '.5');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.selectOptions(screen.getByLabelText('Unit'), 'Hours');
    expect(node('w1').config).toEqual({ kind: 'duration', amount: 0.5, unit: 'hours' });
    // the typing burst shares one merge key; the unit choice is a step of its own
    expect(changes.map((change) => change.mergeKey)).toEqual(['w1:config.amount', undefined]);
  });

  it('switches to "until" with weekdays, and leaves weekdays out when none is ticked', async () => {
    const { user, node } = renderInspector(journey, ['w1']);
    await user.selectOptions(screen.getByLabelText('Wait'), 'Until a time of day');
    expect(node('w1').config).toEqual({ kind: 'until', at: '09:00' });
    fireEvent.change(screen.getByLabelText('Until (time)'), { target: { value: '18:30' } });
    await user.click(screen.getByLabelText('Friday'));
    await user.click(screen.getByLabelText('Monday'));
    expect(node('w1').config).toEqual({ kind: 'until', at: '18:30', weekdays: [1, 5] });
    await user.click(screen.getByLabelText('Friday'));
    await user.click(screen.getByLabelText('Monday'));
    expect(node('w1').config).toEqual({ kind: 'until', at: '18:30' });
  });

  it('waits for an event with a timeout', async () => {
    const { user, node } = renderInspector(journey, ['w1']);
    await user.selectOptions(screen.getByLabelText('Wait'), 'For an event, with a timeout');
    await user.selectOptions(screen.getByLabelText('Event'), 'click');
    const timeout = screen.getByLabelText('Give up after (hours)');
    await user.clear(timeout);
    await user.type(timeout, '9000');
    expect(screen.getByRole('alert').textContent).toBe('Must be at most 8760 hours (one year).');
    await user.clear(timeout);
    await user.type(timeout, '72');
    expect(node('w1').config).toEqual({ kind: 'event', event: 'click', timeoutHours: 72 });
  });

  it('words messages in Chinese', async () => {
    const { user } = renderInspector(journey, ['w1'], 'zh-CN');
    const amount = screen.getByLabelText('时长');
    await user.clear(amount);
    await user.type(amount, '-1');
    expect(screen.getByRole('alert').textContent).toBe('必须大于 0。');
  });
});
