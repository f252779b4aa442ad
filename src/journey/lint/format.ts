/** How a language writes the numbers in a message; the messages themselves pick the words. */
export interface MessageFormat {
  number(value: number): string;
}

/**
 * Numbers as the locale writes them, with floating-point noise rounded away (a split of
 * 33.3 + 33.3 + 33.3 shows as 99.9, not 99.89999999999999).
 */
export function messageFormat(locale: string): MessageFormat {
  const numbers = new Intl.NumberFormat(locale, { maximumFractionDigits: 6 });
  return { number: (value) => numbers.format(value) };
}

/** The English lint messages (`Lint.message`) are written with this. */
export const englishFormat = messageFormat('en');
