import { JourneysPage } from './journeys/JourneysPage.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { useI18n } from './i18n/I18nProvider.tsx';
import { useRoute } from './use-route.ts';

/** The app shell: title bar, language, and the page the URL names. */
export function App() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  return (
    <div className="jc-app">
      <header className="jc-app__bar">
        <h1>{t.common.appTitle}</h1>
        <LanguageSelect />
      </header>
      <main className="jc-app__page">
        <JourneysPage onOpen={(journeyId) => navigate({ page: 'editor', journeyId })} />
        {route.page === 'editor' && <p>{route.journeyId}</p>}
      </main>
    </div>
  );
}
