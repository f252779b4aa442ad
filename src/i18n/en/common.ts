import { messages } from '../message.ts';
export const common = messages({
  appTitle: 'Journey Canvas',
  language: 'Language',
  languageNames: { en: 'English', 'zh-CN': '中文' },
});
