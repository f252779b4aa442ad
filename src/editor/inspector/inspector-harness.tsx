// Test support: the Inspector over a journey held in state, changed the way the editor changes it
// (immer recipes), recording every change so tests can check what reached the document.
import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { produce } from 'immer';
import { readFileSync } from 'node:fs';
import { useState } from 'react';
import { I18nProvider } from '../../app/i18n/I18nProvider.tsx';
import type { Locale } from '../../app/i18n/catalog.ts';
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
  function Host() {
    const [journey, setJourney] = useState(initial);
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
  return { ...view, user: userEvent.setup(), changes, latest, node };
}
