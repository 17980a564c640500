import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { speechLog } from '../../../../shared/domain/speakers/log';
import { formatDuration } from '../../../../shared/domain/speakers/timer';
import { formatClock } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { ScopeSelect, filterOf, printParamsOf, type Scope } from './ScopeSelect';
import { openPrintView } from '../print/print-intent';
import { downloadSpeechLog } from './log-download';
import { useNow } from './use-now';
import { deskNow } from '../../ui/desk-clock';

/** Every speech given, in order, with its times and overrun; exported as CSV for Excel. */
export function SpeechLogView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const [scope, setScope] = useState<Scope>('');
  const speaking = state.speakers.currentSpeechId !== null;
  const now = useNow(speaking, 1000);
  const entries = useMemo(() => speechLog(state, now, filterOf(scope)), [state, now, scope]);

  const exportCsv = () => {
    const today = new Date(deskNow());
    const date = `${today.getFullYear()}-${String(today.getMonth() + 1).padStart(2, '0')}-${String(today.getDate()).padStart(2, '0')}`;
    downloadSpeechLog(entries, date);
    showToast({ tone: 'success', message: t('speakers.log.exported', { count: entries.length }) });
  };

  return (
    <section className="speech-log">
      <div className="toolbar">
        <ScopeSelect value={scope} onChange={setScope} testId="log-scope" />
        <span className="muted small grow" data-testid="log-count">
          {t('speakers.log.count', { count: entries.length })}
        </span>
        <button type="button" className="btn primary" onClick={exportCsv} disabled={entries.length === 0} data-testid="export-log">
          {t('speakers.log.export')}
        </button>
        <button type="button" className="btn" onClick={() => openPrintView('speech-log', printParamsOf(scope))} data-testid="print-log">
          {t('speakers.log.print')}
        </button>
      </div>
      {entries.length === 0 ? (
        <p className="muted">{t('speakers.log.empty')}</p>
      ) : (
        <div className="table-scroll">
          <table className="plain compact log-table" data-testid="speech-log">
            <thead>
              <tr>
                <th className="num">{t('speakers.log.columns.number')}</th>
                <th>{t('speakers.log.columns.speaker')}</th>
                <th>{t('speakers.log.columns.kind')}</th>
                <th>{t('speakers.log.columns.title')}</th>
                <th>{t('speakers.log.columns.start')}</th>
                <th>{t('speakers.log.columns.end')}</th>
                <th className="num">{t('speakers.log.columns.duration')}</th>
                <th className="num">{t('speakers.log.columns.allowed')}</th>
                <th className="num">{t('speakers.log.columns.overrun')}</th>
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => (
                <tr key={e.speechId} className={e.endedAt === null ? 'in-progress' : undefined}>
                  <td className="num">{e.number}</td>
                  <td>
                    <strong>{e.speaker.name}</strong>
                    <br />
                    <span className="muted small">{e.speaker.detail}</span>
                  </td>
                  <td>{t(`speakers.kind.${e.kind}`)}</td>
                  <td className="log-title">{e.title}</td>
                  <td>{formatClock(e.startedAt, language, true)}</td>
                  <td>{e.endedAt === null ? t('speakers.log.inProgress') : formatClock(e.endedAt, language, true)}</td>
                  <td className="num">{formatDuration(e.durationMs)}</td>
                  <td className="num">{e.allowedMs === null ? '—' : formatDuration(e.allowedMs)}</td>
                  <td className={e.overrunMs > 0 ? 'num overrun' : 'num'}>{e.overrunMs > 0 ? `+${formatDuration(e.overrunMs)}` : ''}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
