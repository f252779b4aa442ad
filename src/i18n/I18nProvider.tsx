import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from 'react';
import { en } from './en/index.ts';
import { zhCN } from './zh-CN/index.ts';
import { locales, type Catalog, type Locale } from './catalog.ts';
import { plural, type Plural } from './plural.ts';

const catalogs: Record<Locale, Catalog> = { en, 'zh-CN': zhCN };
const STORAGE_KEY = 'journey-canvas.locale';

interface I18nValue {
  locale: Locale;
  t: Catalog;
  setLocale: (locale: Locale) => void;
  formatNumber: (value: number, options?: Intl.NumberFormatOptions) => string;
  /** `plural(t.editor.clipboard.copied, 3, { count: '3' })`: the sentence of the locale's plural category for 3 */
  plural: <Slot extends string>(
    forms: Plural<Slot>,
    count: number,
    values: { [K in Slot]: string | number },
  ) => string;
}

const I18nContext = createContext<I18nValue | null>(null);

function initialLocale(): Locale {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && (locales as readonly string[]).includes(stored)) return stored as Locale;
  return typeof navigator !== 'undefined' && navigator.language.startsWith('zh') ? 'zh-CN' : 'en';
}

export function I18nProvider({ children, locale: fixed }: { children: ReactNode; locale?: Locale }) {
  const [locale, setLocaleState] = useState<Locale>(() => fixed ?? initialLocale());
  const setLocale = useCallback((next: Locale) => {
    localStorage.setItem(STORAGE_KEY, next);
    document.documentElement.lang = next;
    setLocaleState(next);
  }, []);
  const value = useMemo<I18nValue>(() => {
    const numberFormat = (options?: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options);
    return {
      locale,
      t: catalogs[locale],
      setLocale,
      formatNumber: (v, o) => numberFormat(o).format(v),
      plural: (forms, count, values) => plural(locale, forms, count, values),
    };
  }, [locale, setLocale]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

/** `const { t } = useI18n(); t.common.appTitle` — catalogs are typed objects, so a missing key fails typecheck. */
export function useI18n(): I18nValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useI18n must be used inside <I18nProvider>');
  return value;
}
