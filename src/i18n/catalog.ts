import type { en } from './en/index.ts';

/** The English catalog's shape, sentence slots included (message.ts), is what every language fills. */
export type Catalog = typeof en;
export const locales = ['en', 'zh-CN'] as const;
export type Locale = (typeof locales)[number];
