// @vitest-environment jsdom
import { cleanup, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, renderInspector, sampleNodes } from '../inspector-harness.test-support.tsx';

afterEach(cleanup);
const journey = journeyWith(sampleNodes.trigger, sampleNodes.condition, sampleNodes.exit);

const rule = (index: number) => screen.getByRole('group', { name: `Rule ${index}` });
const optionLabels = (select: HTMLElement) =>
  within(select)
    .getAllByRole('option')
    .map((option) => option.textContent);

describe('FilterBuilder', () => {
  it('offers only the operators and the value control that fit the field', async () => {
    const { user, node } = renderInspector(journey, ['c1']);
    const row = rule(1);
    // a boolean journey fact: is / is not, and a yes/no select
    expect(optionLabels(within(row).getByLabelText('Operator'))).toEqual(['is', 'is not']);
    expect(optionLabels(within(row).getByLabelText('Value'))).toEqual(['yes', 'no']);

    await user.selectOptions(within(row).getByLabelText('Field'), 'Tier');
    expect(optionLabels(within(rule(1)).getByLabelText('Operator'))).toEqual([
      'is',
      'is not',
      'is one of',
      'is not one of',
    ]);
    expect(optionLabels(within(rule(1)).getByLabelText('Value'))).toEqual([
      'VIP',
      'growth',
      'mass',
      'at risk',
    ]);
    expect(node('c1').config).toEqual({
      filter: { match: 'all', rules: [{ field: 'tier', op: 'eq', value: 'vip' }] },
    });

    // a list operator turns the select into tick boxes
    await user.selectOptions(within(rule(1)).getByLabelText('Operator'), 'is one of');
    const values = within(rule(1)).getByRole('group', { name: 'Values' });
    await user.click(within(values).getByLabelText('growth'));
    expect(node('c1').config).toEqual({
      filter: { match: 'all', rules: [{ field: 'tier', op: 'in', value: ['vip', 'growth'] }] },
    });

    await user.selectOptions(within(rule(1)).getByLabelText('Field'), 'Tags');
    expect(optionLabels(within(rule(1)).getByLabelText('Operator'))).toEqual([
      'has tag',
      'does not have tag',
    ]);

    await user.selectOptions(within(rule(1)).getByLabelText('Field'), 'Signup date');
    expect(optionLabels(within(rule(1)).getByLabelText('Operator'))).toEqual([
      'is',
      'is not',
      'after',
      'on or after',
      'before',
      'on or before',
    ]);
    expect(within(rule(1)).getByLabelText('Value').getAttribute('type')).toBe('date');
  });

  it('keeps a number that does not fit in the field with a message', async () => {
    const { user, node } = renderInspector(journey, ['c1']);
    await user.selectOptions(within(rule(1)).getByLabelText('Field'), 'Churn risk');
    const value = within(rule(1)).getByLabelText<HTMLInputElement>('Value');
    await user.clear(value);
    await user.type(value, '1.5');
    expect(value.value).toBe('1.5');
    expect(within(rule(1)).getByRole('alert').textContent).toMatch(/churnRisk/);
    await user.clear(value);
    await user.type(value, 'x');
    expect(within(rule(1)).getByRole('alert').textContent).toBe('“x” is not a number.');
    await user.clear(value);
    await user.type(value, '0.4');
    expect(node('c1').config).toEqual({
      filter: { match: 'all', rules: [{ field: 'churnRisk', op: 'eq', value: 0.4 }] },
    });
  });

  it('reads a typed list of numbers for "is one of"', async () => {
    const { user, node } = renderInspector(journey, ['c1']);
    await user.selectOptions(within(rule(1)).getByLabelText('Field'), 'Points');
    await user.selectOptions(within(rule(1)).getByLabelText('Operator'), 'is one of');
    const values = within(rule(1)).getByLabelText<HTMLInputElement>('Values');
    await user.clear(values);
    await user.type(values, '100, 200，300');
    expect(node('c1').config).toEqual({
      filter: { match: 'all', rules: [{ field: 'points', op: 'in', value: [100, 200, 300] }] },
    });
    expect(values.value).toBe('100, 200，300');
  });

  it('adds and removes rules and switches match, from the keyboard', async () => {
    const { user, node } = renderInspector(journey, ['c1']);
    screen.getByRole('button', { name: 'Add rule' }).focus();
    await user.keyboard('{Enter}');
    expect(screen.getAllByRole('group', { name: /^Rule \d$/ })).toHaveLength(2);
    await user.selectOptions(screen.getByLabelText('Match'), 'Any rule');
    screen.getByRole('button', { name: 'Remove rule 1' }).focus();
    await user.keyboard('{Enter}');
    expect(node('c1').config).toEqual({
      filter: { match: 'any', rules: [{ field: 'lifecycleStage', op: 'eq', value: 'new' }] },
    });
    await user.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    expect(screen.getByText('No rules: no customer matches.')).toBeTruthy();
  });

  it('does not offer journey facts in a trigger, and drops an emptied optional filter', async () => {
    const { user, node } = renderInspector(journey, ['t1']);
    const fields = optionLabels(within(rule(1)).getByLabelText('Field'));
    expect(fields).toContain('Recency');
    expect(fields).not.toContain('Bought since entry');
    await user.selectOptions(screen.getByLabelText('Customers enter'), 'When an event happens');
    expect(node('t1').config).toEqual({
      kind: 'event',
      event: 'cart_abandoned',
      filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 180 }] },
    });
    await user.click(screen.getByRole('button', { name: 'Remove rule 1' }));
    expect(node('t1').config).toEqual({ kind: 'event', event: 'cart_abandoned' });
  });

  it('speaks Chinese', () => {
    renderInspector(journey, ['c1'], 'zh-CN');
    const row = screen.getByRole('group', { name: '规则 1' });
    expect(optionLabels(within(row).getByLabelText('运算符'))).toEqual(['是', '不是']);
    expect(within(row).getByLabelText<HTMLSelectElement>('字段').selectedOptions[0]?.textContent).toBe(
      '进入后已购买',
    );
  });
});
