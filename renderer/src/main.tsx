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
import { pageFor } from './routes';
import { startDeskClock } from './ui/desk-clock';

const store = initDeskStore(createClient());
initI18n();
store.onPreferences((p) => setLanguage(p.language));
store.start();
// Every clock and timer shows the desk's time, also on a hall display in another computer's browser.
startDeskClock(() => store.api.serverTime({}));

// Client-side routes: the hall display is a page of its own (a second window, or a browser tab on
// the projector's computer); everything else is the desk.
const hallDisplay = /^\/display(\/|$)/.test(window.location.pathname);
if (hallDisplay) document.documentElement.classList.add('hall-page');

const root = document.getElementById('root');
const Page = pageFor(window.location.pathname);
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Page />
    </StrictMode>,
  );
}
