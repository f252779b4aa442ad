import type { FigureKind } from './figures.ts';

export const currencies = ['CNY', 'USD', 'EUR', 'HKD', 'JPY', 'SGD', 'GBP'] as const;
export type Currency = (typeof currencies)[number];
export const DEFAULT_CURRENCY: Currency = 'CNY';

export interface FigureFormat {
  figure(value: number | null, kind: FigureKind): string;
  /** a signed change: "+1,234", "−12.5%" */
  change(value: number, kind: FigureKind): string;
  percent(value: number): string;
  count(value: number): string;
  money(value: number): string;
  /** short money for chart axes: "¥1.2K" */
  moneyShort(value: number): string;
}

/** Intl formats for one locale and currency, built once per (locale, currency). */
export function figureFormat(locale: string, currency: Currency, notApplicable: string): FigureFormat {
  const count = new Intl.NumberFormat(locale, { maximumFractionDigits: 0 });
  const decimal = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const money = new Intl.NumberFormat(locale, { style: 'currency', currency });
  const ratio = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 1 });
  const moneyShort = new Intl.NumberFormat(locale, {
    style: 'currency',
    currency,
    notation: 'compact',
    maximumFractionDigits: 1,
  });
  const signed = (options: Intl.NumberFormatOptions) =>
    new Intl.NumberFormat(locale, { ...options, signDisplay: 'exceptZero' });
  const signedFormats: Record<FigureKind, Intl.NumberFormat> = {
    count: signed({ maximumFractionDigits: 0 }),
    decimal: signed({ maximumFractionDigits: 1 }),
    money: signed({ style: 'currency', currency }),
    ratio: signed({ style: 'percent', maximumFractionDigits: 1 }),
  };
  const plain: Record<FigureKind, Intl.NumberFormat> = { count, decimal, money, ratio };
  return {
    figure: (value, kind) => (value === null ? notApplicable : plain[kind].format(value)),
    change: (value, kind) => signedFormats[kind].format(value),
    percent: (value) => ratio.format(value),
    count: (value) => count.format(value),
    money: (value) => money.format(value),
    moneyShort: (value) => moneyShort.format(value),
  };
}

const CURRENCY_KEY = 'journey-canvas.currency';

/** The currency setting lives in this browser (money in a journey has no unit of its own). */
export function storedCurrency(): Currency {
  try {
    const stored = localStorage.getItem(CURRENCY_KEY);
    return (currencies as readonly string[]).includes(stored ?? '') ? (stored as Currency) : DEFAULT_CURRENCY;
  } catch (error) {
    console.warn('Could not read the currency setting', error);
    return DEFAULT_CURRENCY;
  }
}

export function storeCurrency(currency: Currency): void {
  try {
    localStorage.setItem(CURRENCY_KEY, currency);
  } catch (error) {
    console.warn('Could not save the currency setting', error);
  }
}
