import type { Catalog } from '../catalog.ts';
import { translation } from '../message.ts';

export const common = translation<Catalog['common']>({
  appTitle: '旅程画布',
  language: '语言',
  languageNames: { en: 'English', 'zh-CN': '中文' },
});
