import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Language } from '../../../../shared/domain/congress/model';
import type { CredentialsFigures } from '../../../../shared/domain/credentials/figures';
import { defaultReportTemplate } from '../../../../shared/domain/credentials/default-template';
import { fillReportTemplate, PLACEHOLDERS } from '../../../../shared/credentials/template';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

/** The report as read: the wording with its figures; for the live report, the wording can be edited. */
export function ReportWording(props: { readonly figures: CredentialsFigures; readonly language: Language; readonly frozenTemplate: string | null }) {
  const { t } = useTranslation();
  const { language, figures, frozenTemplate } = props;
  const custom = useDesk((v) => v.state.credentials.templates.get(language));
  const current = frozenTemplate ?? custom ?? defaultReportTemplate(language);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(current);
  useEffect(() => {
    if (!editing) setDraft(current);
  }, [current, editing]);
  const filled = useMemo(() => fillReportTemplate(editing ? draft : current, figures, language), [editing, draft, current, figures, language]);

  const save = (template: string | null) =>
    deskStore()
      .api.setReportTemplate({ language, template })
      .then(() => {
        setEditing(false);
        showToast({ tone: 'success', message: t('credentials.report.wordingSaved') });
      })
      .catch((error: unknown) => showToast({ tone: 'error', message: errorMessage(error) }));

  return (
    <section className="report-wording">
      <div className="toolbar">
        <h3 className="grow">{t('credentials.report.wording')}</h3>
        {frozenTemplate === null && !editing && (
          <>
            <span className="muted small">{custom === undefined ? t('credentials.report.wordingStandard') : t('credentials.report.wordingCustom')}</span>
            <button type="button" className="btn small" onClick={() => setEditing(true)} data-testid="edit-wording">
              {t('credentials.report.edit')}
            </button>
          </>
        )}
      </div>
      {editing && (
        <div className="wording-editor">
          <p className="muted small">{t('credentials.report.wordingHint')}</p>
          <textarea value={draft} rows={14} onChange={(e) => setDraft(e.target.value)} data-testid="wording-text" spellCheck={false} />
          <details>
            <summary className="small">{t('credentials.report.placeholders')}</summary>
            <p className="placeholder-list small">
              {PLACEHOLDERS.map((p) => (
                <code key={p}>{`{${p}}`}</code>
              ))}
            </p>
          </details>
          <div className="toolbar">
            <button type="button" className="btn primary" disabled={draft.trim() === ''} onClick={() => void save(draft)} data-testid="save-wording">
              {t('credentials.report.saveWording')}
            </button>
            <button type="button" className="btn" onClick={() => setEditing(false)}>
              {t('common.actions.cancel')}
            </button>
            {custom !== undefined && (
              <button type="button" className="btn ghost" onClick={() => void save(null)}>
                {t('credentials.report.resetWording')}
              </button>
            )}
          </div>
        </div>
      )}
      {filled.unknown.length > 0 && (
        <p className="form-error" role="alert" data-testid="unknown-placeholders">
          {t('credentials.report.unknownPlaceholders', { list: filled.unknown.map((u) => `{${u}}`).join(', ') })}
        </p>
      )}
      <div className="report-text" lang={language} data-testid="report-text">
        <h4 className="muted small">{t('credentials.report.preview')}</h4>
        {filled.paragraphs.map((paragraph, i) => (
          <p key={i}>{paragraph}</p>
        ))}
      </div>
    </section>
  );
}
