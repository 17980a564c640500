import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SessionFileInfo } from '../../../../shared/domain/session';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { CongressForm } from '../congress/CongressForm';
import { formatNumber } from '../../../../shared/i18n/format';

/** The first screen: the demo congress, a new congress, or a session file to continue. */
export function StartScreen() {
  const { t } = useTranslation();
  const language = useLanguage();
  const info = useDesk((v) => v.info);
  const [files, setFiles] = useState<readonly SessionFileInfo[] | null>(null);
  const [creating, setCreating] = useState(false);
  const [busy, setBusy] = useState(false);
  const api = deskStore().api;

  useEffect(() => {
    api.listSessionFiles({}).then(setFiles, () => setFiles([]));
  }, [api]);

  const run = (task: () => Promise<unknown>) => {
    setBusy(true);
    task()
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }))
      .finally(() => setBusy(false));
  };
  const openDemo = () =>
    run(async () => {
      await api.openDemo({});
      await api.setPreferences({ welcomed: true });
    });

  const firstStart = info !== null && !info.preferences.welcomed;
  return (
    <main className="start" data-testid="start-screen" aria-busy={busy}>
      <header className="start-header">
        <div>
          <h1>{t('common.appName')}</h1>
          <p className="muted">{t('start.tagline')}</p>
        </div>
        <LanguageSwitch />
      </header>

      {firstStart && (
        <section className="card welcome" aria-labelledby="welcome-title">
          <h2 id="welcome-title">{t('start.welcomeTitle')}</h2>
          <p>{t('start.welcomeText')}</p>
          <button type="button" className="btn primary large" disabled={busy} onClick={openDemo} autoFocus>
            {t('start.openDemo')}
          </button>
        </section>
      )}

      <section className="start-actions">
        <button type="button" className="btn primary" disabled={busy} onClick={() => setCreating(true)}>
          {t('start.newCongress')}
        </button>
        {!firstStart && (
          <button type="button" className="btn" disabled={busy} onClick={openDemo} data-testid="open-demo">
            {t('start.openDemo')}
          </button>
        )}
        {info?.nativeDialogs && (
          <button type="button" className="btn" disabled={busy} onClick={() => run(() => api.chooseSessionFile({}))}>
            {t('start.openFile')}
          </button>
        )}
      </section>

      <section aria-labelledby="recent-title">
        <h2 id="recent-title">{t('start.sessions')}</h2>
        {files === null ? (
          <p className="muted">{t('desk.connecting')}</p>
        ) : files.length === 0 ? (
          <p className="muted">{t('start.noSessions')}</p>
        ) : (
          <ul className="session-list">
            {files.map((file) => (
              <li key={file.path}>
                <button
                  type="button"
                  className="session-item"
                  disabled={busy}
                  onClick={() => run(() => api.openSession({ path: file.path }))}
                >
                  <strong>{file.congressName ?? file.fileName}</strong>
                  <span className="muted">
                    {file.fileName} · {new Date(file.modifiedAt).toLocaleString(language === 'vi' ? 'vi-VN' : 'en-GB')} ·{' '}
                    {t('start.size', { size: formatNumber(Math.ceil(file.sizeBytes / 1024), language) })}
                  </span>
                </button>
              </li>
            ))}
          </ul>
        )}
        {info && <p className="muted small">{t('start.folder', { path: info.sessionsDir })}</p>}
      </section>

      {creating && (
        <CongressForm
          mode="create"
          onClose={() => setCreating(false)}
          onSubmit={async (input) => {
            await api.createCongress(input);
            await api.setPreferences({ welcomed: true });
          }}
        />
      )}
    </main>
  );
}
