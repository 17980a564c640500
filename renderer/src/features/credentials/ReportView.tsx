import { useDeferredValue, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { LANGUAGES, type Language } from '../../../../shared/domain/congress/model';
import { credentialsFigures } from '../../../../shared/domain/credentials/report';
import { formatClock, formatDate } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { ActionDialog } from '../../ui/Dialog';
import { LanguageOptions, SittingOptions } from '../../ui/Options';
import { ReportFigures } from './ReportFigures';
import { ReportWording } from './ReportWording';
import { VerificationRule } from './VerificationRule';
import { openPrintView } from '../print/print-intent';
import './credentials.css';

/** The credentials report (báo cáo thẩm tra tư cách đại biểu): live figures, the wording, frozen copies. */
export function ReportView() {
  const { t } = useTranslation();
  const uiLanguage = useLanguage();
  const state = useDesk((v) => v.state);
  const congress = state.congress;
  const active = state.attendance.activeSittingId;
  const [sittingChoice, setSittingChoice] = useState<string | null>(null);
  const [language, setLanguage] = useState<Language>(uiLanguage);
  const [snapshotId, setSnapshotId] = useState<string | null>(null);
  const [freezing, setFreezing] = useState(false);
  const [label, setLabel] = useState('');
  const sittingId = sittingChoice ?? active;
  const snapshot = state.credentials.snapshots.find((s) => s.id === snapshotId) ?? null;
  // Recomputed on every change (a check-in at another desk): deferred, so the screen stays responsive.
  const deferredState = useDeferredValue(state);
  const live = useMemo(() => credentialsFigures(deferredState, sittingId), [deferredState, sittingId]);
  const figures = snapshot?.figures ?? live;
  const shownLanguage = snapshot?.language ?? language;
  const when = (iso: string) => `${formatDate(iso.slice(0, 10), uiLanguage)} ${formatClock(iso, uiLanguage)}`;

  const freeze = () => {
    setFreezing(false);
    deskStore()
      .api.freezeReport({ sittingId, language, label: label.trim() === '' ? t('credentials.report.freezeDefault') : label })
      .then((frozen) => {
        showToast({ tone: 'success', message: t('credentials.report.frozen', { time: formatClock(frozen.at, uiLanguage) }) });
        setSnapshotId(frozen.id);
      })
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));
  };

  return (
    <div className="report-view">
      <div className="toolbar report-toolbar">
        <label className="inline-fields small">
          {t('credentials.report.sitting')}
          <select value={sittingId ?? ''} disabled={snapshot !== null} onChange={(e) => setSittingChoice(e.target.value)} data-testid="report-sitting">
            <SittingOptions sittings={congress?.sittings ?? []} />
          </select>
        </label>
        <label className="inline-fields small">
          {t('credentials.report.language')}
          <select
            value={shownLanguage}
            disabled={snapshot !== null}
            onChange={(e) => setLanguage(LANGUAGES.find((l) => l === e.target.value) ?? 'vi')}
            data-testid="report-language"
          >
            <LanguageOptions />
          </select>
        </label>
        <span className="grow" />
        {state.credentials.snapshots.length > 0 && (
          <select aria-label={t('credentials.report.snapshots')} value={snapshotId ?? ''} onChange={(e) => setSnapshotId(e.target.value === '' ? null : e.target.value)} data-testid="report-snapshot">
            <option value="">{t('credentials.report.live')}</option>
            {state.credentials.snapshots.map((s) => (
              <option key={s.id} value={s.id}>
                {t('credentials.report.snapshotItem', { label: s.label, time: when(s.at), language: t(`common.language.${s.language}`) })}
              </option>
            ))}
          </select>
        )}
        <button type="button" className="btn primary" onClick={() => (setLabel(''), setFreezing(true))} data-testid="freeze-report">
          {t('credentials.report.freeze')}
        </button>
        <button
          type="button"
          className="btn"
          onClick={() =>
            // The report as shown: a frozen copy in its own language, or the live figures of this sitting.
            openPrintView('credentials-report', snapshot ? { lang: snapshot.language, snapshot: snapshot.id } : { lang: language, ...(sittingId ? { sitting: sittingId } : {}) })
          }
          data-testid="print-report"
        >
          {t('credentials.report.print')}
        </button>
      </div>
      {snapshot ? (
        <div className="banner banner-warning" data-testid="snapshot-banner">
          <span>{t('credentials.report.showing', { label: snapshot.label, time: when(snapshot.at) })}</span>
          <button type="button" className="btn small" onClick={() => setSnapshotId(null)}>
            {t('credentials.report.showLive')}
          </button>
        </div>
      ) : (
        <VerificationRule compact />
      )}
      <div className="report-columns">
        <ReportFigures figures={figures} language={shownLanguage} />
        <ReportWording figures={figures} language={shownLanguage} frozenTemplate={snapshot?.template ?? null} />
      </div>
      {freezing && (
        <ActionDialog
          title={t('credentials.report.freezeTitle')}
          actLabel={t('credentials.report.freezeConfirm')}
          onAct={freeze}
          onCancel={() => setFreezing(false)}
          testId="freeze-dialog"
          actTestId="freeze-confirm"
        >
          <p className="small">{t('credentials.report.freezeHint')}</p>
          <label className="field">
            <span>{t('credentials.report.freezeLabel')}</span>
            <input autoFocus value={label} maxLength={120} placeholder={t('credentials.report.freezeDefault')} onChange={(e) => setLabel(e.target.value)} data-testid="freeze-label" />
          </label>
        </ActionDialog>
      )}
    </div>
  );
}
