import type { Catalog } from '../catalog.ts';

export const common: Catalog['common'] = {
  appTitle: '旅程画布',
  language: '语言',
  languageNames: { en: 'English', 'zh-CN': '中文' },
};
