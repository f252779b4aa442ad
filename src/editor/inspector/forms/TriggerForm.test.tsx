// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, renderInspector, sampleNodes } from '../inspector-harness.test-support.tsx';

afterEach(cleanup);
const journey = journeyWith(sampleNodes.trigger, sampleNodes.exit);

describe('TriggerForm', () => {
  it('turns a segment trigger into an event trigger and back, keeping its audience', async () => {
    const { user, node } = renderInspector(journey, ['t1']);
    expect(screen.getByRole('group', { name: 'Who enters' })).toBeTruthy();
    await user.selectOptions(screen.getByLabelText('Customers enter'), 'When an event happens');
    await user.selectOptions(screen.getByLabelText('Event'), 'order_unpaid');
    expect(screen.getByRole('group', { name: 'Only customers who match (optional)' })).toBeTruthy();
    expect(node('t1').config).toEqual({
      kind: 'event',
      event: 'order_unpaid',
      filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 180 }] },
    });
    await user.selectOptions(screen.getByLabelText('Customers enter'), 'From a segment, at the start');
    expect(node('t1').config).toEqual(sampleNodes.trigger.config);
  });

  it('gives an event trigger a filter only once it has a rule', async () => {
    const bare = { ...sampleNodes.trigger, config: { kind: 'event', event: 'signup' } } as const;
    const { user, node } = renderInspector(journeyWith(bare), ['t1']);
    expect(screen.getByText('No rules: every customer matches.')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Add rule' }));
    expect(node('t1').config).toEqual({
      kind: 'event',
      event: 'signup',
      filter: { match: 'all', rules: [{ field: 'lifecycleStage', op: 'eq', value: 'new' }] },
    });
  });

  it('speaks Chinese', () => {
    renderInspector(journey, ['t1'], 'zh-CN');
    expect(screen.getByLabelText<HTMLSelectElement>('客户进入方式').selectedOptions[0]?.textContent).toBe(
      '旅程开始时，符合客群条件的客户',
    );
    const rule = screen.getByRole('group', { name: '规则 1' });
    expect(within(rule).getByLabelText<HTMLSelectElement>('运算符').selectedOptions[0]?.textContent).toBe(
      '不小于',
    );
  });
});
