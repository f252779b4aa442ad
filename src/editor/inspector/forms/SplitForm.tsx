import { useI18n } from '../../../i18n/I18nProvider.tsx';
import type { NodeOf } from '../../../journey/index.ts';
import { DraftField, FieldGroup } from '../controls.tsx';
import { numberText, parseNumber, sameText, useNodeEditor, type NodeChange } from '../use-node-editor.ts';
import { evenPercents, nextVariant } from './split-variants.ts';

const MIN_VARIANTS = 2;
const MAX_VARIANTS = 10;
// as the split-percent-sum lint: shares are added in floating point
const PERCENT_TOLERANCE = 1e-9;

/**
 * Variants with label and percent. Ids are made here and never edited, because connections leave
 * from them; removing a variant removes its connection (the document drops dangling edges).
 */
export function SplitForm({ node, onNodeChange }: { node: NodeOf<'split'>; onNodeChange: NodeChange }) {
  const editor = useNodeEditor(node, onNodeChange);
  const { t, formatNumber } = useI18n();
  const words = t.inspector.split;
  const variants = editor.node.config.variants;
  const sum = variants.reduce((total, variant) => total + variant.percent, 0);
  const n = (value: number) => formatNumber(value, { maximumFractionDigits: 2 });
  return (
    <FieldGroup legend={words.variants}>
      <ol className="insp-variants">
        {variants.map((variant, index) => (
          <li key={variant.id} className="insp-variant">
            <fieldset className="insp-rule__fields">
              <legend className="insp-rule__legend">{words.variant(index + 1)}</legend>
              <DraftField
                label={words.label}
                value={variant.label}
                format={sameText}
                parse={sameText}
                commit={editor.field(`config.variants.${index}.label`, (draft, value: string) => {
                  const target = draft.config.variants[index];
                  if (target) target.label = value;
                })}
              />
              <DraftField
                label={words.percent}
                input="decimal"
                value={variant.percent as number | undefined}
                format={numberText}
                parse={parseNumber}
                commit={editor.field(
                  `config.variants.${index}.percent`,
                  (draft, value: number | undefined) => {
                    const target = draft.config.variants[index];
                    if (target) target.percent = value as number;
                  },
                )}
              />
              <button
                type="button"
                className="insp-button insp-button--quiet"
                disabled={variants.length <= MIN_VARIANTS}
                onClick={() =>
                  editor.set((draft) => {
                    draft.config.variants.splice(index, 1);
                  })
                }
              >
                {words.remove(variant.label || variant.id)}
              </button>
            </fieldset>
          </li>
        ))}
      </ol>
      <p
        className={Math.abs(sum - 100) > PERCENT_TOLERANCE ? 'insp-note insp-note--warning' : 'insp-note'}
        aria-live="polite"
      >
        {words.total(sum, n)}
      </p>
      <div className="insp-actions">
        <button
          type="button"
          className="insp-button"
          disabled={variants.length >= MAX_VARIANTS}
          onClick={() =>
            editor.set((draft) => {
              draft.config.variants.push(nextVariant(draft.config.variants));
            })
          }
        >
          {words.add}
        </button>
        <button
          type="button"
          className="insp-button"
          onClick={() =>
            editor.set((draft) => {
              const percents = evenPercents(draft.config.variants.length);
              draft.config.variants.forEach((variant, index) => {
                variant.percent = percents[index] ?? 0;
              });
            })
          }
        >
          {words.evenly}
        </button>
      </div>
    </FieldGroup>
  );
}
