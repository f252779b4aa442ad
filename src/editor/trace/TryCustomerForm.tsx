import { useId, useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import type { Customer } from '../../cohort/customer.ts';
import { lifecycleStages, tiers } from '../../cohort/fields.ts';
import { channels } from '../../primitives/domain.ts';
import {
  consentFields,
  customerOfForm,
  formOf,
  numberFields,
  type CustomerForm,
  type FormField,
  type FormProblem,
} from './customer-form.ts';

export interface TryCustomerFormProps {
  /** the customer the form starts from (the one whose trace is shown) */
  base: Customer;
  busy: boolean;
  onTrace(customer: Customer): void;
  onClose(): void;
}

/** "Try a customer": edit a customer's attributes and trace that made-up customer. */
export function TryCustomerForm({ base, busy, onTrace, onClose }: TryCustomerFormProps) {
  const { t } = useI18n();
  const words = t.trace;
  const fieldWords = words.tryFields;
  const idBase = useId();
  const [form, setForm] = useState<CustomerForm>(() => formOf(base));
  const [problems, setProblems] = useState<Partial<Record<FormField, FormProblem>>>({});
  const inputId = (field: string) => `${idBase}-${field}`;

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const outcome = customerOfForm(form, base);
    if (!outcome.ok) {
      setProblems(outcome.problems);
      return;
    }
    setProblems({});
    onTrace(outcome.customer);
  };

  /** A text input with its label and, when it breaks a rule, the reason tied to it. */
  const textField = (field: FormField, value: string, onChange: (value: string) => void, numeric = false) => {
    const problem = problems[field];
    const errorId = `${inputId(field)}-error`;
    return (
      <div className="trace-form__field" key={field}>
        <label htmlFor={inputId(field)}>{fieldWords[field]}</label>
        <input
          id={inputId(field)}
          value={value}
          inputMode={numeric ? 'decimal' : undefined}
          aria-invalid={problem ? true : undefined}
          aria-describedby={problem ? errorId : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
        {problem && (
          <span id={errorId} className="trace-form__problem">
            {words.tryProblems[problem]}
          </span>
        )}
      </div>
    );
  };

  return (
    <form className="trace-form" onSubmit={submit} aria-label={words.tryTitle} noValidate>
      <h3>{words.tryTitle}</h3>
      <p className="trace-note">{words.tryIntro}</p>
      {textField('id', form.id, (id) => setForm({ ...form, id }))}
      <div className="trace-form__field">
        <label htmlFor={inputId('stage')}>{fieldWords.lifecycleStage}</label>
        <select
          id={inputId('stage')}
          value={form.lifecycleStage}
          onChange={(event) =>
            setForm({ ...form, lifecycleStage: event.target.value as CustomerForm['lifecycleStage'] })
          }
        >
          <option value="">{words.notSet}</option>
          {lifecycleStages.map((stage) => (
            <option key={stage} value={stage}>
              {t.summary.enumValues[stage]}
            </option>
          ))}
        </select>
      </div>
      <div className="trace-form__field">
        <label htmlFor={inputId('tier')}>{fieldWords.tier}</label>
        <select
          id={inputId('tier')}
          value={form.tier}
          onChange={(event) => setForm({ ...form, tier: event.target.value as CustomerForm['tier'] })}
        >
          <option value="">{words.notSet}</option>
          {tiers.map((tier) => (
            <option key={tier} value={tier}>
              {t.summary.enumValues[tier]}
            </option>
          ))}
        </select>
      </div>
      {numberFields.map((field) =>
        textField(
          field,
          form.numbers[field],
          (value) => setForm({ ...form, numbers: { ...form.numbers, [field]: value } }),
          true,
        ),
      )}
      {textField('tags', form.tags, (tags) => setForm({ ...form, tags }))}
      {textField('birthday', form.birthday, (birthday) => setForm({ ...form, birthday }))}
      <fieldset className="trace-form__consents">
        <legend>{fieldWords.consents}</legend>
        {consentFields.map((field, k) => (
          <label key={field}>
            <input
              type="checkbox"
              checked={form.consents[field]}
              onChange={(event) =>
                setForm({ ...form, consents: { ...form.consents, [field]: event.target.checked } })
              }
            />
            {t.summary.channels[channels[k]!]}
          </label>
        ))}
      </fieldset>
      {Object.keys(problems).length > 0 && (
        <p role="alert" className="trace-form__problem">
          {words.tryInvalid}
        </p>
      )}
      <div className="trace-form__actions">
        <button type="submit" className="jc-button--primary" disabled={busy}>
          {words.tryRun}
        </button>
        <button type="button" onClick={onClose}>
          {words.tryCancel}
        </button>
      </div>
    </form>
  );
}
