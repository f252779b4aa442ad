import { QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createQueryClient } from './api/query-client.ts';
import { App } from './app/App.tsx';
import { I18nProvider } from './i18n/I18nProvider.tsx';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

/** Without a real backend configured, the embedded one (msw, mocks/) serves /api/* in this tab. */
async function startBackend() {
  const env = import.meta.env as Record<string, string | undefined>;
  if (env.VITE_API_BASE_URL) return;
  const { startEmbeddedBackend } = await import('../mocks/browser.ts');
  const { sampleCohortCatalog } = await import('./cohort/samples/catalog.ts');
  await startEmbeddedBackend({
    cohorts: sampleCohortCatalog.map(({ id, name, defaultSize, description }) => ({
      id,
      name,
      size: defaultSize,
      description,
    })),
  });
}

const queryClient = createQueryClient();
await startBackend();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <I18nProvider>
        <App />
      </I18nProvider>
    </QueryClientProvider>
  </StrictMode>,
);
