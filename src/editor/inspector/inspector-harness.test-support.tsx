// Test support: the Inspector over a journey held in state, changed the way the editor changes it
// (immer recipes), recording every change so tests can check what reached the document.
import { act, render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { produce } from 'immer';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { I18nProvider } from '../../i18n/I18nProvider.tsx';
import type { Locale } from '../../i18n/catalog.ts';
import { parseJourney, type Journey } from '../../journey/index.ts';
import { setEdge } from '../../journey/commands/graph-edits.ts';
import { Inspector } from './Inspector.tsx';

export interface Change {
  kind: 'node' | 'settings' | 'meta' | 'connect';
  mergeKey: string | undefined;
}

export function loadFixture(name: string): Journey {
  const result = parseJourney(readFileSync(`test/fixtures/valid/${name}.journey.json`, 'utf8'));
  if (!result.ok) throw new Error(`fixture ${name} does not parse: ${JSON.stringify(result.problems)}`);
  return result.journey;
}

export function renderInspector(initial: Journey, selected: readonly string[], locale: Locale = 'en') {
  const changes: Change[] = [];
  const latest = { journey: initial };
  const outside: { replace?: (journey: Journey) => void } = {};
  function Host() {
    const [journey, setJourney] = useState(initial);
    outside.replace = (next) => {
      latest.journey = next;
      setJourney(next);
    };
    const update = (next: Journey, change: Change) => {
      changes.push(change);
      latest.journey = next;
      setJourney(next);
    };
    return (
      <Inspector
        journey={journey}
        selectedNodeIds={selected}
        onNodeChange={(nodeId, recipe, mergeKey) =>
          update(
            produce(journey, (draft) => {
              const node = draft.nodes.find((candidate) => candidate.id === nodeId);
              if (node) recipe(node);
            }),
            { kind: 'node', mergeKey },
          )
        }
        onSettingsChange={(recipe, mergeKey) =>
          update(
            produce(journey, (draft) => recipe(draft.settings)),
            { kind: 'settings', mergeKey },
          )
        }
        onMetaChange={(recipe, mergeKey) => update(produce(journey, recipe), { kind: 'meta', mergeKey })}
        onConnect={(source, handle, target) =>
          update(
            produce(journey, (draft) => {
              if (target === null) {
                draft.edges = draft.edges.filter(
                  (edge) => !(edge.source === source && edge.sourceHandle === handle),
                );
              } else setEdge(draft, source, handle, target);
            }),
            { kind: 'connect', mergeKey: undefined },
          )
        }
      />
    );
  }
  const view = render(
    <I18nProvider locale={locale}>
      <Host />
    </I18nProvider>,
  );
  const node = (id: string) => {
    const found = latest.journey.nodes.find((candidate) => candidate.id === id);
    if (!found) throw new Error(`no node ${id}`);
    return found;
  };
  /** the document changed by someone else (undo, the canvas): no change is recorded */
  const replace = (next: Journey) =>
    act(() => {
      outside.replace?.(next);
    });
  return { ...view, user: userEvent.setup(), changes, latest, node, replace };
}

const blankSettings: Journey['settings'] = {
  timezone: 'Asia/Shanghai',
  reentry: { mode: 'once' },
  frequencyCap: null,
  quietHours: null,
  goal: null,
  holdoutPercent: 0,
};

/** A journey of just these nodes (ids as given), to put one form under test. */
export function journeyWith(...nodes: Journey['nodes']): Journey {
  return {
    format: 'journey-canvas',
    schemaVersion: 1,
    id: 'inspector-test',
    name: 'Inspector test',
    settings: blankSettings,
    nodes,
    edges: [],
  };
}

const at = { x: 0, y: 0 };
export const sampleNodes = {
  wait: {
    id: 'w1',
    type: 'wait',
    label: 'Pause',
    position: at,
    config: { kind: 'duration', amount: 2, unit: 'days' },
  },
  condition: {
    id: 'c1',
    type: 'condition',
    label: 'Bought?',
    position: at,
    config: { filter: { match: 'all', rules: [{ field: 'purchasedSinceEntry', op: 'eq', value: true }] } },
  },
  trigger: {
    id: 't1',
    type: 'trigger',
    label: 'Dormant',
    position: at,
    config: {
      kind: 'segment',
      filter: { match: 'all', rules: [{ field: 'recencyDays', op: 'gte', value: 180 }] },
    },
  },
  split: {
    id: 's1',
    type: 'split',
    label: 'A/B',
    position: at,
    config: {
      variants: [
        { id: 'a', label: 'A', percent: 50 },
        { id: 'b', label: 'B', percent: 50 },
      ],
    },
  },
  exit: { id: 'x1', type: 'exit', label: 'End', position: at, config: {} },
} satisfies Record<string, Journey['nodes'][number]>;
