import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import type { SittingPlan } from '../../../../shared/domain/agenda/select';
import type { AgendaPreview } from '../../../../shared/agenda/problems';
import { MAX_AGENDA_FILE_BYTES, previewAgenda, rosterLookup } from '../../../../shared/agenda/import';
import { codeKey } from '../../../../shared/domain/roster/code';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';

type Step =
  | { readonly kind: 'choose'; readonly message: string | null }
  | { readonly kind: 'reading'; readonly fileName: string }
  | { readonly kind: 'preview'; readonly preview: AgendaPreview }
  | { readonly kind: 'importing'; readonly preview: AgendaPreview };

/**
 * Agenda import: choose a CSV (or xlsx) file, see what will be added and every problem with its
 * row and column, choose the sitting, confirm. Nothing changes before Confirm; then all in one piece.
 */
export function AgendaImportDialog(props: { readonly plans: readonly SittingPlan[]; readonly defaultSittingId: string | null; readonly onClose: () => void }) {
  const { t } = useTranslation();
  const delegates = useDesk((v) => v.state.roster.delegates);
  const [step, setStep] = useState<Step>({ kind: 'choose', message: null });
  const [sittingId, setSittingId] = useState(props.defaultSittingId ?? props.plans[0]?.sitting.id ?? '');

  const read = async (file: File) => {
    if (file.size > MAX_AGENDA_FILE_BYTES) {
      setStep({ kind: 'choose', message: t('agenda.import.file.tooLarge', { size: Math.round(file.size / 1024), max: MAX_AGENDA_FILE_BYTES / 1024 }) });
      return;
    }
    setStep({ kind: 'reading', fileName: file.name });
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      const preview = await previewAgenda(bytes, file.name, rosterLookup(delegates.values(), codeKey));
      setStep({ kind: 'preview', preview });
    } catch (error) {
      setStep({ kind: 'choose', message: t('agenda.import.failed', { detail: error instanceof Error ? error.message : String(error) }) });
    }
  };

  const confirm = (preview: AgendaPreview) => {
    setStep({ kind: 'importing', preview });
    deskStore()
      .api.importAgenda({ sittingId, fileName: preview.fileName, items: preview.items.map((i) => ({ fields: i.fields, subItems: i.subItems.map((s) => s.fields) })) })
      .then(({ added }) => {
        showToast({ tone: 'success', message: t('agenda.import.done', { count: added, file: preview.fileName }) });
        props.onClose();
      })
      .catch((error: unknown) => {
        showToast({ tone: 'error', message: errorMessage(error) });
        setStep({ kind: 'preview', preview });
      });
  };

  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : null;
  const count = preview ? preview.items.reduce((sum, i) => sum + 1 + i.subItems.length, 0) : 0;
  const errors = preview ? preview.problems.filter((p) => p.severity === 'error').length : 0;

  return (
    <Dialog
      title={t('agenda.import.title')}
      onClose={props.onClose}
      wide
      testId="agenda-import-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          {preview && count > 0 && (
            <button type="button" className="btn primary" data-testid="agenda-import-confirm" disabled={step.kind === 'importing' || sittingId === ''} onClick={() => confirm(preview)}>
              {t('agenda.import.confirm', { count })}
            </button>
          )}
        </>
      }
    >
      {step.kind === 'choose' && (
        <div className="drop-zone">
          <p>{t('agenda.import.choose')}</p>
          <input
            type="file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            aria-label={t('agenda.import.choose')}
            data-testid="agenda-import-file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) void read(file);
            }}
          />
          <p className="muted small">{t('agenda.import.formats')}</p>
          {step.message && (
            <p className="form-error" role="alert">
              {step.message}
            </p>
          )}
        </div>
      )}
      {step.kind === 'reading' && <p aria-live="polite">{t('agenda.import.reading', { file: step.fileName })}</p>}
      {preview && (
        <div className="import-preview" data-testid="agenda-import-preview">
          {preview.fileProblem ? (
            <p className="form-error" role="alert" data-testid="agenda-import-file-problem">
              {i18next.t(`agenda.import.file.${preview.fileProblem.code}`, preview.fileProblem.params)}
            </p>
          ) : (
            <p data-testid="agenda-import-summary">{t('agenda.import.summary', { file: preview.fileName, total: preview.totalRows, count, errors })}</p>
          )}
          {preview.problems.length > 0 && (
            <ul className="problem-list agenda-problems" data-testid="agenda-import-problems">
              {preview.problems.map((p, i) => (
                <li key={i} className={`problem problem-${p.severity}`} data-code={p.code}>
                  <span className="problem-badge">{t(`agenda.import.severity.${p.severity}`)}</span> {i18next.t(`agenda.import.row.${p.code}`, p.params)}
                </li>
              ))}
            </ul>
          )}
          {count > 0 && (
            <>
              <label className="field">
                <span>{t('agenda.import.sitting')}</span>
                <select value={sittingId} data-testid="agenda-import-sitting" onChange={(e) => setSittingId(e.target.value)}>
                  {props.plans.map((p) => (
                    <option key={p.sitting.id} value={p.sitting.id}>
                      {p.sitting.title}
                    </option>
                  ))}
                </select>
              </label>
              <table className="plain compact">
                <thead>
                  <tr>
                    <th>{t('agenda.import.rowNumber')}</th>
                    <th>{t('agenda.fields.title')}</th>
                    <th>{t('agenda.fields.kind')}</th>
                    <th>{t('agenda.fields.fixedStart')}</th>
                    <th>{t('agenda.fields.duration')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.items.flatMap((item) =>
                    [{ ...item, sub: false }, ...item.subItems.map((s) => ({ ...s, sub: true }))].map((r) => (
                      <tr key={r.row}>
                        <td className="num">{r.row}</td>
                        <td className={r.sub ? 'import-sub' : undefined}>{r.fields.title}</td>
                        <td>{t(`agenda.kind.${r.fields.kind}`)}</td>
                        <td>{r.fields.fixedStart ?? ''}</td>
                        <td className="num">{r.fields.durationMinutes}</td>
                      </tr>
                    )),
                  )}
                </tbody>
              </table>
            </>
          )}
          {step.kind === 'preview' && (
            <button type="button" className="btn ghost" onClick={() => setStep({ kind: 'choose', message: null })}>
              {t('agenda.import.another')}
            </button>
          )}
        </div>
      )}
    </Dialog>
  );
}
