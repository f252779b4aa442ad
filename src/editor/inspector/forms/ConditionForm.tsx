import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { NodeOf } from '../../../journey/index.ts';
import { FilterBuilder } from '../filter/FilterBuilder.tsx';
import { useNodeEditor, type NodeChange } from '../use-node-editor.ts';

export function ConditionForm({
  node,
  onNodeChange,
}: {
  node: NodeOf<'condition'>;
  onNodeChange: NodeChange;
}) {
  const editor = useNodeEditor(node, onNodeChange);
  const { t } = useI18n();
  return (
    <FilterBuilder
      legend={t.inspector.condition.filter}
      filter={editor.node.config.filter}
      journeyFacts
      onChange={(recipe, typedPart) =>
        editor.set(
          (draft) => recipe(draft.config.filter),
          typedPart === undefined ? undefined : `config.filter.${typedPart}`,
        )
      }
    />
  );
}
