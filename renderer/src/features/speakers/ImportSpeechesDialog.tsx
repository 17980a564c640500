import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { codeKey } from '../../../../shared/domain/roster/code';
import { MAX_SPEECH_FILE_BYTES, previewSpeechImport, type SpeechImportPreview } from '../../../../shared/speakers/import';
import { describeSpeechFileProblem, describeSpeechRowProblem } from '../../../../shared/speakers/messages';
import { formatNumber } from '../../../../shared/i18n/format';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';

type Step =
  | { readonly kind: 'choose'; readonly message: string | null }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'preview'; readonly preview: SpeechImportPreview }
  | { readonly kind: 'importing'; readonly preview: SpeechImportPreview };

const translate = (key: string, params: Record<string, string | number>) => i18next.t(key, params);

/**
 * Prepared contributions from a file, in three steps as for the roster: choose, preview every
 * problem with its row and column, confirm. A list of contributions is small, so it is read here.
 */
export function ImportSpeechesDialog(props: { readonly discussion: Discussion; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const speeches = useDesk((v) => v.state.speakers.speeches);
  const [step, setStep] = useState<Step>({ kind: 'choose', message: null });

  const context = useMemo(() => {
    const delegatesByCode = new Map([...delegates.values()].map((d) => [codeKey(d.code), { id: d.id, fullName: d.fullName }]));
    const registered = new Set<string>();
    for (const s of speeches.values()) {
      if (s.discussionId === props.discussion.id && s.status === 'waiting' && s.kind === 'preparedContribution' && s.speaker.kind === 'delegate') {
        registered.add(s.speaker.delegateId);
      }
    }
    return { delegatesByCode, registered };
  }, [delegates, speeches, props.discussion.id]);

  const read = async (file: File) => {
    if (file.size > MAX_SPEECH_FILE_BYTES) {
      const problem = { source: 'speeches' as const, code: 'tooLarge' as const, params: { size: Math.ceil(file.size / 1024), max: MAX_SPEECH_FILE_BYTES / 1024 } };
      setStep({ kind: 'choose', message: describeSpeechFileProblem(problem, translate) });
      return;
    }
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const preview = await previewSpeechImport(new Uint8Array(await file.arrayBuffer()), file.name, context);
      setStep({ kind: 'preview', preview });
    } catch (error) {
      setStep({ kind: 'choose', message: t('speakers.import.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const confirm = (preview: SpeechImportPreview) => {
    setStep({ kind: 'importing', preview });
    deskStore()
      .api.importSpeeches({ discussionId: props.discussion.id, speeches: preview.rows.map((r) => r.fields) })
      .then(({ added }) => {
        showToast({ tone: 'success', message: t('speakers.import.done', { count: formatNumber(added, language), file: preview.fileName }) });
        props.onClose();
      })
      .catch((error: unknown) => {
        showToast({ tone: 'error', message: errorMessage(error) });
        setStep({ kind: 'preview', preview });
      });
  };

  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : null;
  const errors = preview ? preview.problems.filter((p) => p.severity === 'error').length : 0;
  const skipped = preview ? preview.totalRows - preview.rows.length : 0;

  return (
    <Dialog
      title={t('speakers.import.title')}
      onClose={props.onClose}
      wide
      testId="import-speeches-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          {preview && preview.rows.length > 0 && (
            <button type="button" className="btn primary" data-testid="confirm-speech-import" disabled={step.kind === 'importing'} onClick={() => confirm(preview)}>
              {skipped > 0
                ? t('speakers.import.confirmSkipping', { count: preview.rows.length, skipped })
                : t('speakers.import.confirm', { count: preview.rows.length })}
            </button>
          )}
        </>
      }
    >
      {step.kind === 'choose' && (
        <div className="drop-zone">
          <p>{t('speakers.import.intro')}</p>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            data-testid="speech-import-file"
            aria-label={t('speakers.import.choose')}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
          {step.message && (
            <p className="form-error" role="alert">
              {step.message}
            </p>
          )}
        </div>
      )}
      {step.kind === 'reading' && <p aria-live="polite">{t('speakers.import.reading', { file: step.fileName })}</p>}
      {preview && (
        <div className="import-preview" data-testid="speech-import-preview">
          {preview.fileProblem ? (
            <p className="form-error" role="alert" data-testid="speech-import-file-problem">
              {describeSpeechFileProblem(preview.fileProblem, translate)}
            </p>
          ) : (
            <p data-testid="speech-import-summary">
              {t('speakers.import.summary', { file: preview.fileName, total: preview.totalRows, count: preview.rows.length, errors })}
            </p>
          )}
          {preview.problems.length > 0 && (
            <section>
              <h3>{t('speakers.import.problemsTitle', { count: preview.problems.length })}</h3>
              <ul className="problem-list plain-list" data-testid="speech-import-problems">
                {preview.problems.map((p, i) => (
                  <li key={i} className={`problem problem-${p.severity}`} data-code={p.code}>
                    <span className="problem-badge">{t(`speakers.import.severity.${p.severity}`)}</span> {describeSpeechRowProblem(p, translate)}
                  </li>
                ))}
              </ul>
            </section>
          )}
          {preview.rows.length > 0 && (
            <>
              <h3>{t('speakers.import.rowsTitle', { count: preview.rows.length })}</h3>
              <table className="plain compact">
                <thead>
                  <tr>
                    <th>{t('speakers.import.row')}</th>
                    <th>{t('speakers.import.columns.fullName')}</th>
                    <th>{t('speakers.import.columns.title')}</th>
                    <th>{t('speakers.import.columns.minutes')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.map((r) => (
                    <tr key={r.row}>
                      <td className="num">{r.row}</td>
                      <td>{r.name}</td>
                      <td>{r.fields.title}</td>
                      <td className="num">{r.fields.limitSeconds === null ? '—' : r.fields.limitSeconds / 60}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {step.kind === 'preview' && (
            <button type="button" className="btn ghost" onClick={() => setStep({ kind: 'choose', message: null })}>
              {t('speakers.import.another')}
            </button>
          )}
        </div>
      )}
    </Dialog>
  );
}
