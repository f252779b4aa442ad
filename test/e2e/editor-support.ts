import { expect, type Locator, type Page } from '@playwright/test';

/** Shared steps of the editor's browser tests: open the app, make a journey, find cards and handles. */

export async function openApp(page: Page, locale: 'en' | 'zh-CN' = 'en') {
  await page.setViewportSize({ width: 1440, height: 960 });
  await page.addInitScript((value) => localStorage.setItem('journey-canvas.locale', value), locale);
  await page.goto('/');
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
}

/** Creates a journey through the embedded backend; returns its id. */
export async function createJourney(page: Page, journey?: unknown): Promise<string> {
  const body = journey ? { source: 'import', journey } : { source: 'blank', name: 'E2E journey' };
  const created = await page.evaluate(async (request) => {
    const response = await fetch('/api/journeys', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(request),
    });
    return { status: response.status, body: (await response.json()) as { id: string } };
  }, body);
  expect(created.status).toBe(201);
  return created.body.id;
}

/** Creates a journey and opens it in the editor; returns its id. */
export async function openNewJourney(page: Page, journey?: unknown): Promise<string> {
  const id = await createJourney(page, journey);
  await page.goto(`/#/journeys/${id}`);
  await expect(page.locator('.react-flow__pane')).toBeVisible();
  return id;
}

export function card(page: Page, label: string): Locator {
  return page
    .locator('.react-flow__node')
    .filter({ has: page.locator('.jc-card__label', { hasText: label }) });
}

export function cards(page: Page): Locator {
  return page.locator('.react-flow__node');
}

export function edges(page: Page): Locator {
  return page.locator('.react-flow__edge');
}

/** Drags from an output handle of one card onto another card. */
export async function connect(page: Page, from: Locator, output: string, to: Locator) {
  const handle = from.locator(`.react-flow__handle.source[data-handleid="${output}"]`);
  const start = await handle.boundingBox();
  const end = await to.boundingBox();
  if (!start || !end) throw new Error('handle or card not on screen');
  await page.mouse.move(start.x + start.width / 2, start.y + start.height / 2);
  await page.mouse.down();
  await page.mouse.move(end.x + end.width / 2, end.y + end.height / 3, { steps: 8 });
  await page.mouse.up();
}

/** Drags a palette item onto the canvas at a point relative to the canvas's top-left. */
export async function dragStep(page: Page, name: string, at: { x: number; y: number }) {
  const pane = page.locator('.react-flow__pane');
  await page.getByRole('button', { name, exact: true }).dragTo(pane, { targetPosition: at });
}

/** A card's position on the canvas (flow coordinates, independent of zoom and pan). */
export async function flowPosition(node: Locator): Promise<string> {
  return node.evaluate((element) => (element as HTMLElement).style.transform);
}
