import type { Draft } from 'immer';
import { useMemo } from 'react';
import type { Journey, JourneyNode } from '../journey/index.ts';
import type { Command, CommandResult } from '../journey/commands/index.ts';

/**
 * The inspector's edits as commands. A `mergeKey` groups a typing burst in one field into one undo
 * step; choosing a "next step" connects (or, with no target, disconnects) that output.
 */
export function useInspectorHandlers(
  journey: Journey,
  run: (command: Command, mergeKey?: string) => CommandResult,
) {
  return useMemo(
    () => ({
      onNodeChange(nodeId: string, recipe: (node: Draft<JourneyNode>) => void, mergeKey?: string) {
        run({ type: 'updateNode', nodeId, recipe }, mergeKey);
      },
      onSettingsChange(recipe: (settings: Draft<Journey['settings']>) => void, mergeKey?: string) {
        run({ type: 'updateSettings', recipe }, mergeKey);
      },
      onMetaChange(recipe: (meta: Draft<Journey>) => void, mergeKey?: string) {
        // apply hands updateMeta the whole journey draft; the inspector only touches name and description
        run({ type: 'updateMeta', recipe: (draft) => recipe(draft as Draft<Journey>) }, mergeKey);
      },
      onConnect(source: string, sourceHandle: string, target: string | null) {
        if (target !== null) {
          run({ type: 'connect', source, sourceHandle, target });
          return;
        }
        const edgeIds = journey.edges
          .filter((edge) => edge.source === source && edge.sourceHandle === sourceHandle)
          .map((edge) => edge.id);
        if (edgeIds.length > 0) run({ type: 'disconnect', edgeIds });
      },
    }),
    [journey, run],
  );
}
