import { useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

/** The session's file actions; in Electron the same actions are in the File menu. */
export function SessionMenu() {
  const { t } = useTranslation();
  const info = useDesk((v) => v.info);
  const session = useDesk((v) => v.session);
  const ref = useRef<HTMLDetailsElement>(null);
  const store = deskStore();
  const act = (task: () => Promise<void>) => {
    if (ref.current) ref.current.open = false;
    task().catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));
  };
  const sounds = info?.preferences.sounds ?? true;
  return (
    <details className="menu" ref={ref}>
      <summary className="btn" data-testid="session-menu">
        {t('desk.menu.title')}
      </summary>
      <div className="menu-items" role="menu">
        {session && <p className="menu-note muted">{session.path}</p>}
        {info?.nativeDialogs ? (
          <button
            type="button"
            role="menuitem"
            onClick={() =>
              act(async () => {
                const result = await store.api.exportSessionCopy({});
                if (result.kind === 'saved') showToast({ tone: 'success', message: t('desk.menu.copySaved', { path: result.path }) });
              })
            }
          >
            {t('desk.menu.saveCopy')}
          </button>
        ) : (
          <button type="button" role="menuitem" onClick={() => act(() => store.downloadSessionCopy())}>
            {t('desk.menu.downloadCopy')}
          </button>
        )}
        <button
          type="button"
          role="menuitem"
          onClick={() =>
            act(async () => {
              const { path } = await store.api.revealBackups({});
              if (!info?.nativeDialogs) showToast({ tone: 'info', message: t('desk.menu.backupsAt', { path }) }, 15_000);
            })
          }
        >
          {t('desk.menu.backups')}
        </button>
        <label className="menu-check">
          <input type="checkbox" checked={sounds} onChange={(e) => act(async () => void (await store.api.setPreferences({ sounds: e.target.checked })))} />
          {t('desk.menu.sounds')}
        </label>
        <button type="button" role="menuitem" data-testid="close-session" onClick={() => act(async () => void (await store.api.closeSession({})))}>
          {t('desk.menu.close')}
        </button>
      </div>
    </details>
  );
}
