// @vitest-environment jsdom
import { cleanup, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import type { Journey } from '../../journey/schema.ts';
import { mixedTestCohort } from '../../journey/templates/mixed-test-cohort.test-support.ts';
import { createInProcessSimulationClient } from '../../simulation/client-in-process.test-support.ts';
import type { SimulationClient } from '../../simulation/client.ts';
import { chainOf, exitNode, segmentTrigger, touchNode } from '../../simulation/journeys.test-support.ts';
import type { CohortLibrary } from '../../simulation/worker-handler.ts';
import type { CanvasSimulation } from '../editor-props.ts';
import { useTrace } from './use-trace.tsx';
import { cohortProblem } from '../../cohort/problems.ts';

afterEach(cleanup);

const library: CohortLibrary = {
  generateSample: (sampleId, size, seed) => ({ ...mixedTestCohort(size, seed), id: sampleId }),
  parseFile: () => ({ ok: false, problems: [cohortProblem('emptyFile', {})] }),
};
const base = chainOf([segmentTrigger('t'), touchNode('m'), exitNode('x')]);
const journey: Journey = {
  ...base,
  nodes: base.nodes.map((node) => (node.id === 'm' ? { ...node, label: 'SMS coupon' } : node)),
};

async function ranSimulation(): Promise<{ client: SimulationClient; simulation: CanvasSimulation }> {
  const client = createInProcessSimulationClient(library);
  const [result] = await client.run({
    journey,
    cohort: { kind: 'sample', sampleId: 'mixed', size: 200 },
    options: { horizonDays: 30, startDate: '2026-12-01' },
    seeds: [3],
  });
  return { client, simulation: { result: result!, stale: false } };
}

/** The editor's side of the contract: a "Show customers" figure button and the highlighted path. */
function Host(props: { client: SimulationClient; simulation: CanvasSimulation | null }) {
  const trace = useTrace(journey, props.simulation, () => props.client);
  return (
    <div>
      <button type="button" onClick={() => trace.onShowCustomers({ kind: 'node', nodeId: 'm' })}>
        figure
      </button>
      <output data-testid="path">{trace.highlightedPath.join(' > ')}</output>
      {trace.panel}
    </div>
  );
}

const words = {
  en: {
    figure: 'Customers who',
    noConsent: 'were not sent: no consent',
    reason: 'Not sent at ‘SMS coupon’: no SMS consent',
    search: 'Find a customer by id',
    find: 'Find',
    missing: 'There is no customer "nobody" in this run’s cohort.',
    tryButton: 'Try a customer',
    smsBox: 'SMS',
    traceIt: 'Trace this customer',
    sent: 'Sent ‘SMS coupon’ by SMS',
    madeUp: 'Path of a made-up customer',
    recency: 'Days since last purchase',
    recencyProblem: 'Enter a number, 0 or more, or leave it empty.',
    noRun: /Run a simulation first/,
  },
  'zh-CN': {
    figure: '客户范围',
    noConsent: '未发送：无授权',
    reason: '在 “SMS coupon” 未发送：没有短信授权',
    search: '按 ID 查找客户',
    find: '查找',
    missing: '本次模拟的客群中没有客户“nobody”。',
    tryButton: '试一位客户',
    smsBox: '短信',
    traceIt: '查看此客户的轨迹',
    sent: '已通过短信发送 “SMS coupon”',
    madeUp: '虚构客户的轨迹',
    recency: '距上次购买天数',
    recencyProblem: '请输入不小于 0 的数字，或留空。',
    noRun: /请先运行模拟/,
  },
} as const;

describe.each(['en', 'zh-CN'] as const)('Show customers and traces in %s', (locale: Locale) => {
  const said = words[locale];

  it('lists the customers suppressed for consent, traces one and highlights their path', async () => {
    const user = userEvent.setup();
    const { client, simulation } = await ranSimulation();
    const suppressed = simulation.result.touches.m!.suppressedConsent;
    render(
      <I18nProvider locale={locale}>
        <Host client={client} simulation={simulation} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'figure' }));
    // the panel takes focus, so the keyboard follows it from the canvas
    expect(document.activeElement?.tagName).toBe('H2');
    // the touch's figures, with the run's counts; the suppression figure lists its customers
    const figure = within(screen.getByRole('group', { name: said.figure })).getByRole('button', {
      name: new RegExp(said.noConsent),
    });
    expect(figure.textContent).toContain(String(suppressed));
    await user.click(figure);
    expect(figure.getAttribute('aria-pressed')).toBe('true');
    const list = await screen.findByRole('list', {
      name: locale === 'en' ? 'Customers behind the figure' : '此数字背后的客户',
    });
    const rows = within(list).getAllByRole('button');
    expect(rows).toHaveLength(Math.min(100, suppressed));
    // each row shows the key attributes; none of these customers gave SMS consent
    expect(rows[0]!.textContent).not.toMatch(locale === 'en' ? /Consents: .*SMS/ : /授权: .*短信/);
    rows[0]!.focus();
    await user.keyboard('{Enter}');
    expect(await screen.findByText(said.reason, { exact: false })).toBeTruthy();
    expect(rows[0]!.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('path').textContent).toBe('t > m > x');
    client.dispose();
  });

  it('finds a customer by id and says when there is none', async () => {
    const user = userEvent.setup();
    const { client, simulation } = await ranSimulation();
    render(
      <I18nProvider locale={locale}>
        <Host client={client} simulation={simulation} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'figure' }));
    await user.type(screen.getByLabelText(said.search), 'nobody{Enter}');
    expect((await screen.findByRole('alert')).textContent).toBe(said.missing);
    await user.clear(screen.getByLabelText(said.search));
    await user.type(screen.getByLabelText(said.search), 'c5');
    await user.click(screen.getByRole('button', { name: said.find }));
    await screen.findByRole('region', { name: locale === 'en' ? 'Events of c5' : 'c5 的事件' });
    client.dispose();
  });

  it('traces a made-up customer with the attributes the marketer set, and refuses bad ones', async () => {
    const user = userEvent.setup();
    const { client, simulation } = await ranSimulation();
    render(
      <I18nProvider locale={locale}>
        <Host client={client} simulation={simulation} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'figure' }));
    await user.click(screen.getByRole('button', { name: said.tryButton }));
    const form = screen.getByRole('form');
    await user.type(within(form).getByLabelText(said.recency), '-4');
    await user.click(within(form).getByRole('button', { name: said.traceIt }));
    expect(within(form).getByText(said.recencyProblem)).toBeTruthy();
    await user.clear(within(form).getByLabelText(said.recency));
    await user.click(within(form).getByRole('checkbox', { name: said.smsBox }));
    await user.click(within(form).getByRole('button', { name: said.traceIt }));
    expect(await screen.findByRole('heading', { name: said.madeUp })).toBeTruthy();
    expect(screen.getByText(said.sent, { exact: false })).toBeTruthy();
    client.dispose();
  });

  it('asks for a run before it can list anyone', async () => {
    const user = userEvent.setup();
    render(
      <I18nProvider locale={locale}>
        <Host client={createInProcessSimulationClient(library)} simulation={null} />
      </I18nProvider>,
    );
    await user.click(screen.getByRole('button', { name: 'figure' }));
    expect(screen.getByText(said.noRun)).toBeTruthy();
    // Escape closes the panel and gives focus back to the figure that opened it
    await user.keyboard('{Escape}');
    expect(screen.queryByText(said.noRun)).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'figure' }));
  });
});
