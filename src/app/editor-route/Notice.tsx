import { useI18n } from '../../i18n/I18nProvider.tsx';

export interface NoticeMessage {
  tone: 'info' | 'success' | 'error';
  text: string;
  action?: { label: string; run(): void };
}

/** One line of news on the editor page (recovered edits, a publish, a restored version), dismissible. */
export function Notice({ notice, onDismiss }: { notice: NoticeMessage; onDismiss(): void }) {
  const { t } = useI18n();
  return (
    <div
      className={`jc-notice jc-notice--${notice.tone}`}
      role={notice.tone === 'error' ? 'alert' : 'status'}
    >
      <span>{notice.text}</span>
      {notice.action && (
        <button type="button" onClick={notice.action.run}>
          {notice.action.label}
        </button>
      )}
      <button type="button" aria-label={t.route.dismiss} onClick={onDismiss}>
        ×
      </button>
    </div>
  );
}
