import { useI18n } from '../i18n/I18nProvider.tsx';
import { locales, type Locale } from '../i18n/catalog.ts';

/** The UI language; the choice is kept for the next visit by the I18nProvider. */
export function LanguageSelect() {
  const { t, locale, setLocale } = useI18n();
  return (
    <label className="jc-language">
      {t.common.language}{' '}
      <select value={locale} onChange={(event) => setLocale(event.target.value as Locale)}>
        {locales.map((code) => (
          <option key={code} value={code}>
            {t.common.languageNames[code]}
          </option>
        ))}
      </select>
    </label>
  );
}
