// @vitest-environment jsdom
import { cleanup, configure, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { generateSampleCohort } from '../../cohort/samples/generate.ts';
import type { Journey } from '../../journey/schema.ts';
import { findJourneyTemplate } from '../../journey/templates/index.ts';
import { createInProcessSimulationClient } from '../../simulation/client-in-process.test-support.ts';
import { simulate } from '../../simulation/engine.ts';
import type { CanvasSimulation } from '../editor-props.ts';
import { useSimulation } from './use-simulation.tsx';

// jsdom draws no canvas: the chart module is replaced by a recorder of what it was asked to draw.
const plots = vi.hoisted(() => [] as { data: number[][] }[]);
vi.mock('uplot', () => ({
  default: class {
    width = 0;
    constructor(_options: unknown, data: number[][]) {
      plots.push({ data });
    }
    setSize() {}
    destroy() {}
  },
}));
vi.mock('uplot/dist/uPlot.min.css', () => ({}));
vi.stubGlobal(
  'ResizeObserver',
  class {
    observe() {}
    disconnect() {}
  },
);

// runs happen in-process on a shared, loaded machine: give them more than the default second
configure({ asyncUtilTimeout: 10_000 });

const template = findJourneyTemplate('dormant-winback')!;
const START = '2026-12-01';
let seen: CanvasSimulation | null = null;
let setJourney: (journey: Journey) => void = () => {};
let runOnFirstOpen = false;

function Host({ initial }: { initial: Journey }) {
  const [journey, set] = useState(initial);
  setJourney = set;
  const { toolbarButton, panel, simulation } = useSimulation(journey, {
    preferredCohortId: template.cohortId,
    runOnFirstOpen,
    createClient: () => createInProcessSimulationClient(),
  });
  // what the host last committed (renders inside a transition may be thrown away)
  useEffect(() => {
    seen = simulation;
  });
  return (
    <div>
      {toolbarButton}
      {panel}
    </div>
  );
}

function renderHost(locale: Locale = 'en') {
  const journey = template.build('en');
  render(
    <I18nProvider locale={locale}>
      <Host initial={journey} />
    </I18nProvider>,
  );
  return { journey, user: userEvent.setup() };
}

async function openAndSetUp(user: ReturnType<typeof userEvent.setup>, seed = 7) {
  await user.click(screen.getByRole('button', { name: 'Simulate' }));
  const startDate = screen.getByLabelText('Start date');
  await user.clear(startDate);
  await user.type(startDate, START);
  const seedInput = screen.getByLabelText('Seed');
  await user.clear(seedInput);
  await user.type(seedInput, String(seed));
  await user.selectOptions(screen.getByLabelText('Customers'), '1000');
}

const figure = (key: string) => document.querySelector(`[data-figure="${key}"]`) as HTMLElement;
const figureValue = (key: string) => figure(key).querySelector('.simulate-figure-value')!.textContent;

beforeEach(() => {
  seen = null;
  runOnFirstOpen = false;
  plots.length = 0;
});
afterEach(cleanup);

describe('useSimulation', () => {
  it('with runOnFirstOpen, one click on Simulate runs on the preselected cohort, and only the first time', async () => {
    runOnFirstOpen = true;
    const { user } = renderHost();
    const simulateButton = screen.getByRole('button', { name: 'Simulate' });
    await user.click(simulateButton);
    await waitFor(() => expect(seen).not.toBeNull());
    const first = seen!.result;
    expect(first.cohort.id).toBe(template.cohortId);
    await user.click(simulateButton);
    await user.click(simulateButton);
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(seen!.result).toBe(first);
  });

  it('without runOnFirstOpen, opening the panel runs nothing', async () => {
    const { user } = renderHost();
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    expect(screen.queryByRole('progressbar')).toBeNull();
    expect(seen).toBeNull();
  });

  it('runs the journey in the worker client and shows what simulate() computes for the same inputs', async () => {
    const { journey, user } = renderHost();
    await openAndSetUp(user);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen).not.toBeNull());

    const cohort = generateSampleCohort(template.cohortId, {
      size: 1000,
      seed: 7,
      startDate: START,
    });
    const expected = simulate(journey, cohort, { seed: 7, horizonDays: 30, startDate: START });
    expect(seen!.result).toEqual(expected);
    expect(seen!.stale).toBe(false);
    expect(figureValue('entered')).toBe(expected.entered.toLocaleString('en'));
    expect(figureValue('reach')).toBe(expected.reach.toLocaleString('en'));
    const touches = screen.getByRole('table', { name: 'By touch' });
    expect(within(touches).getAllByRole('row')).toHaveLength(1 + Object.keys(expected.touches).length);
    await waitFor(() => expect(plots).toHaveLength(1));
    expect(plots[0]!.data[1]).toEqual(expected.timeline.map((day) => day.delivered));
  });

  it('marks the overlay stale after an edit, but not after moving a node', async () => {
    const { journey, user } = renderHost();
    await openAndSetUp(user);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen).not.toBeNull());

    const moved = { ...journey, nodes: journey.nodes.map((node) => ({ ...node, position: { x: 1, y: 2 } })) };
    setJourney(moved);
    await waitFor(() => expect(seen!.stale).toBe(false));
    expect(screen.queryByText('Out of date')).toBeNull();

    setJourney({ ...moved, settings: { ...moved.settings, holdoutPercent: 20 } });
    await waitFor(() => expect(seen!.stale).toBe(true));
    expect(screen.getByText('Out of date')).toBeTruthy();
    expect(screen.getByText(/The journey changed since this run/)).toBeTruthy();
  });

  it('compares a new run with the previous one, figure by figure', async () => {
    const { user } = renderHost();
    await openAndSetUp(user, 1);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen?.result.seed).toBe(1));
    const first = seen!.result;
    const seedInput = screen.getByLabelText('Seed');
    await user.clear(seedInput);
    await user.type(seedInput, '2');
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen?.result.seed).toBe(2));
    const second = seen!.result;

    expect(screen.getByText('Changes are against the previous run (seed 1).')).toBeTruthy();
    const change = second.reach - first.reach;
    const changeText = figure('reach').querySelector('.simulate-figure-change')!.textContent;
    const expected =
      change === 0 ? 'no change' : new Intl.NumberFormat('en', { signDisplay: 'exceptZero' }).format(change);
    expect(changeText).toContain(expected);
    // every figure shows its change, or what it was when it had no value in one run
    expect(document.querySelectorAll('.simulate-figure-change')).toHaveLength(10);

    await user.click(screen.getByRole('button', { name: 'Stop comparing' }));
    expect(figure('entered').querySelector('.simulate-figure-change')).toBeNull();
  });

  it('runs 20 seeds and draws each figure’s mean and 90% interval as a range', async () => {
    const { user } = renderHost();
    await openAndSetUp(user, 3);
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen).not.toBeNull());
    await user.click(screen.getByRole('button', { name: 'Run 20 seeds' }));
    await waitFor(() => expect(screen.getByText('Over 20 seeds: mean and 90% interval')).toBeTruthy(), {
      timeout: 20_000,
    });
    const range = within(figure('reach')).getByRole('img');
    expect(range.getAttribute('aria-label')).toMatch(/^mean [\d,.]+, 90% between [\d,.]+ and [\d,.]+$/);
    const [low, high] = range
      .getAttribute('aria-label')!
      .match(/between ([\d,.]+) and ([\d,.]+)/)!
      .slice(1)
      .map((text) => Number(text.replaceAll(',', '')));
    expect(low).toBeLessThan(high!);
  });

  it('words a cohort file’s bad rows in Chinese in the Chinese UI', async () => {
    const { user } = renderHost('zh-CN');
    await user.click(screen.getByRole('button', { name: '模拟' }));
    await user.click(screen.getByRole('radio', { name: '我自己的文件' }));
    const rows = ['id,recencyDays', 'c1,200', 'c2,-5'];
    await user.upload(
      screen.getByLabelText('客群文件（CSV 或 JSON）'),
      new File([rows.join('\n')], 'bad.csv'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('第 3 行，recencyDays 列：必须是大于或等于 0 的数字');
  });

  it('lists the bad rows of a cohort file and imports nothing, then simulates a good file', async () => {
    const { user } = renderHost();
    await user.click(screen.getByRole('button', { name: 'Simulate' }));
    await user.click(screen.getByRole('radio', { name: 'My own file' }));
    expect(screen.getByText('Your file is read in this browser only. It is never uploaded.')).toBeTruthy();
    const header = 'id,lifecycleStage,tier,recencyDays,frequency,monetary,consentSms';
    const bad = [
      header,
      'c1,dormant,mass,200,2,300,true',
      'c2,sleepy,mass,200,2,300,true',
      'c3,dormant,mass,-5,2,300,true',
    ];
    await user.upload(
      screen.getByLabelText('Cohort file (CSV or JSON)'),
      new File([bad.join('\n')], 'bad.csv'),
    );
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('bad.csv was not imported: 2 problems.');
    expect(alert.textContent).toMatch(/Row 3, column lifecycleStage/);
    expect(alert.textContent).toMatch(/Row 4, column recencyDays/);
    expect(alert.textContent).toContain('Nothing was imported.');
    expect(screen.getByRole('button', { name: 'Run' })).toHaveProperty('disabled', true);

    // the form is locked while a file is parsed; it unlocks once the refusal is shown
    await waitFor(() =>
      // :disabled also covers the disabled fieldset around the input
      expect(screen.getByLabelText('Cohort file (CSV or JSON)').matches(':disabled')).toBe(false),
    );
    const good = [header, ...Array.from({ length: 300 }, (_, i) => `c${i},dormant,mass,200,2,300,true`)];
    await user.upload(
      screen.getByLabelText('Cohort file (CSV or JSON)'),
      new File([good.join('\n')], 'good.csv'),
    );
    await screen.findByText('good.csv: 300 customers ready.');
    expect(screen.queryByRole('alert')).toBeNull();
    await user.click(screen.getByRole('button', { name: 'Run' }));
    await waitFor(() => expect(seen?.result.cohort).toEqual({ id: 'good', size: 300 }));
  });

  it('speaks Chinese, with figures formatted for the locale and money in CNY by default', async () => {
    renderHost('zh-CN');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: '模拟' }));
    await user.selectOptions(screen.getByLabelText('客户数'), '1000');
    await user.click(screen.getByRole('button', { name: '运行' }));
    await waitFor(() => expect(seen).not.toBeNull());
    expect(within(figure('cost')).getByText('成本')).toBeTruthy();
    expect(figureValue('cost')).toMatch(/^¥/);
    expect(screen.getByRole('table', { name: '按触达节点' })).toBeTruthy();
    await user.click(screen.getByRole('radio', { name: '我自己的文件' }));
    expect(screen.getByText('文件只在本浏览器中读取，绝不会上传。')).toBeTruthy();
  });
});
