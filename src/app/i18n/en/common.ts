export const common = {
  appTitle: 'Journey Canvas',
  language: 'Language',
  languageNames: { en: 'English', 'zh-CN': '中文' },
};
