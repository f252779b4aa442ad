import { useState, type FormEvent } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';
import { Dialog } from '../../ui/Dialog.tsx';

interface NewJourneyDialogProps {
  busy: boolean;
  onCreate(name: string): void;
  onClose(): void;
}

/** Names the new blank journey; the name can be changed later in the editor. */
export function NewJourneyDialog({ busy, onCreate, onClose }: NewJourneyDialogProps) {
  const { t } = useI18n();
  const words = t.api.journeys;
  const [name, setName] = useState(words.defaultName);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (name.trim() !== '') onCreate(name.trim());
  };
  return (
    <Dialog title={words.newJourneyTitle} onClose={onClose}>
      <form onSubmit={submit} className="jc-dialog__form">
        <label className="jc-field">
          <span>{words.nameLabel}</span>
          <input
            value={name}
            maxLength={120}
            required
            onChange={(event) => setName(event.target.value)}
            onFocus={(event) => event.target.select()}
          />
        </label>
        <div className="jc-dialog__actions">
          <button type="button" onClick={onClose}>
            {words.cancel}
          </button>
          <button type="submit" className="jc-button--primary" disabled={busy || name.trim() === ''}>
            {busy ? words.creating : words.create}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
