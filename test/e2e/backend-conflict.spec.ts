import { expect, test, type Browser, type Page } from '@playwright/test';
import {
  addStep,
  createJourneyThroughApi,
  openApp,
  openEditor,
  saveStatus,
  screenshotPath,
  serverJourney,
  winbackFile,
} from './backend-helpers.ts';

/**
 * Two tabs editing one journey: the first save wins, the second gets the conflict dialog, and each
 * of its three choices keeps every edit somewhere (the server, or a copy).
 */

/** Both tabs share one browser profile, like two tabs of one user: same IndexedDB, same service worker. */
async function twoTabsInConflict(
  browser: Browser,
  id: string,
  locale: 'en' | 'zh-CN' = 'en',
): Promise<{ first: Page; second: Page }> {
  const context = await browser.newContext();
  await context.addInitScript((language) => localStorage.setItem('journey-canvas.locale', language), locale);
  const first = await context.newPage();
  await openApp(first);
  await createJourneyThroughApi(first, { ...winbackFile(), id });
  const second = await context.newPage();
  await openEditor(first, id);
  await openEditor(second, id);
  await addStep(first, 'Exit');
  await first.keyboard.press('ControlOrMeta+s');
  await expect(saveStatus(first)).toHaveText(/^(Saved |已于 .* 保存)/);
  await addStep(second, 'Wait');
  await addStep(second, 'Wait');
  await second.keyboard.press('ControlOrMeta+s');
  const title = locale === 'en' ? 'This journey was changed elsewhere' : '此旅程已在别处被修改';
  await expect(second.getByRole('dialog', { name: title })).toBeVisible();
  await expect(saveStatus(second)).toHaveText(locale === 'en' ? 'Conflict' : '有冲突');
  return { first, second };
}

const typesOf = (journey: { nodes: { type: string }[] }) => journey.nodes.map((node) => node.type);

test('conflict → keep mine as a copy: mine is a new journey, theirs stays', async ({ browser }) => {
  const { second } = await twoTabsInConflict(browser, 'conflict-copy');
  await second.screenshot({ path: screenshotPath('conflict-dialog-en') });
  await second.getByRole('button', { name: 'Keep mine as a copy' }).click();
  await expect(second.getByText('Your version was saved as “Dormant win-back (my copy)”.')).toBeVisible();
  const theirs = await serverJourney(second, 'conflict-copy');
  expect(typesOf(theirs.journey).filter((type) => type === 'exit')).toHaveLength(3);
  await second.getByRole('button', { name: 'Open the copy' }).click();
  await expect(second).toHaveURL(/#\/journeys\/conflict-copy-2$/);
  const copy = await serverJourney(second, 'conflict-copy-2');
  expect(typesOf(copy.journey).filter((type) => type === 'wait')).toHaveLength(3);
});

test('conflict → take theirs: the editor shows their version and saves on from it', async ({ browser }) => {
  const { second } = await twoTabsInConflict(browser, 'conflict-theirs');
  await second.getByRole('button', { name: 'Take theirs' }).click();
  await expect(second.getByRole('dialog')).toHaveCount(0);
  await addStep(second, 'Touch');
  await second.keyboard.press('ControlOrMeta+s');
  await expect(saveStatus(second)).toHaveText(/^Saved /);
  const saved = await serverJourney(second, 'conflict-theirs');
  expect(typesOf(saved.journey).filter((type) => type === 'exit')).toHaveLength(3);
  expect(typesOf(saved.journey).filter((type) => type === 'touch')).toHaveLength(3);
});

test('conflict → overwrite: my version replaces theirs', async ({ browser }) => {
  const { second } = await twoTabsInConflict(browser, 'conflict-overwrite');
  await second.getByRole('button', { name: 'Overwrite with mine' }).click();
  await expect(saveStatus(second)).toHaveText(/^Saved /);
  const saved = await serverJourney(second, 'conflict-overwrite');
  expect(typesOf(saved.journey).filter((type) => type === 'wait')).toHaveLength(3);
  expect(typesOf(saved.journey).filter((type) => type === 'exit')).toHaveLength(2);
});

test('the conflict dialog speaks Chinese, and "take theirs" works there too', async ({ browser }) => {
  const { second } = await twoTabsInConflict(browser, 'conflict-zh', 'zh-CN');
  await second.screenshot({ path: screenshotPath('conflict-dialog-zh') });
  await second.getByRole('button', { name: '采用对方的版本' }).click();
  await expect(second.getByRole('dialog')).toHaveCount(0);
  await expect(saveStatus(second)).toHaveText(/^已/);
  const saved = await serverJourney(second, 'conflict-zh');
  expect(typesOf(saved.journey).filter((type) => type === 'exit')).toHaveLength(3);
});
