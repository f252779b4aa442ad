import { expect, test, type Page } from '@playwright/test';

/**
 * The embedded backend in real Chromium: msw's service worker answering /api/* from IndexedDB.
 * Needs the app to start it (src/main.tsx, when VITE_API_BASE_URL is unset) and the journeys page
 * to be the app's home page.
 */

async function api(
  page: Page,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  return page.evaluate(
    async ({ method, path, body, headers }) => {
      try {
        const response = await fetch(path, {
          method,
          headers: { 'Content-Type': 'application/json', ...headers },
          ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        });
        return { status: response.status, body: (await response.json()) as Record<string, unknown> };
      } catch (error) {
        return { status: 0, body: { error: String(error) } };
      }
    },
    { method, path, body, headers },
  );
}

/** Opens the app and waits until the embedded backend's service worker answers for the page. */
async function openApp(page: Page, search = '') {
  await page.goto(`/${search}`);
  await page.waitForFunction(() => navigator.serviceWorker?.controller != null);
  await expect(page.getByRole('heading', { name: 'Journeys' })).toBeVisible();
}

test('journeys survive a reload: the mock database lives in IndexedDB', async ({ page }) => {
  await openApp(page);
  const created = await api(page, 'POST', '/api/journeys', { source: 'blank', name: 'Kept across reloads' });
  expect(created.status).toBe(201);
  const id = String(created.body.id);
  const saved = await api(
    page,
    'PUT',
    `/api/journeys/${id}`,
    { journey: { ...(created.body.journey as object), description: 'edited' } },
    { 'If-Match': '"r1"' },
  );
  expect(saved.status).toBe(200);

  await page.reload();
  await openApp(page);
  const read = await api(page, 'GET', `/api/journeys/${id}`);
  expect(read.status).toBe(200);
  expect(read.body).toMatchObject({ revision: 2, journey: { description: 'edited' } });
  await expect(page.getByRole('button', { name: 'Open Kept across reloads' })).toBeVisible();
});

test('?faults=1 fails every save; reads still work', async ({ page }) => {
  test.setTimeout(90_000);
  await openApp(page);
  const created = await api(page, 'POST', '/api/journeys', { source: 'blank', name: 'Under fire' });
  await openApp(page, '?faults=1');
  const statuses = new Set<number>();
  for (let attempt = 0; attempt < 6; attempt += 1) {
    const saved = await api(
      page,
      'PUT',
      `/api/journeys/${String(created.body.id)}`,
      { journey: created.body.journey },
      { 'If-Match': '"r1"' },
    );
    statuses.add(saved.status);
  }
  expect([...statuses].every((status) => status === 0 || status === 500 || status === 409)).toBe(true);
  expect((await api(page, 'GET', '/api/journeys')).status).toBe(200);
  // A lost answer may have saved one of those PUTs: save against whatever revision is there now.
  await openApp(page, '?faults=0');
  const id = String(created.body.id);
  const current = await api(page, 'GET', `/api/journeys/${id}`);
  const etag = `"r${String(current.body.revision)}"`;
  expect(
    (await api(page, 'PUT', `/api/journeys/${id}`, { journey: created.body.journey }, { 'If-Match': etag }))
      .status,
  ).toBe(200);
});

test('the journeys page: new, delete with undo, all kept after a reload', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'New journey' }).click();
  // "New journey" offers the playbooks first; the blank card asks for a name.
  await page
    .getByRole('dialog', { name: 'New journey' })
    .getByRole('button', { name: 'Start blank' })
    .click();
  const dialog = page.getByRole('dialog', { name: 'New journey' });
  await dialog.getByRole('textbox', { name: 'Name' }).fill('Reactivate sleepers');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(dialog).toHaveCount(0);
  await expect(page).toHaveURL(/#\/journeys\/journey-/);
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Open Reactivate sleepers' })).toBeVisible();

  await page.getByRole('button', { name: 'Delete Reactivate sleepers' }).click();
  await expect(page.getByRole('button', { name: 'Open Reactivate sleepers' })).toHaveCount(0);
  await page.getByRole('status').getByRole('button', { name: 'Undo' }).click();
  await expect(page.getByRole('button', { name: 'Open Reactivate sleepers' })).toBeVisible();

  await page.reload();
  await openApp(page);
  await expect(page.getByRole('button', { name: 'Open Reactivate sleepers' })).toBeVisible();
});
