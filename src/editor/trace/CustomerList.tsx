import { useI18n } from '../../i18n/I18nProvider.tsx';
import { fill } from '../../i18n/fill.ts';
import type { CustomerRow } from '../../simulation/client-trace.ts';
import { keyAttributes } from './customer-attributes.ts';

export interface CustomerListProps {
  rows: readonly CustomerRow[];
  /** the id of the customer whose trace is shown, marked in the list */
  chosenId: string | null;
  onChoose(customerId: string): void;
}

/** Up to 100 customers behind a figure, each a button that traces them; key attributes beside the id. */
export function CustomerList({ rows, chosenId, onChoose }: CustomerListProps) {
  const { t, formatNumber } = useI18n();
  const words = t.trace;
  return (
    <ul className="trace-list" aria-label={words.listCaption}>
      {rows.map(({ customer }) => {
        const attributes = keyAttributes(customer, words, t.summary, formatNumber);
        const chosen = customer.id === chosenId;
        return (
          <li key={customer.id}>
            <button
              type="button"
              className={`trace-list__row${chosen ? ' trace-list__row--chosen' : ''}`}
              aria-pressed={chosen}
              aria-label={fill(words.traceButton, { id: customer.id })}
              onClick={() => onChoose(customer.id)}
            >
              <span className="trace-list__id">{customer.id}</span>
              <span className="trace-list__attributes">
                {attributes.map((attribute) => (
                  <span key={attribute.label} title={attribute.label}>
                    <span className="trace-list__label">{attribute.label}: </span>
                    {attribute.value}
                  </span>
                ))}
              </span>
            </button>
          </li>
        );
      })}
    </ul>
  );
}
