import { expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serializeJourney, type Journey } from '../../src/journey/index.ts';
import { findJourneyTemplate, type TemplateId } from '../../src/journey/templates/index.ts';
import type { SimulationResult } from '../../src/simulation/result.ts';
import { createJourneyThroughApi, openApp, openEditor, serverJourney } from './backend-helpers.ts';

/** Helpers of the Simulate panel's browser tests (simulate*.spec.ts). */

export const START_DATE = '2026-12-01';

export function screenshotPath(what: string) {
  return `/work/screens/h6-${what}.png`;
}

/** Creates a journey from a playbook through the API, opens it in the editor, returns the saved document. */
export async function openTemplateJourney(
  page: Page,
  templateId: TemplateId,
  locale: 'en' | 'zh-CN' = 'en',
): Promise<Journey> {
  await openApp(page);
  const journey = findJourneyTemplate(templateId)!.build(locale);
  const id = await createJourneyThroughApi(page, { ...journey, id: `${templateId}-${Date.now()}` });
  await openEditor(page, id);
  return (await serverJourney(page, id)).journey as unknown as Journey;
}

export const simulatePanel = (page: Page) => page.getByRole('region', { name: /^(Simulation|模拟)$/ });

export interface RunChoice {
  sample?: string;
  size?: string;
  seed?: number;
  startDate?: string;
  horizon?: number;
}

/** Opens the panel (when closed) and fills in the run settings, in English. */
export async function setUpRun(page: Page, choice: RunChoice = {}): Promise<Locator> {
  const panel = simulatePanel(page);
  if (!(await panel.isVisible())) await page.getByRole('button', { name: 'Simulate', exact: true }).click();
  await expect(panel).toBeVisible();
  if (choice.sample) await panel.getByLabel('Sample', { exact: true }).selectOption({ label: choice.sample });
  if (choice.size) await panel.getByLabel('Customers').selectOption({ label: choice.size });
  await panel.getByLabel('Start date').fill(choice.startDate ?? START_DATE);
  if (choice.horizon !== undefined) await panel.getByLabel('Horizon (days)').fill(String(choice.horizon));
  if (choice.seed !== undefined) await panel.getByLabel('Seed').fill(String(choice.seed));
  return panel;
}

/** The CLI's result for the same journey, sample, size and seed: `npm run journey -- simulate … --format json`. */
export function cliResult(
  journey: Journey,
  sample: string,
  size: number,
  seed: number,
): { result: SimulationResult; text: string } {
  const folder = mkdtempSync(join(tmpdir(), 'h6-simulate-'));
  const file = join(folder, 'journey.journey.json');
  writeFileSync(file, serializeJourney(journey));
  const output = execFileSync(
    'npx',
    [
      'tsx',
      'src/cli/main.ts',
      'simulate',
      file,
      '--cohort',
      sample,
      '--size',
      String(size),
      '--seed',
      String(seed),
      '--start',
      START_DATE,
      '--format',
      'json',
    ],
    { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 },
  );
  return { result: JSON.parse(output) as SimulationResult, text: output };
}

/** Reads what the canvas shows after a run: each node's "N entered" and every edge label's count. */
export async function canvasCounts(page: Page, journey: Journey) {
  const nodes: Record<string, number> = {};
  for (const node of journey.nodes) {
    const figures = page.locator(`.react-flow__node[data-id="${node.id}"] .jc-figures`);
    const text = (await figures.first().textContent()) ?? '';
    const match = /([\d,]+) entered/.exec(text);
    nodes[node.id] = match ? Number(match[1]!.replaceAll(',', '')) : Number.NaN;
  }
  const edgeLabels = await page.locator('.jc-edge__count').allTextContents();
  const edges = edgeLabels.map((text) => Number(text.replace(/[^\d]/g, ''))).sort((a, b) => a - b);
  return { nodes, edges };
}
