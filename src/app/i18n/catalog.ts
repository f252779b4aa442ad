import type { en } from './en/index.ts';

/** Strings widen so a translation may say anything; message functions keep their parameter types. */
type Widen<T> = T extends string
  ? string
  : T extends (...args: never[]) => unknown
    ? T
    : { [K in keyof T]: Widen<T[K]> };
export type Catalog = Widen<typeof en>;
export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
