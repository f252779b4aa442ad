import { expect, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';

/** Helpers of the editor-page browser tests (backend-*.spec.ts, templates*.spec.ts). */

export const winbackFile = (): Record<string, unknown> =>
  JSON.parse(readFileSync('test/fixtures/valid/winback.journey.json', 'utf8')) as Record<string, unknown>;

export interface ApiAnswer {
  status: number;
  body: Record<string, unknown>;
}

/** A request of the page itself, so the embedded backend's service worker answers it. */
export async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return page.evaluate(
    async ({ method, path, body, headers }): Promise<ApiAnswer> => {
      const response = await fetch(path, {
        method,
        headers: { 'Content-Type': 'application/json', ...headers },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      return { status: response.status, body: (await response.json()) as Record<string, unknown> };
    },
    { method, path, body, headers },
  );
}

/** Opens the app and waits until the embedded backend's service worker controls the page. */
export async function openApp(page: Page, search = '', hash = '#/') {
  await page.goto(`/${search}${hash}`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  // The app renders only once the embedded backend has started (src/main.tsx): then msw answers.
  await page.locator('.jc-app').waitFor();
}

/** Creates a journey through the API (faults off) and returns its id. */
export async function createJourneyThroughApi(page: Page, journey: Record<string, unknown>): Promise<string> {
  const created = await api(page, 'POST', '/api/journeys', { source: 'copy', journey });
  expect(created.status).toBe(201);
  return String(created.body.id);
}

export async function serverJourney(page: Page, id: string) {
  const read = await api(page, 'GET', `/api/journeys/${id}`);
  expect(read.status).toBe(200);
  return read.body as { revision: number; journey: { name: string; nodes: { id: string; type: string }[] } };
}

/** Opens the editor on a journey and waits until it shows the journey and says it is saved. */
export async function openEditor(page: Page, id: string, search = '') {
  await openApp(page, search, `#/journeys/${id}`);
  await expect(saveStatus(page)).toBeVisible();
}

export const saveStatus = (page: Page) => page.getByRole('status', { name: /^(Save status|保存状态)$/ });

/** An edit through the real editor: the palette adds a step (after the selected one, or at the centre). */
export async function addStep(page: Page, type: 'Wait' | 'Exit' | 'Touch' = 'Wait') {
  const chinese = { Wait: '等待', Exit: '退出', Touch: '触达' }[type];
  await page.getByRole('button', { name: new RegExp(`^(${type}|${chinese})$`) }).click();
}

export function screenshotPath(what: string) {
  return `/work/screens/h5-${what}.png`;
}
