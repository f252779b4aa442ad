// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { cleanup, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { readFileSync } from 'node:fs';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../../mocks/node.ts';
import { createMemoryStore } from '../../../mocks/db/memory-store.ts';
import { apiBaseUrl } from '../../api/client.ts';
import { createJourney } from '../../api/create-journey.ts';
import { publishJourney } from '../../api/publish-journey.ts';
import { createQueryClient } from '../../api/query-client.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { findJourneyTemplate } from '../../journey/templates/index.ts';
import { preferredCohortOf } from '../editor-route/preferred-cohort.ts';
import { JourneysPage } from './JourneysPage.tsx';

const { server, backend } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  backend.context.store = createMemoryStore();
});
afterAll(() => server.close());

const winbackText = readFileSync('test/fixtures/valid/winback.journey.json', 'utf8');

function renderPage(locale: Locale = 'en') {
  const onOpen = vi.fn<(id: string) => void>();
  const queryClient = createQueryClient({ baseMs: 1, maxMs: 2 });
  render(
    <QueryClientProvider client={queryClient}>
      <I18nProvider locale={locale}>
        <JourneysPage onOpen={onOpen} />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { onOpen, user: userEvent.setup() };
}

const rowNames = () =>
  within(screen.getByRole('table', { name: 'Journeys' }))
    .getAllByRole('rowheader')
    .map((cell) => cell.textContent);

describe('JourneysPage', () => {
  it('lists journeys with their status and last edit, and opens one', async () => {
    const winback = await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    await publishJourney({ id: winback.id });
    await createJourney({ source: 'blank', name: 'Birthday gift' });
    const { onOpen, user } = renderPage();
    await waitFor(() => expect(rowNames()).toEqual(['Birthday gift', 'Dormant win-back']));
    const winbackRow = screen
      .getByRole('button', { name: 'Open Dormant win-back' })
      .closest('tr') as HTMLElement;
    expect(within(winbackRow).getByText('Published v1')).toBeTruthy();
    expect(within(winbackRow).getByText('now')).toBeTruthy();
    await user.click(screen.getByRole('button', { name: 'Open Dormant win-back' }));
    expect(onOpen).toHaveBeenCalledWith('winback-2026q4');
  });

  it('searches by name and filters by status', async () => {
    await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    await publishJourney({ id: 'winback-2026q4' });
    await createJourney({ source: 'blank', name: 'Birthday gift' });
    const { user } = renderPage();
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    await user.type(screen.getByRole('searchbox', { name: 'Search by name' }), 'birth');
    await waitFor(() => expect(rowNames()).toEqual(['Birthday gift']));
    await user.selectOptions(screen.getByRole('combobox', { name: 'Status' }), 'published');
    await waitFor(() => expect(screen.getByText('No journey matches this search.')).toBeTruthy());
    await user.clear(screen.getByRole('searchbox', { name: 'Search by name' }));
    await waitFor(() => expect(rowNames()).toEqual(['Dormant win-back']));
  });

  it('creates a named blank journey and opens it', async () => {
    const { onOpen, user } = renderPage();
    await screen.findByText('No journeys yet. Create one or import a file.');
    await user.click(screen.getByRole('button', { name: 'New journey' }));
    await user.click(
      within(screen.getByRole('dialog', { name: 'New journey' })).getByRole('button', {
        name: 'Start blank',
      }),
    );
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    const name = within(dialog).getByRole('textbox', { name: 'Name' });
    await user.clear(name);
    await user.type(name, 'Spring campaign');
    await user.click(within(dialog).getByRole('button', { name: 'Create' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const list = await (await fetch(`${apiBaseUrl()}/api/journeys`)).json();
    expect(list.journeys).toMatchObject([
      { id: onOpen.mock.calls[0]?.[0], name: 'Spring campaign', status: 'draft' },
    ]);
  });

  it('opens on the playbook gallery on a first visit; a playbook becomes a journey in the user language', async () => {
    const { onOpen, user } = renderPage('zh-CN');
    const gallery = await screen.findByRole('region', { name: '从营销剧本开始' });
    await user.click(within(gallery).getByRole('button', { name: /加购未支付挽回/ }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    const id = onOpen.mock.calls[0]?.[0] ?? '';
    const record = await (await fetch(`${apiBaseUrl()}/api/journeys/${id}`)).json();
    const template = findJourneyTemplate('cart-abandoned');
    expect(record.journey).toEqual({ ...template?.build('zh-CN'), id });
    expect(preferredCohortOf(id)).toBe(template?.cohortId);
  });

  it('hides the first-visit gallery once there is a journey, and offers it again on New journey', async () => {
    await createJourney({ source: 'blank', name: 'Existing' });
    const { onOpen, user } = renderPage();
    await screen.findByRole('button', { name: 'Open Existing' });
    expect(screen.queryByRole('region', { name: 'Start from a playbook' })).toBeNull();
    await user.click(screen.getByRole('button', { name: 'New journey' }));
    const dialog = screen.getByRole('dialog', { name: 'New journey' });
    await user.click(within(dialog).getByRole('button', { name: 'Use playbook: Birthday double points' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledTimes(1));
    await waitFor(() => expect(rowNames()).toHaveLength(2));
    expect(screen.queryByRole('dialog')).toBeNull();
  });

  it('imports a valid file and opens it; refuses an invalid one listing every problem', async () => {
    const { onOpen, user } = renderPage();
    const input = screen.getByTestId('journey-import-input') as HTMLInputElement;
    await user.upload(input, new File([winbackText], 'winback.journey.json', { type: 'application/json' }));
    await waitFor(() => expect(onOpen).toHaveBeenCalledWith('winback-2026q4'));

    const broken = JSON.stringify({ ...JSON.parse(winbackText), name: '', holdout: 3 });
    await user.upload(input, new File([broken], 'broken.journey.json', { type: 'application/json' }));
    const dialog = await screen.findByRole('dialog', { name: 'This file cannot be imported' });
    expect(
      within(dialog).getByText('broken.journey.json has 2 problem(s). Nothing was imported.'),
    ).toBeTruthy();
    expect(within(dialog).getByText('name')).toBeTruthy();
    expect(within(dialog).getByText('holdout')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).toBeNull();
    expect(onOpen).toHaveBeenCalledTimes(1);
  });

  it('duplicates a journey', async () => {
    await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Dormant win-back' }));
    await waitFor(() => expect(rowNames()).toContain('Dormant win-back (copy)'));
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Open Dormant win-back (copy)' })).toHaveProperty(
        'disabled',
        false,
      ),
    );
  });

  it('shows the copy at once and takes it away again when the server keeps failing', async () => {
    await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    let attempts = 0;
    server.use(
      http.post(`${apiBaseUrl()}/api/journeys/:id/duplicate`, () => {
        attempts += 1;
        return HttpResponse.json({ code: 'server-error', message: 'down' }, { status: 500 });
      }),
    );
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Duplicate Dormant win-back' }));
    expect(rowNames()).toContain('Dormant win-back (copy) Saving…');
    expect(await screen.findByText('That did not work: the server failed. Please try again.')).toBeTruthy();
    expect(rowNames()).toEqual(['Dormant win-back']);
    expect(attempts).toBe(5);
  });

  it('deletes with an Undo that restores the journey', async () => {
    await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    await createJourney({ source: 'blank', name: 'Keep me' });
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete Dormant win-back' }));
    await waitFor(() => expect(rowNames()).toEqual(['Keep me']));
    const toast = await screen.findByText('“Dormant win-back” moved to the trash.');
    await user.click(within(toast.parentElement as HTMLElement).getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(rowNames()).toEqual(['Keep me', 'Dormant win-back']));
    expect(await screen.findByText('“Dormant win-back” is back.')).toBeTruthy();
  });

  it('puts a row back when the server refuses the delete, and says why', async () => {
    await createJourney({ source: 'import', journey: JSON.parse(winbackText) });
    server.use(
      http.delete(`${apiBaseUrl()}/api/journeys/:id`, () =>
        HttpResponse.json({ code: 'not-found', message: 'gone' }, { status: 404 }),
      ),
    );
    const { user } = renderPage();
    await user.click(await screen.findByRole('button', { name: 'Delete Dormant win-back' }));
    expect(await screen.findByText('That did not work: this journey no longer exists.')).toBeTruthy();
    await waitFor(() => expect(rowNames()).toEqual(['Dormant win-back']));
  });

  it('reports a list that cannot be loaded and loads it on retry', async () => {
    await createJourney({ source: 'blank', name: 'Eventually' });
    server.use(http.get(`${apiBaseUrl()}/api/journeys`, () => HttpResponse.json({}, { status: 503 })));
    const { user } = renderPage();
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('The journeys could not be loaded. the server failed.');
    server.resetHandlers();
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(rowNames()).toEqual(['Eventually']));
  });

  it('speaks Chinese', async () => {
    await createJourney({ source: 'blank', name: '生日礼遇' });
    renderPage('zh-CN');
    expect(await screen.findByRole('button', { name: '打开 生日礼遇' })).toBeTruthy();
    expect(screen.getByRole('heading', { name: '旅程' })).toBeTruthy();
    const table = screen.getByRole('table', { name: '旅程列表' });
    expect(within(table).getByText('草稿')).toBeTruthy();
    expect(within(table).getByText('现在')).toBeTruthy();
  });
});
