// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { journeyWith, loadFixture, renderInspector, sampleNodes } from './inspector-harness.test-support.tsx';

afterEach(cleanup);

describe('SettingsForm (nothing selected)', () => {
  it('edits name and description as one undo step per typing burst', async () => {
    const { user, latest, changes } = renderInspector(journeyWith(sampleNodes.exit), []);
    const name = screen.getByLabelText('Name');
    await user.clear(name);
    expect(screen.getByRole('alert').textContent).toBe('Required.');
    await user.type(name, 'Spring');
    await user.type(screen.getByLabelText('Description'), 'Hi');
    expect(latest.journey.name).toBe('Spring');
    expect(latest.journey.description).toBe('Hi');
    expect(new Set(changes.map((change) => change.mergeKey))).toEqual(
      new Set(['meta:name', 'meta:description']),
    );
    await user.clear(screen.getByLabelText('Description'));
    expect('description' in latest.journey).toBe(false);
  });

  it('turns settings on and off, remembering what they were', async () => {
    const winback = loadFixture('winback');
    const { user, latest } = renderInspector(winback, []);
    const cap = screen.getByRole('group', { name: 'Frequency cap' });
    const maxTouches = within(cap).getByLabelText('At most (touches)');
    await user.clear(maxTouches);
    await user.type(maxTouches, '2.5');
    expect(within(cap).getByRole('alert').textContent).toBe('Must be a whole number.');
    await user.clear(maxTouches);
    await user.type(maxTouches, '5');
    await user.click(within(cap).getByLabelText('Limit how often a customer is contacted'));
    expect(latest.journey.settings.frequencyCap).toBeNull();
    await user.click(within(cap).getByLabelText('Limit how often a customer is contacted'));
    expect(latest.journey.settings.frequencyCap).toEqual({ maxTouches: 5, windowDays: 7 });

    await user.selectOptions(
      screen.getByLabelText('Can a customer enter again?'),
      'Yes, after leaving the journey',
    );
    expect(latest.journey.settings.reentry).toEqual({ mode: 'after-exit', cooldownDays: 30 });
    const cooldown = screen.getByLabelText('Cooldown before re-entry (days)');
    await user.clear(cooldown);
    await user.type(cooldown, '400');
    expect(screen.getByRole('alert').textContent).toBe('Must be 365 or less.');

    const quiet = screen.getByRole('group', { name: 'Quiet hours' });
    fireEvent.change(within(quiet).getByLabelText('Quiet from'), { target: { value: '22:00' } });
    expect(latest.journey.settings.quietHours).toEqual({ start: '22:00', end: '09:00' });
    fireEvent.change(within(quiet).getByLabelText('Quiet until'), { target: { value: '' } });
    expect(within(quiet).getByRole('alert').textContent).toBe(
      'Must be a time written HH:MM, from 00:00 to 23:59.',
    );

    const goal = screen.getByRole('group', { name: 'Goal' });
    await user.selectOptions(within(goal).getByLabelText('Goal event'), 'first purchase');
    await user.click(within(goal).getByLabelText('Customers who reach the goal leave the journey'));
    expect(latest.journey.settings.goal).toEqual({
      event: 'first_purchase',
      attributionDays: 7,
      exitOnGoal: false,
    });

    const holdout = screen.getByLabelText('Holdout (% of entrants)');
    await user.clear(holdout);
    await user.type(holdout, '60');
    expect(screen.getAllByRole('alert').at(-1)?.textContent).toBe('Must be between 0 and 50.');
    expect(latest.journey.settings.holdoutPercent).toBe(6);
  });

  it('lists the settings lints in the user language', async () => {
    const { user } = renderInspector(journeyWith(sampleNodes.exit), [], 'zh-CN');
    const timezone = screen.getByLabelText('时区');
    await user.clear(timezone);
    await user.type(timezone, 'Mars/Base');
    expect(screen.getByText('设置待检查')).toBeTruthy();
    expect(screen.getByText(/时区“Mars\/Base”不是有效的时区名称/)).toBeTruthy();
  });
});
