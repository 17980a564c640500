import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { deskStore, useDesk } from './store/desk-store';
import { CongressForm } from './features/congress/CongressForm';
import { ToastHost } from './ui/toasts';
import { StartScreen } from './features/start/StartScreen';
import { Shell } from './features/shell/Shell';

export function App() {
  const { t } = useTranslation();
  const connection = useDesk((v) => v.connection);
  const hasSession = useDesk((v) => v.session !== null);
  const hasInfo = useDesk((v) => v.info !== null);
  const [creating, setCreating] = useState(false);
  useEffect(() => deskStore().onMenu((command) => command === 'newCongress' && setCreating(true)), []);

  let body;
  if (connection === 'noAccess') {
    body = (
      <main className="center-screen" data-testid="no-access">
        <h1>{t('common.appName')}</h1>
        <p>{t('desk.noAccess')}</p>
      </main>
    );
  } else if (!hasInfo) {
    body = (
      <main className="center-screen" aria-busy="true">
        <p>{connection === 'lost' ? t('desk.connectionLost') : t('desk.connecting')}</p>
      </main>
    );
  } else if (!hasSession) {
    body = <StartScreen />;
  } else {
    body = <Shell />;
  }
  return (
    <>
      {connection === 'lost' && hasInfo && (
        <div className="banner banner-error" role="alert">
          {t('desk.connectionLost')}
        </div>
      )}
      {body}
      {creating && (
        <CongressForm
          mode="create"
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            await deskStore().api.createCongress(input);
            await deskStore().api.setPreferences({ welcomed: true });
          }}
        />
      )}
      <ToastHost />
    </>
  );
}
