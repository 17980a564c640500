// First: it configures zod before any schema is built.
import './zod-setup';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@fontsource/noto-sans/400.css';
import '@fontsource/noto-sans/700.css';
import './styles.css';
import { createClient } from './api/client';
import { initDeskStore } from './store/desk-store';
import { initI18n, setLanguage } from './i18n';
import { App } from './App';

const store = initDeskStore(createClient());
initI18n();
store.onPreferences((p) => setLanguage(p.language));
store.start();

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}
