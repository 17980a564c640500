import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { HallDisplayStatus } from '../../../../shared/display';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/**
 * Puts the hall display on the hall's screen. The desktop app places its own window full-screen on
 * the chosen screen; in a browser the display is a page of the web host: open it in a new tab, or
 * type its address on the computer that drives the projector.
 */
export function HallDisplayControl() {
  const { t } = useTranslation();
  const store = deskStore();
  const url = store.hallDisplayUrl;
  const [status, setStatus] = useState<HallDisplayStatus | null>(null);
  const [screenId, setScreenId] = useState<number | null>(null);

  useEffect(() => {
    if (url !== null) return;
    let alive = true;
    store.api
      .getHallDisplay({})
      .then((s) => {
        if (!alive) return;
        setStatus(s);
        setScreenId(s.chosenScreenId ?? s.screens.find((x) => !x.primary)?.id ?? s.screens[0]?.id ?? null);
      })
      .catch(fail);
    return () => {
      alive = false;
    };
  }, [store, url]);

  if (url !== null) {
    return (
      <div className="hall-control" data-testid="hall-control">
        <button type="button" className="btn" data-testid="open-hall-display" onClick={() => window.open(url, '_blank', 'noopener')}>
          {t('display.open')}
        </button>
        <label className="hall-url">
          <span className="muted small">{t('display.address')}</span>
          <input readOnly value={url} data-testid="hall-display-url" onFocus={(e) => e.target.select()} />
        </label>
      </div>
    );
  }
  if (status === null || !status.supported) return null;
  return (
    <div className="hall-control" data-testid="hall-control">
      <label className="field">
        <span className="muted small">{t('display.screen')}</span>
        <select value={screenId ?? ''} onChange={(e) => setScreenId(Number(e.target.value))} disabled={status.screens.length === 0}>
          {status.screens.map((s) => (
            <option key={s.id} value={s.id}>
              {t(s.primary ? 'display.screenPrimary' : 'display.screenOther', { label: s.label, width: s.width, height: s.height })}
            </option>
          ))}
        </select>
      </label>
      <button type="button" className="btn" data-testid="open-hall-display" disabled={screenId === null} onClick={() => void store.api.openHallDisplay({ screenId }).then(setStatus).catch(fail)}>
        {status.open ? t('display.move') : t('display.open')}
      </button>
      {status.open && (
        <button type="button" className="btn ghost" onClick={() => void store.api.closeHallDisplay({}).then(setStatus).catch(fail)}>
          {t('display.close')}
        </button>
      )}
    </div>
  );
}
