import { useEffect } from 'react';
import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface ToastMessage {
  id: number;
  text: string;
  /** shown as an Undo button when present */
  undo?: () => void;
}

/** How long a toast stays: long enough to reach Undo, short enough not to pile up. */
export const TOAST_MS = 10_000;

/** A polite live region: screen readers announce the message without moving focus to it. */
export function UndoToast({ toast, onDismiss }: { toast: ToastMessage | null; onDismiss(): void }) {
  const { t } = useI18n();
  const words = t.api.journeys;
  useEffect(() => {
    if (!toast) return;
    const timer = setTimeout(onDismiss, TOAST_MS);
    return () => clearTimeout(timer);
  }, [toast, onDismiss]);
  return (
    <div className="jc-toast-region" role="status" aria-live="polite">
      {toast && (
        <div className="jc-toast" key={toast.id}>
          <span>{toast.text}</span>
          {toast.undo && (
            <button type="button" onClick={toast.undo}>
              {words.undo}
            </button>
          )}
          <button type="button" aria-label={words.dismiss} onClick={onDismiss}>
            ×
          </button>
        </div>
      )}
    </div>
  );
}
