// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, loadFixture, renderInspector, sampleNodes } from './inspector-harness.test-support.tsx';

afterEach(cleanup);
const winback = loadFixture('winback');

describe('Inspector', () => {
  it('shows the journey settings when nothing is selected, a note for several steps', () => {
    renderInspector(winback, []);
    expect(screen.getByRole('complementary', { name: 'Inspector' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: 'Journey' })).toBeTruthy();
    cleanup();
    renderInspector(winback, ['sms', 'wecom', 'bought']);
    expect(screen.getByRole('heading', { name: '3 steps selected' })).toBeTruthy();
    cleanup();
    renderInspector(winback, ['sms', 'wecom'], 'zh-CN');
    expect(screen.getByRole('heading', { name: '已选择 2 个步骤' })).toBeTruthy();
  });

  it('shows the selected step with its label, and an exit that has no settings', async () => {
    const { user, node, changes } = renderInspector(winback, ['exit-bought']);
    expect(
      screen.getByText('Customers who reach this step leave the journey. It has no settings.'),
    ).toBeTruthy();
    await user.type(screen.getByLabelText('Label'), '!');
    expect(node('exit-bought').label).toBe('Won back!');
    expect(changes[0]?.mergeKey).toBe('exit-bought:label');
  });

  it('connects an output to a next step from a select', async () => {
    const { user, latest } = renderInspector(winback, ['bought']);
    const yes = screen.getByLabelText('Next step after “Yes”');
    expect((yes as HTMLSelectElement).value).toBe('exit-bought');
    // neither a trigger nor the step itself is offered
    const offered = [...(yes as HTMLSelectElement).options].map((option) => option.value);
    expect(offered).not.toContain('trigger');
    expect(offered).not.toContain('bought');
    await user.selectOptions(yes, 'wecom');
    expect(
      latest.journey.edges.filter((edge) => edge.source === 'bought' && edge.sourceHandle === 'yes'),
    ).toEqual([expect.objectContaining({ target: 'wecom' })]);
    await user.selectOptions(yes, '— not connected —');
    expect(latest.journey.edges.some((edge) => edge.source === 'bought' && edge.sourceHandle === 'yes')).toBe(
      false,
    );
    expect(screen.getByText(/The "yes" output of "Bought\?" is not connected/)).toBeTruthy();
  });

  it('edits a yearly-date trigger', async () => {
    const trigger = { ...sampleNodes.trigger };
    const { user, node } = renderInspector(journeyWith(trigger, sampleNodes.exit), ['t1']);
    await user.selectOptions(screen.getByLabelText('Customers enter'), 'On a yearly date');
    await user.selectOptions(screen.getByLabelText('Date'), 'Signup anniversary');
    const offset = screen.getByLabelText('Days before (−) or after (+) the date');
    await user.clear(offset);
    await user.type(offset, '-1.5');
    expect(screen.getByRole('alert').textContent).toBe('Must be a whole number of days.');
    await user.clear(offset);
    await user.type(offset, '-3');
    expect(node('t1').config).toEqual({
      kind: 'date',
      field: 'signupAnniversary',
      offsetDays: -3,
      at: '10:00',
      filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 180 }] },
    });
  });

  it('follows the document when it changes from elsewhere (undo), dropping a half-typed value', async () => {
    const { user, replace } = renderInspector(winback, ['wait2d']);
    const amount = screen.getByLabelText<HTMLInputElement>('How long');
    await user.clear(amount);
    await user.type(amount, '5');
    await user.type(amount, 'x');
    expect(amount.value).toBe('5x');
    expect(screen.getByRole('alert')).toBeTruthy();
    replace(winback); // undo back to the original two days
    expect(amount.value).toBe('2');
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('keeps "0." while typing a decimal, though 0 reached the document', async () => {
    const { user, node } = renderInspector(winback, ['sms']);
    const conversion = screen.getByLabelText<HTMLInputElement>('Conversion rate');
    await user.clear(conversion);
    await user.type(conversion, '0.');
    expect(conversion.value).toBe('0.');
    await user.type(conversion, '05');
    expect(conversion.value).toBe('0.05');
    const touch = node('sms');
    expect(touch.type === 'touch' && touch.config.rates.conversion).toBe(0.05);
  });
});
