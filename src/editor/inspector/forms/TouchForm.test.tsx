// @vitest-environment jsdom
import { cleanup, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { channelDefaults } from '../../../journey/index.ts';
import { loadFixture, renderInspector } from '../inspector-harness.test-support.tsx';

afterEach(cleanup);
const winback = loadFixture('winback');

describe('TouchForm', () => {
  it('fills the default cost and rates when a channel is chosen', async () => {
    const { user, node } = renderInspector(winback, ['sms']);
    await user.selectOptions(screen.getByLabelText('Channel'), 'WeCom');
    const touch = node('sms');
    if (touch.type !== 'touch') throw new Error('not a touch');
    expect(touch.config.channel).toBe('wecom');
    expect(touch.config.costPerSend).toBe(channelDefaults.wecom.costPerSend);
    expect(touch.config.rates).toEqual(channelDefaults.wecom.rates);
    expect(screen.getByLabelText<HTMLInputElement>('Cost per send (¥)').value).toBe(
      String(channelDefaults.wecom.costPerSend),
    );
    expect(screen.getByText('Filled in the typical cost and rates of WeCom.')).toBeTruthy();
  });

  it('keeps a half-typed invalid rate in the field with its message, out of the document', async () => {
    const { user, node, changes } = renderInspector(winback, ['sms']);
    const click = screen.getByLabelText<HTMLInputElement>('Click rate');
    await user.clear(click);
    await user.type(click, '1.5');
    expect(click.value).toBe('1.5');
    expect(screen.getByRole('alert').textContent).toBe('Must be between 0 and 1.');
    expect(click.getAttribute('aria-invalid')).toBe('true');
    const touch = node('sms');
    if (touch.type !== 'touch') throw new Error('not a touch');
    // "1" and "1." were valid on the way and reached the document; "1.5" did not
    expect(touch.config.rates.click).toBe(1);
    expect(changes.every((change) => change.mergeKey === 'sms:config.rates.click')).toBe(true);
    await user.clear(click);
    await user.type(click, '0.07');
    expect(screen.queryByRole('alert')).toBeNull();
    const after = node('sms');
    if (after.type !== 'touch') throw new Error('not a touch');
    expect(after.config.rates.click).toBe(0.07);
  });

  it('says a required number is required and a word is not a number', async () => {
    const { user } = renderInspector(winback, ['sms']);
    const cost = screen.getByLabelText<HTMLInputElement>('Cost per send (¥)');
    await user.clear(cost);
    expect(screen.getByRole('alert').textContent).toBe('Required.');
    await user.type(cost, 'abc');
    expect(screen.getByRole('alert').textContent).toBe('Must be a number.');
  });

  it('adds, edits and removes an offer', async () => {
    const { user, node } = renderInspector(winback, ['wecom']);
    await user.selectOptions(screen.getByLabelText('Offer type'), 'Bonus points');
    let touch = node('wecom');
    if (touch.type !== 'touch') throw new Error('not a touch');
    expect(touch.config.offer).toEqual({ type: 'points', value: 100 });
    const validity = screen.getByLabelText<HTMLInputElement>('Valid for (hours, optional)');
    await user.type(validity, '72');
    touch = node('wecom');
    if (touch.type !== 'touch') throw new Error('not a touch');
    expect(touch.config.offer).toEqual({ type: 'points', value: 100, validHours: 72 });
    await user.clear(validity);
    touch = node('wecom');
    if (touch.type !== 'touch') throw new Error('not a touch');
    expect(touch.config.offer).toEqual({ type: 'points', value: 100 });
    await user.selectOptions(screen.getByLabelText('Offer type'), 'No offer');
    touch = node('wecom');
    if (touch.type !== 'touch') throw new Error('not a touch');
    expect(touch.config.offer).toBeUndefined();
  });

  it('speaks Chinese, messages included', async () => {
    const { user } = renderInspector(winback, ['sms'], 'zh-CN');
    expect(screen.getByLabelText<HTMLSelectElement>('渠道').value).toBe('sms');
    const delivery = screen.getByLabelText<HTMLInputElement>('送达率');
    await user.clear(delivery);
    await user.type(delivery, '2');
    expect(screen.getByRole('alert').textContent).toBe('必须在 0 到 1 之间。');
  });
});
