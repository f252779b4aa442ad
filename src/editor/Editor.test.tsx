// @vitest-environment jsdom
import { cleanup, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { I18nProvider } from '../i18n/I18nProvider.tsx';
import { sampleJourney } from '../journey/commands/commands.test-support.ts';
import type { Journey } from '../journey/index.ts';
import { Editor } from './Editor.tsx';

/** Every card render computes its summary once: counting the calls per node counts card renders. */
const rendered = vi.hoisted(() => ({ ids: [] as string[] }));
vi.mock('./summary.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('./summary.ts')>();
  return {
    ...real,
    nodeSummary: (...args: Parameters<typeof real.nodeSummary>) => {
      rendered.ids.push(args[0].id);
      return real.nodeSummary(...args);
    },
  };
});

beforeAll(() => {
  // jsdom lays nothing out; React Flow only needs these to exist
  globalThis.ResizeObserver ??= class {
    observe() {}
    unobserve() {}
    disconnect() {}
  };
  (globalThis as { DOMMatrixReadOnly?: unknown }).DOMMatrixReadOnly ??= class {
    m22 = 1;
  };
});
afterEach(cleanup);

function renderEditor(journey: Journey = sampleJourney()) {
  const changes: Journey[] = [];
  render(
    <I18nProvider locale="en">
      <Editor journey={journey} onDocumentChange={(next) => changes.push(next)} />
    </I18nProvider>,
  );
  return changes;
}

function cardOf(id: string): HTMLElement {
  const element = document.querySelector<HTMLElement>(`.react-flow__node[data-id="${id}"]`);
  if (!element) throw new Error(`no card ${id}`);
  return element;
}

describe('Editor', () => {
  it('draws a card per node with its type, label and summary, and the palette names', async () => {
    renderEditor();
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(4));
    expect(cardOf('n2').textContent).toContain('Bought?');
    expect(cardOf('n2').textContent).toContain('Condition');
    for (const name of ['Trigger', 'Condition', 'Wait', 'Touch', 'Split', 'Exit']) {
      expect(screen.getByRole('button', { name })).toBeTruthy();
    }
  });

  it('typing in the inspector re-renders only the edited card, and the burst is one undo step', async () => {
    const user = userEvent.setup();
    const changes = renderEditor();
    await waitFor(() => expect(document.querySelectorAll('.react-flow__node')).toHaveLength(4));
    // keyboard selection (d3-drag cannot handle jsdom's synthetic mouse events)
    cardOf('n3').focus();
    await user.keyboard('{Enter}');
    const label = await screen.findByRole('textbox', { name: 'Label' });
    rendered.ids = [];
    await user.clear(label);
    await user.type(label, 'Won');
    await waitFor(() => expect(cardOf('n3').textContent).toContain('Won'));
    expect(new Set(rendered.ids)).toEqual(new Set(['n3']));
    expect(changes.at(-1)?.nodes[2]?.label).toBe('Won');

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await waitFor(() => expect(cardOf('n3').textContent).toContain('End'));
    expect(changes.at(-1)?.nodes[2]?.label).toBe('End');
    expect((screen.getByRole('button', { name: 'Undo' }) as HTMLButtonElement).disabled).toBe(true);
  });

  it('lists live problems and a click selects the step', async () => {
    const user = userEvent.setup();
    renderEditor();
    const problem = await screen.findByRole('button', { name: /"SMS" names no message template/ });
    await user.click(problem);
    await waitFor(() => expect(cardOf('n4').className).toContain('selected'));
  });
});
