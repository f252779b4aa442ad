// @vitest-environment jsdom
import { QueryClientProvider } from '@tanstack/react-query';
import { act, cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { http, HttpResponse } from 'msw';
import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { createMockServer } from '../../../mocks/node.ts';
import { createMemoryStore } from '../../../mocks/db/memory-store.ts';
import { apiBaseUrl } from '../../api/client.ts';
import { createJourney } from '../../api/create-journey.ts';
import { deleteJourney } from '../../api/delete-journey.ts';
import { getJourney } from '../../api/get-journey.ts';
import { listVersions } from '../../api/list-versions.ts';
import { createMemoryDraftStore, type DraftStore } from '../../api/local-drafts.ts';
import { createQueryClient } from '../../api/query-client.ts';
import { winbackJourney } from '../../api/api.test-support.ts';
import { updateJourney } from '../../api/update-journey.ts';
import type { EditorProps } from '../../editor/editor-props.ts';
import type { Journey } from '../../journey/index.ts';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { EditorRoute } from './EditorRoute.tsx';

/**
 * A test double of the canvas editor that keeps its contract (src/editor/editor-props.ts): it owns
 * the document from mount on, reports every change, and shows the host's toolbar extras and the
 * server's problems. Renaming is the edit these tests make.
 */
vi.mock('../../editor/Editor.tsx', async () => {
  const { useState } = await import('react');
  return {
    Editor({ journey, onDocumentChange, toolbarExtras, externalProblems = [] }: EditorProps) {
      const [document, setDocument] = useState<Journey>(journey);
      return (
        <div>
          <label>
            Journey name
            <input
              value={document.name}
              onChange={(event) => {
                const next = { ...document, name: event.target.value };
                setDocument(next);
                onDocumentChange(next);
              }}
            />
          </label>
          <div role="toolbar">{toolbarExtras}</div>
          <ul aria-label="Server problems">
            {externalProblems.map((problem, index) => (
              <li key={index}>{`${problem.path}: ${problem.message}`}</li>
            ))}
          </ul>
        </div>
      );
    },
  };
});

const { server, backend } = createMockServer();
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => {
  cleanup();
  server.resetHandlers();
  backend.context.store = createMemoryStore();
  localStorage.clear();
});
afterAll(() => server.close());

function renderRoute(
  journeyId: string,
  {
    drafts = createMemoryDraftStore(),
    locale = 'en',
    idleMs = 20,
    backoffMs = 1,
  }: { drafts?: DraftStore; locale?: Locale; idleMs?: number; backoffMs?: number } = {},
) {
  const onOpenJourney = vi.fn<(id: string) => void>();
  const onBack = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient({ baseMs: 1, maxMs: 2 })}>
      <I18nProvider locale={locale}>
        <EditorRoute
          journeyId={journeyId}
          onBack={onBack}
          onOpenJourney={onOpenJourney}
          drafts={drafts}
          saveOptions={{ idleMs, backoff: { baseMs: backoffMs, maxMs: backoffMs } }}
        />
      </I18nProvider>
    </QueryClientProvider>,
  );
  return { onOpenJourney, onBack, drafts, user: userEvent.setup() };
}

const saveStatus = () => screen.getByRole('status', { name: 'Save status' });
const nameBox = () => screen.getByRole('textbox', { name: 'Journey name' });

/**
 * Replaces the name in one input event (select all, paste): clearing and then typing went through an
 * empty name, which a slow machine could autosave before the first key and so lose the new name.
 */
async function rename(user: ReturnType<typeof userEvent.setup>, name: string) {
  const box = nameBox() as HTMLInputElement;
  await user.click(box);
  box.setSelectionRange(0, box.value.length);
  await user.paste(name);
}

describe('EditorRoute', () => {
  it('loads the journey, autosaves every edit and says so', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user, drafts } = renderRoute(loaded.id);
    expect(screen.getByText('Loading the journey…')).toBeTruthy();
    await screen.findByRole('textbox', { name: 'Journey name' });
    expect(screen.getByRole('heading', { name: 'Dormant win-back' })).toBeTruthy();
    await rename(user, 'Win them back');
    expect(screen.getByRole('heading', { name: 'Win them back' })).toBeTruthy();
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Saved /));
    expect((await getJourney(loaded.id)).journey.name).toBe('Win them back');
    expect(await drafts.get(loaded.id)).toBeUndefined();
  });

  it('says when the journey does not exist or is in the trash, in words', async () => {
    renderRoute('no-such-journey');
    expect(
      await screen.findByText('There is no journey “no-such-journey”. It may have been deleted for good.'),
    ).toBeTruthy();
  });

  it('Ctrl+S saves at once instead of waiting for a pause', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user } = renderRoute(loaded.id, { idleMs: 60_000 });
    await screen.findByRole('textbox', { name: 'Journey name' });
    await rename(user, 'Saved by shortcut');
    expect(saveStatus().textContent).not.toMatch(/^Saved/);
    fireEvent.keyDown(window, { key: 's', ctrlKey: true });
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Saved /));
    expect((await getJourney(loaded.id)).journey.name).toBe('Saved by shortcut');
  });

  it('"Back to journeys" sends unsaved edits before leaving', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user, onBack } = renderRoute(loaded.id, { idleMs: 60_000 });
    await screen.findByRole('textbox', { name: 'Journey name' });
    await rename(user, 'Edited just before leaving');
    await user.click(screen.getByRole('link', { name: '← Back to journeys' }));
    await waitFor(() => expect(onBack).toHaveBeenCalledTimes(1));
    expect((await getJourney(loaded.id)).journey.name).toBe('Edited just before leaving');
  });

  it('says "Offline – kept locally" while the server cannot be reached, and saves once back online', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    server.use(http.put(`${apiBaseUrl()}/api/journeys/:id`, () => HttpResponse.error()));
    const { user, drafts } = renderRoute(loaded.id, { backoffMs: 60_000 });
    await screen.findByRole('textbox', { name: 'Journey name' });
    await rename(user, 'Written offline');
    await waitFor(() => expect(saveStatus().textContent).toBe('Offline – kept locally'));
    expect((await drafts.get(loaded.id))?.journey.name).toBe('Written offline');
    server.resetHandlers();
    act(() => {
      window.dispatchEvent(new Event('online'));
    });
    await waitFor(() => expect(saveStatus().textContent).toMatch(/^Saved /));
    expect((await getJourney(loaded.id)).journey.name).toBe('Written offline');
    await waitFor(async () => expect(await drafts.get(loaded.id)).toBeUndefined());
  });

  it('says why a save is refused for good (journey deleted meanwhile) and keeps the edit locally', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user, drafts } = renderRoute(loaded.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await deleteJourney(loaded.id);
    await rename(user, 'Too late');
    await waitFor(() => expect(saveStatus().textContent).toBe('Not saved: this journey is in the trash.'));
    expect(screen.getByRole('button', { name: 'Retry saving' })).toBeTruthy();
    expect((await drafts.get(loaded.id))?.journey.name).toBe('Too late');
  });

  it('resumes unsaved edits a closed tab left in the local draft store, and saves them', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const drafts = createMemoryDraftStore();
    await drafts.put({
      journeyId: loaded.id,
      writerId: 'closed-tab',
      journey: { ...loaded.journey, name: 'Edited before the tab closed' },
      baseEtag: loaded.etag,
      editedAt: new Date().toISOString(),
    });
    renderRoute(loaded.id, { drafts });
    expect(
      await screen.findByText(/Your unsaved edits from .* were recovered and are being saved\./),
    ).toBeTruthy();
    expect((nameBox() as HTMLInputElement).value).toBe('Edited before the tab closed');
    await waitFor(async () =>
      expect((await getJourney(loaded.id)).journey.name).toBe('Edited before the tab closed'),
    );
    await waitFor(async () => expect(await drafts.get(loaded.id)).toBeUndefined());
  });

  it('a conflict: "take theirs" opens the other copy', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user } = renderRoute(loaded.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await updateJourney({ id: loaded.id, etag: loaded.etag, journey: { ...loaded.journey, name: 'Theirs' } });
    await rename(user, 'Mine');
    const dialog = await screen.findByRole('dialog', { name: 'This journey was changed elsewhere' });
    expect(saveStatus().textContent).toBe('Conflict');
    await user.click(within(dialog).getByRole('button', { name: 'Take theirs' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    expect((nameBox() as HTMLInputElement).value).toBe('Theirs');
    expect(screen.getByRole('heading', { name: 'Theirs' })).toBeTruthy();
    await rename(user, 'Theirs, edited by me');
    await waitFor(async () =>
      expect((await getJourney(loaded.id)).journey.name).toBe('Theirs, edited by me'),
    );
  });

  it('a conflict: "overwrite" puts mine on the server', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user } = renderRoute(loaded.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await updateJourney({ id: loaded.id, etag: loaded.etag, journey: { ...loaded.journey, name: 'Theirs' } });
    await rename(user, 'Mine');
    const dialog = await screen.findByRole('dialog', { name: 'This journey was changed elsewhere' });
    await user.click(within(dialog).getByRole('button', { name: 'Overwrite with mine' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).toBeNull());
    await waitFor(async () => expect((await getJourney(loaded.id)).journey.name).toBe('Mine'));
  });

  it('a conflict: "keep mine as a copy" saves mine as a new journey and opens theirs here', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    const { user, onOpenJourney } = renderRoute(loaded.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await updateJourney({ id: loaded.id, etag: loaded.etag, journey: { ...loaded.journey, name: 'Theirs' } });
    await rename(user, 'Mine');
    const dialog = await screen.findByRole('dialog', { name: 'This journey was changed elsewhere' });
    await user.click(within(dialog).getByRole('button', { name: 'Keep mine as a copy' }));
    expect(await screen.findByText('Your version was saved as “Mine (my copy)”.')).toBeTruthy();
    expect((nameBox() as HTMLInputElement).value).toBe('Theirs');
    await user.click(screen.getByRole('button', { name: 'Open the copy' }));
    const copyId = onOpenJourney.mock.calls[0]?.[0] ?? '';
    expect(copyId).not.toBe(loaded.id);
    expect((await getJourney(copyId)).journey.name).toBe('Mine (my copy)');
    expect((await getJourney(loaded.id)).journey.name).toBe('Theirs');
  });

  it('publish: refused problems reach the editor; a valid journey gets version 1; a version can be restored', async () => {
    const journey = winbackJourney();
    const broken = { ...journey, nodes: journey.nodes.filter((node) => node.type !== 'trigger') };
    const loaded = await createJourney({ source: 'copy', journey: broken });
    const { user } = renderRoute(loaded.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText(/Publishing was refused: \d+ problem\(s\) must be fixed/)).toBeTruthy();
    const problems = within(screen.getByRole('list', { name: 'Server problems' })).getAllByRole('listitem');
    expect(problems.map((item) => item.textContent)).toEqual([
      '(file): The journey has no trigger, so no customer ever enters it. Add a trigger node.',
      'edges[0]: The connection "e1" starts at "trigger", but the journey has no node with that id. Delete the connection or reconnect it.',
    ]);
    await rename(user, 'Renamed');
    expect(
      within(screen.getByRole('list', { name: 'Server problems' })).queryAllByRole('listitem'),
    ).toHaveLength(0);
    cleanup();

    const valid = await createJourney({ source: 'import', journey: { ...journey, id: 'valid-one' } });
    const second = renderRoute(valid.id);
    await screen.findByRole('textbox', { name: 'Journey name' });
    await second.user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published as version 1.')).toBeTruthy();
    await rename(second.user, 'After version 1');
    await second.user.click(screen.getByRole('button', { name: 'Publish' }));
    expect(await screen.findByText('Published as version 2.')).toBeTruthy();
    expect((await listVersions(valid.id)).map((version) => version.name)).toEqual([
      'After version 1',
      journey.name,
    ]);

    await second.user.click(screen.getByRole('button', { name: 'Versions' }));
    const dialog = await screen.findByRole('dialog', { name: 'Published versions' });
    await second.user.click(
      await within(dialog).findByRole('button', { name: 'Restore version 1 as the draft' }),
    );
    expect(await screen.findByText('Version 1 is now the draft.')).toBeTruthy();
    expect((nameBox() as HTMLInputElement).value).toBe(journey.name);
    expect((await getJourney(valid.id)).journey.name).toBe(journey.name);
  });

  it('speaks Chinese', async () => {
    const loaded = await createJourney({ source: 'import', journey: winbackJourney() });
    renderRoute(loaded.id, { locale: 'zh-CN' });
    await screen.findByRole('textbox', { name: 'Journey name' });
    expect(screen.getByRole('link', { name: '← 返回旅程列表' })).toBeTruthy();
    expect(screen.getByRole('status', { name: '保存状态' }).textContent).toBe('已保存');
    expect(screen.getByRole('button', { name: '发布' })).toBeTruthy();
    await act(async () => {
      screen.getByRole('button', { name: '知道了' }).click();
    });
    expect(screen.queryByRole('complementary', { name: '快速上手' })).toBeNull();
  });
});
