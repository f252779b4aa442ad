/**
 * Labelled form controls of the inspector. A text control keeps what the user typed, even when it
 * does not parse, and shows the reason beside it; only values the schema accepts reach the document.
 */
import { useId, useState, type ReactNode } from 'react';
import { sameText } from './use-node-editor.ts';

interface ShellProps {
  id: string;
  label: string;
  hint?: string | undefined;
  message?: string | null | undefined;
  children: ReactNode;
}

/** Ids of the hint and message elements a control points at with aria-describedby. */
export function describedBy(id: string, hint: string | undefined, message: string | null | undefined) {
  const ids = [hint ? `${id}-hint` : null, message ? `${id}-message` : null].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

function FieldShell({ id, label, hint, message, children }: ShellProps) {
  return (
    <div className={message ? 'insp-field insp-field--invalid' : 'insp-field'}>
      <label className="insp-field__label" htmlFor={id}>
        {label}
      </label>
      {children}
      {hint ? (
        <p className="insp-field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      ) : null}
      {message ? (
        <p className="insp-field__message" id={`${id}-message`} role="alert">
          {message}
        </p>
      ) : null}
    </div>
  );
}

export interface DraftFieldProps<T> {
  label: string;
  value: T;
  /** the text a value shows as */
  format(value: T): string;
  /** the value a text means (may be one the schema refuses: commit decides) */
  parse(text: string): T;
  /** hands a value to the document; returns why it was refused, or null when it was taken */
  commit(value: T): string | null;
  input?: 'text' | 'decimal' | 'numeric' | 'time' | 'date' | 'textarea';
  hint?: string | undefined;
  placeholder?: string | undefined;
  /** values the browser offers while typing (a datalist); any other text may still be typed */
  suggestions?: readonly string[] | undefined;
}

interface DraftState<T> {
  /** the document value the text was last in step with */
  seen: T;
  text: string;
  message: string | null;
}

/**
 * A text control over a document value. When the document changes from elsewhere (undo, another
 * control) the text follows it; while the user types, a value they just committed does not
 * rewrite their text ("0." stays "0.", not "0").
 */
export function DraftField<T>({
  label,
  value,
  format,
  parse,
  commit,
  input = 'text',
  hint,
  placeholder,
  suggestions,
}: DraftFieldProps<T>) {
  const id = useId();
  const [state, setState] = useState<DraftState<T>>(() => ({
    seen: value,
    text: format(value),
    message: null,
  }));
  let current = state;
  // compared as text, so a list committed as a fresh array of the same items is the same value
  if (format(state.seen) !== format(value)) {
    current = { seen: value, text: format(value), message: null };
    setState(current);
  }
  const onChange = (text: string) => {
    const next = parse(text);
    const message = commit(next);
    setState(message === null ? { seen: next, text, message } : { ...current, text, message });
  };
  const common = {
    id,
    value: current.text,
    placeholder,
    'aria-invalid': current.message ? true : undefined,
    'aria-describedby': describedBy(id, hint, current.message),
    className: 'insp-input',
  };
  return (
    <FieldShell id={id} label={label} hint={hint} message={current.message}>
      {input === 'textarea' ? (
        <textarea {...common} rows={3} onChange={(event) => onChange(event.target.value)} />
      ) : (
        <input
          {...common}
          type={input === 'time' || input === 'date' ? input : 'text'}
          inputMode={input === 'decimal' || input === 'numeric' ? input : undefined}
          list={suggestions ? `${id}-suggestions` : undefined}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {suggestions ? (
        <datalist id={`${id}-suggestions`}>
          {suggestions.map((suggestion) => (
            <option key={suggestion} value={suggestion} />
          ))}
        </datalist>
      ) : null}
    </FieldShell>
  );
}

/** A time of day, "HH:MM" in the journey's timezone: the browser's time input, kept as the text it gives. */
export function ClockTimeField(props: Pick<DraftFieldProps<string>, 'label' | 'value' | 'commit'>) {
  return <DraftField {...props} input="time" format={sameText} parse={sameText} />;
}

export interface Option<V extends string> {
  value: V;
  label: string;
}

export interface OptionGroup<V extends string> {
  label: string;
  options: readonly Option<V>[];
}

interface SelectFieldProps<V extends string> {
  label: string;
  value: V;
  options: readonly Option<V>[] | readonly OptionGroup<V>[];
  onChange(value: V): void;
  hint?: string | undefined;
  message?: string | null | undefined;
}

const isGroup = <V extends string>(entry: Option<V> | OptionGroup<V>): entry is OptionGroup<V> =>
  'options' in entry;

export function SelectField<V extends string>({
  label,
  value,
  options,
  onChange,
  hint,
  message,
}: SelectFieldProps<V>) {
  const id = useId();
  const renderOption = (option: Option<V>) => (
    <option key={option.value} value={option.value}>
      {option.label}
    </option>
  );
  return (
    <FieldShell id={id} label={label} hint={hint} message={message}>
      <select
        id={id}
        className="insp-input"
        value={value}
        aria-describedby={describedBy(id, hint, message)}
        onChange={(event) => onChange(event.target.value as V)}
      >
        {options.map((entry: Option<V> | OptionGroup<V>) =>
          isGroup(entry) ? (
            <optgroup key={entry.label} label={entry.label}>
              {entry.options.map(renderOption)}
            </optgroup>
          ) : (
            renderOption(entry)
          ),
        )}
      </select>
    </FieldShell>
  );
}

interface CheckboxFieldProps {
  label: string;
  checked: boolean;
  onChange(checked: boolean): void;
}

export function CheckboxField({ label, checked, onChange }: CheckboxFieldProps) {
  const id = useId();
  return (
    <div className="insp-check">
      <input id={id} type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} />
      <label htmlFor={id}>{label}</label>
    </div>
  );
}

/** A group of related controls with a visible legend (a radio set, the weekdays, a nested object). */
export function FieldGroup({ legend, children }: { legend: string; children: ReactNode }) {
  return (
    <fieldset className="insp-group">
      <legend className="insp-group__legend">{legend}</legend>
      {children}
    </fieldset>
  );
}
