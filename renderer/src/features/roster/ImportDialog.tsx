import { useEffect, useMemo, useRef, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { RosterPreview } from '../../../../shared/roster/problems';
import { MAX_ROSTER_FILE_BYTES } from '../../../../shared/roster/import';
import { describeFileProblem, describeRowProblem } from '../../../../shared/roster/messages';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { formatNumber } from '../../../../shared/i18n/format';
import { Dialog } from '../../ui/Dialog';
import { showToast } from '../../ui/toasts';
import type { ImportMessage, ImportRequest } from './import.worker';
import i18next from 'i18next';

type Step =
  | { readonly kind: 'choose'; readonly message: string | null }
  | { readonly kind: 'reading'; readonly fileName: string; readonly done: number; readonly total: number }
  | { readonly kind: 'preview'; readonly preview: RosterPreview }
  | { readonly kind: 'importing'; readonly preview: RosterPreview };

const translate = (key: string, params: Record<string, string | number>) => i18next.t(key, params);
const PREVIEW_ROWS = 50;

/**
 * Roster import in three steps: choose a file, read it in a worker with progress, then a preview of
 * what will be added and every problem with its row and column. Nothing changes until Confirm; then
 * the rows are added in one piece.
 */
export function ImportDialog(props: { readonly onClose: () => void }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const byCode = useDesk((v) => v.state.roster.byCode);
  const [step, setStep] = useState<Step>({ kind: 'choose', message: null });
  const worker = useRef<Worker | null>(null);
  useEffect(() => () => worker.current?.terminate(), []);

  const read = async (file: File) => {
    if (file.size > MAX_ROSTER_FILE_BYTES) {
      setStep({
        kind: 'choose',
        message: describeFileProblem(
          { code: 'tooLarge', params: { size: Math.round(file.size / 104857.6) / 10, max: MAX_ROSTER_FILE_BYTES / 1048576 } },
          translate,
        ),
      });
      return;
    }
    setStep({ kind: 'reading', fileName: file.name, done: 0, total: 0 });
    const bytes = await file.arrayBuffer();
    worker.current?.terminate();
    const w = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module' });
    worker.current = w;
    w.onmessage = (event: MessageEvent<ImportMessage>) => {
      const message = event.data;
      switch (message.kind) {
        case 'progress':
          setStep({ kind: 'reading', fileName: file.name, done: message.done, total: message.total });
          return;
        case 'done':
          setStep({ kind: 'preview', preview: message.preview });
          w.terminate();
          return;
        case 'failed':
          setStep({ kind: 'choose', message: t('roster.import.failed', { detail: message.message }) });
          w.terminate();
          return;
      }
    };
    const request: ImportRequest = { bytes, fileName: file.name, existingCodes: [...byCode.keys()] };
    w.postMessage(request, [bytes]);
  };

  const confirm = (preview: RosterPreview) => {
    setStep({ kind: 'importing', preview });
    deskStore()
      .api.importRoster({ fileName: preview.fileName, delegates: preview.rows.map((r) => r.fields) })
      .then(({ added }) => {
        showToast({ tone: 'success', message: t('roster.import.done', { count: formatNumber(added, language), file: preview.fileName }) });
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
      title={t('roster.import.title')}
      onClose={props.onClose}
      wide
      testId="import-dialog"
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          {preview && preview.rows.length > 0 && (
            <button type="button" className="btn primary" data-testid="confirm-import" disabled={step.kind === 'importing'} onClick={() => confirm(preview)}>
              {skipped > 0
                ? t('roster.import.confirmSkipping', { count: formatNumber(preview.rows.length, language), skipped: formatNumber(skipped, language) })
                : t('roster.import.confirm', { count: formatNumber(preview.rows.length, language) })}
            </button>
          )}
        </>
      }
    >
      {step.kind === 'choose' && <FileChooser message={step.message} onFile={(f) => void read(f)} />}
      {step.kind === 'reading' && (
        <div aria-live="polite">
          <p>{t('roster.import.reading', { file: step.fileName })}</p>
          <progress className="progress" value={step.done} max={step.total || undefined} data-testid="import-progress" />
          <p className="muted small">{step.total > 0 ? t('roster.import.progress', { done: formatNumber(step.done, language), total: formatNumber(step.total, language) }) : ''}</p>
        </div>
      )}
      {preview && (
        <div className="import-preview" data-testid="import-preview">
          {preview.fileProblem ? (
            <p className="form-error" role="alert" data-testid="import-file-problem">
              {describeFileProblem(preview.fileProblem, translate)}
            </p>
          ) : (
            <p data-testid="import-summary">
              {t('roster.import.summary', {
                file: preview.fileName,
                total: formatNumber(preview.totalRows, language),
                count: formatNumber(preview.rows.length, language),
                errors: formatNumber(errors, language),
              })}
            </p>
          )}
          {preview.problems.length > 0 && <ProblemList preview={preview} />}
          {preview.rows.length > 0 && (
            <>
              <h3>{t('roster.import.rowsTitle', { shown: Math.min(PREVIEW_ROWS, preview.rows.length), count: formatNumber(preview.rows.length, language) })}</h3>
              <table className="plain compact">
                <thead>
                  <tr>
                    <th>{t('roster.import.row')}</th>
                    <th>{t('roster.fields.code')}</th>
                    <th>{t('roster.fields.fullName')}</th>
                    <th>{t('roster.fields.organisation')}</th>
                    <th>{t('roster.fields.category')}</th>
                  </tr>
                </thead>
                <tbody>
                  {preview.rows.slice(0, PREVIEW_ROWS).map(({ row, fields }) => (
                    <tr key={row}>
                      <td className="num">{row}</td>
                      <td className="code">{fields.code}</td>
                      <td>{fields.fullName}</td>
                      <td>{fields.organisation}</td>
                      <td>{t(`roster.category.${fields.category}`)}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {step.kind === 'preview' && (
            <button type="button" className="btn ghost" onClick={() => setStep({ kind: 'choose', message: null })}>
              {t('roster.import.another')}
            </button>
          )}
        </div>
      )}
    </Dialog>
  );
}

function FileChooser(props: { readonly message: string | null; readonly onFile: (file: File) => void }) {
  const { t } = useTranslation();
  const [over, setOver] = useState(false);
  const onDrop = (event: DragEvent) => {
    event.preventDefault();
    setOver(false);
    const file = event.dataTransfer.files[0];
    if (file) props.onFile(file);
  };
  return (
    <div
      className={over ? 'drop-zone over' : 'drop-zone'}
      onDragOver={(e) => {
        e.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <p>{t('roster.import.choose')}</p>
      <input
        type="file"
        accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        data-testid="import-file"
        aria-label={t('roster.import.choose')}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
        }}
      />
      <p className="muted small">{t('roster.import.formats')}</p>
      {props.message && (
        <p className="form-error" role="alert" data-testid="import-file-problem">
          {props.message}
        </p>
      )}
    </div>
  );
}

function ProblemList(props: { readonly preview: RosterPreview }) {
  const { t } = useTranslation();
  const scroller = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => [...props.preview.problems].sort((a, b) => a.row - b.row), [props.preview]);
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scroller.current, estimateSize: () => 30, overscan: 10 });
  return (
    <section aria-labelledby="problems-title">
      <h3 id="problems-title">{t('roster.import.problemsTitle', { count: problems.length })}</h3>
      <div ref={scroller} className="problem-list" data-testid="import-problems">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const p = problems[item.index];
            if (!p) return null;
            return (
              <div
                key={item.key}
                className={`problem problem-${p.severity}`}
                data-code={p.code}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, transform: `translateY(${item.start}px)` }}
              >
                <span className="problem-badge">{t(`roster.import.severity.${p.severity}`)}</span> {describeRowProblem(p, translate)}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
