import { useI18n } from '../../i18n/I18nProvider.tsx';
import { localizedLintMessage } from '../../i18n/lint-messages.ts';
import type { Lint } from '../../journey/index.ts';

/** The live lints about what the inspector shows, in the user's language; nothing when there are none. */
export function LintList({ title, lints }: { title: string; lints: readonly Lint[] }) {
  const { t, locale } = useI18n();
  if (lints.length === 0) return null;
  return (
    <div className="insp-lints">
      <h3 className="insp-subheading">{title}</h3>
      <ul>
        {lints.map((lint, index) => (
          <li key={`${lint.code}-${index}`} className={`insp-lint insp-lint--${lint.severity}`}>
            {localizedLintMessage(lint, t, locale)}
          </li>
        ))}
      </ul>
    </div>
  );
}
