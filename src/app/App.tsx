import { EditorRoute } from './editor-route/EditorRoute.tsx';
import { JourneysPage } from './journeys/JourneysPage.tsx';
import { LanguageSelect } from './LanguageSelect.tsx';
import { useI18n } from '../i18n/I18nProvider.tsx';
import { useRoute } from './use-route.ts';
import './app.css';

/** The app shell: title bar, language, and the page the URL names. */
export function App() {
  const { t } = useI18n();
  const [route, navigate] = useRoute();
  const openJourney = (journeyId: string) => navigate({ page: 'editor', journeyId });
  return (
    <div className="jc-app">
      <header className="jc-app__bar">
        <h1>{t.common.appTitle}</h1>
        <LanguageSelect />
      </header>
      <main className="jc-app__page">
        {route.page === 'editor' ? (
          <EditorRoute
            key={route.journeyId}
            journeyId={route.journeyId}
            onBack={() => navigate({ page: 'journeys' })}
            onOpenJourney={openJourney}
          />
        ) : (
          <JourneysPage onOpen={openJourney} />
        )}
      </main>
    </div>
  );
}
