import { castDraft, type Draft } from 'immer';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { NodeSchema, type JourneyNode } from '../../journey/index.ts';
import { checkAgainst, nodeAfter, type FieldIssue, type TextFormat } from './field-issue.ts';

export type NodeChange = (
  nodeId: string,
  recipe: (node: Draft<JourneyNode>) => void,
  mergeKey?: string,
) => void;

/** What a node form needs: the node, and two ways to change it. */
export interface NodeEditor<N extends JourneyNode> {
  node: N;
  /**
   * A change that cannot be invalid (a select, a checkbox, a button): one undo step each, unless
   * `typedField` names a typed value whose burst of changes is one step.
   */
  set(recipe: (draft: Draft<N>) => void, typedField?: string): void;
  /**
   * A commit function for a typed field: the node after `apply` is checked against the schema;
   * when it parses it goes to the document (one undo step per field and typing burst), otherwise
   * the reason comes back in the user's language. A required number left blank is applied as
   * `undefined` (cast to number) so that the schema reports it as required: that candidate is
   * only ever parsed, never handed to the document.
   */
  field<T>(
    field: string,
    apply: (draft: Draft<N>, value: T) => void,
    format?: TextFormat,
  ): (value: T) => string | null;
}

/** The words for a schema issue in the user's language. */
export function useIssueText(): (issue: FieldIssue) => string {
  const { t, formatNumber } = useI18n();
  return (issue) => t.inspector.fieldIssue(issue.issue, issue.schemaMessage, (value) => formatNumber(value));
}

export function useNodeEditor<N extends JourneyNode>(node: N, onNodeChange: NodeChange): NodeEditor<N> {
  const issueText = useIssueText();
  const mergeKey = (field: string) => `${node.id}:${field}`;
  // A form only ever edits the node it was given, so the draft is of that node's type.
  const asNodeRecipe = (recipe: (draft: Draft<N>) => void) => (draft: Draft<JourneyNode>) =>
    recipe(castDraft(draft) as Draft<N>);
  return {
    node,
    set(recipe, typedField) {
      if (typedField === undefined) onNodeChange(node.id, asNodeRecipe(recipe));
      else onNodeChange(node.id, asNodeRecipe(recipe), mergeKey(typedField));
    },
    field(field, apply, format) {
      return (value) => {
        const recipe = asNodeRecipe((draft) => apply(draft, value));
        const issue = checkAgainst(NodeSchema, nodeAfter(node, recipe), fieldPath(field), format ?? null);
        if (issue) return issueText(issue);
        onNodeChange(node.id, recipe, mergeKey(field));
        return null;
      };
    },
  };
}

/** 'config.variants.0.percent' → ['config', 'variants', 0, 'percent'], as zod writes issue paths. */
const fieldPath = (field: string) => field.split('.').map((key) => (/^\d+$/.test(key) ? Number(key) : key));

/** Numbers in text fields: empty means "not given", anything else is read as written. */
export const numberText = (value: number | undefined) => (value === undefined ? '' : String(value));
export const parseNumber = (text: string): number | undefined =>
  text.trim() === '' ? undefined : Number(text.trim().replace(/^\+/, ''));
export const sameText = (value: string) => value;
