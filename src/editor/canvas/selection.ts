import type { EdgeChange, NodeChange } from '@xyflow/react';

/** Which nodes and edges are selected: view state, never saved, never undone. */
export interface Selection {
  nodes: ReadonlySet<string>;
  edges: ReadonlySet<string>;
}

export const emptySelection: Selection = { nodes: new Set(), edges: new Set() };

export function selectNodes(ids: readonly string[]): Selection {
  return { nodes: new Set(ids), edges: new Set() };
}

function applySelect(current: ReadonlySet<string>, changes: readonly { id: string; selected: boolean }[]) {
  if (changes.length === 0) return current;
  const next = new Set(current);
  for (const change of changes) {
    if (change.selected) next.add(change.id);
    else next.delete(change.id);
  }
  return next;
}

/** React Flow's select changes folded into the selection; the same object back when nothing changed. */
export function applySelectionChanges(
  selection: Selection,
  nodeChanges: readonly NodeChange[],
  edgeChanges: readonly EdgeChange[],
): Selection {
  const nodeSelects = nodeChanges.flatMap((change) => (change.type === 'select' ? [change] : []));
  const edgeSelects = edgeChanges.flatMap((change) => (change.type === 'select' ? [change] : []));
  if (nodeSelects.length === 0 && edgeSelects.length === 0) return selection;
  return {
    nodes: applySelect(selection.nodes, nodeSelects),
    edges: applySelect(selection.edges, edgeSelects),
  };
}
