import { useI18n } from '../i18n/I18nProvider.tsx';
import type { Notice } from './io/use-journey-io.ts';

/** The editor's last message (a refused connection, an export with errors …), read out politely. */
export function NoticeBar({ notice, onDismiss }: { notice: Notice | null; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <div className="jc-notice-bar" role="status" aria-live="polite">
      {notice && (
        <div className={`jc-notice jc-notice--${notice.tone}`}>
          <span>{notice.text}</span>
          <button type="button" onClick={onDismiss}>
            {t.editor.dismiss}
          </button>
        </div>
      )}
    </div>
  );
}
