import { useEffect, useMemo, useRef, useState, type DragEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { LegacyTextNotice } from '../../../shared/import/problems';
import { describeLegacyText, type LegacySubject } from '../../../shared/import/messages';
import { errorMessage } from '../i18n';
import { Dialog } from './Dialog';
import { showToast } from './toasts';
import './import-preview.css';

export type ProblemSeverity = 'error' | 'warning';

/** A problem of one row (or of a column, on the header row), with how much it matters. */
export interface ImportProblem {
  readonly row: number;
  readonly code: string;
  readonly severity: ProblemSeverity;
}

/**
 * What every import preview says: its file, a problem that leaves nothing to import, the rows'
 * problems, how many rows it read, and whether its text was converted from TCVN3 or VNI.
 */
export interface FilePreview {
  readonly fileName: string;
  readonly fileProblem: unknown;
  readonly problems: readonly ImportProblem[];
  readonly totalRows: number;
  readonly legacyText: LegacyTextNotice | null;
}

export interface PreviewColumn<R> {
  readonly key: string;
  readonly header: string;
  readonly className?: string | ((row: R) => string | undefined);
  readonly cell: (row: R) => ReactNode;
}

/** The sentences of one kind of import, in the user's language. */
export interface ImportWords<V extends FilePreview> {
  readonly title: string;
  /** The line in the drop zone. */
  readonly choose: string;
  /** The file field's label, where it is not that line. */
  readonly chooseLabel?: string;
  readonly formats?: string;
  readonly reading: (fileName: string) => string;
  readonly progress?: (done: number, total: number) => string;
  readonly failed: (detail: string) => string;
  readonly summary: (preview: V, figures: { readonly count: number; readonly errors: number }) => string;
  readonly problemsTitle?: (count: number) => string;
  readonly severity: (severity: ProblemSeverity) => string;
  readonly rowsTitle?: (preview: V, count: number) => string;
  readonly confirm: (preview: V, count: number) => string;
  readonly another: string;
  /** What the notice of a file converted from TCVN3 or VNI calls its text, for the user to check before confirming. */
  readonly legacySubject: LegacySubject;
}

type Step<V> =
  | { readonly kind: 'choose'; readonly message: string | null }
  | { readonly kind: 'reading'; readonly fileName: string; readonly done: number; readonly total: number }
  | { readonly kind: 'preview'; readonly preview: V }
  | { readonly kind: 'importing'; readonly preview: V };

/**
 * Every import in three steps: choose (or drop) a file, read it with progress, then a preview of
 * what will be added and every problem with its row and column. Nothing changes until Confirm; then
 * the rows are imported in one piece. Each kind of import says how its file is read, how its
 * problems are described, which columns its preview shows and what Confirm does.
 */
export function ImportPreviewDialog<V extends FilePreview, R>(props: {
  readonly words: ImportWords<V>;
  /** `dialog` and `confirm`; the other test ids are `<prefix>-file`, `-progress`, `-preview`, `-file-problem`, `-summary`, `-notice`, `-problems`. */
  readonly testIds: { readonly dialog: string; readonly prefix: string; readonly confirm: string };
  readonly onClose: () => void;
  /** A reason to refuse the file before reading it (too large), in the user's language. */
  readonly refuse: (file: File) => string | null;
  /** Reads the file into its preview, reporting progress where it can; stops when the signal aborts. */
  readonly read: (file: File, onProgress: (done: number, total: number) => void, signal: AbortSignal) => Promise<V>;
  readonly describeFileProblem: (problem: NonNullable<V['fileProblem']>) => string;
  readonly describeProblem: (problem: V['problems'][number]) => string;
  /** How many rows (items, contributions) Confirm would import. */
  readonly count: (preview: V) => number;
  readonly columns: readonly PreviewColumn<R>[];
  readonly rows: (preview: V) => readonly R[];
  readonly rowKey: (row: R) => string | number;
  /** Chosen with the rows before Confirm (e.g. the sitting the items go into). */
  readonly options?: ReactNode;
  readonly confirmDisabled?: boolean;
  /** Imports the preview; answers the sentence that says what was imported. */
  readonly confirm: (preview: V) => Promise<string>;
}) {
  const { t } = useTranslation();
  const { words, testIds } = props;
  const [step, setStep] = useState<Step<V>>({ kind: 'choose', message: null });
  const reading = useRef<AbortController | null>(null);
  useEffect(() => () => reading.current?.abort(), []);

  const read = async (file: File) => {
    const refusal = props.refuse(file);
    if (refusal !== null) return setStep({ kind: 'choose', message: refusal });
    setStep({ kind: 'reading', fileName: file.name, done: 0, total: 0 });
    reading.current?.abort();
    const controller = new AbortController();
    reading.current = controller;
    try {
      const preview = await props.read(file, (done, total) => setStep({ kind: 'reading', fileName: file.name, done, total }), controller.signal);
      setStep({ kind: 'preview', preview });
    } catch (error) {
      if (!controller.signal.aborted) setStep({ kind: 'choose', message: words.failed(error instanceof Error ? error.message : String(error)) });
    }
  };

  const confirm = (preview: V) => {
    setStep({ kind: 'importing', preview });
    props
      .confirm(preview)
      .then((done) => {
        showToast({ tone: 'success', message: done });
        props.onClose();
      })
      .catch((error: unknown) => {
        showToast({ tone: 'error', message: errorMessage(error) });
        setStep({ kind: 'preview', preview });
      });
  };

  const preview = step.kind === 'preview' || step.kind === 'importing' ? step.preview : null;
  const count = preview ? props.count(preview) : 0;
  const errors = preview ? preview.problems.filter((p) => p.severity === 'error').length : 0;
  const id = (part: string) => `${testIds.prefix}-${part}`;
  const notice = preview?.legacyText ? describeLegacyText(preview.legacyText, words.legacySubject, (key, params) => i18next.t(key, params)) : null;

  return (
    <Dialog
      title={words.title}
      onClose={props.onClose}
      wide
      testId={testIds.dialog}
      footer={
        <>
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          {preview && count > 0 && (
            <button
              type="button"
              className="btn primary"
              data-testid={testIds.confirm}
              disabled={step.kind === 'importing' || props.confirmDisabled === true}
              onClick={() => confirm(preview)}
            >
              {words.confirm(preview, count)}
            </button>
          )}
        </>
      }
    >
      {step.kind === 'choose' && <FileChooser words={words} testIdOf={id} message={step.message} onFile={(f) => void read(f)} />}
      {step.kind === 'reading' && (
        <div aria-live="polite">
          <p>{words.reading(step.fileName)}</p>
          <progress className="progress" value={step.done} max={step.total || undefined} data-testid={id('progress')} />
          <p className="muted small">{step.total > 0 && words.progress ? words.progress(step.done, step.total) : ''}</p>
        </div>
      )}
      {preview && (
        <div className="import-preview" data-testid={id('preview')}>
          {preview.fileProblem ? (
            <p className="form-error" role="alert" data-testid={id('file-problem')}>
              {props.describeFileProblem(preview.fileProblem)}
            </p>
          ) : (
            <p data-testid={id('summary')}>{words.summary(preview, { count, errors })}</p>
          )}
          {notice && (
            <p className="import-notice" role="status" data-testid={id('notice')}>
              {notice}
            </p>
          )}
          {preview.problems.length > 0 && (
            <ProblemList problems={preview.problems} title={words.problemsTitle} severity={words.severity} describe={props.describeProblem} testId={id('problems')} />
          )}
          {count > 0 && (
            <>
              {props.options}
              {words.rowsTitle && <h3>{words.rowsTitle(preview, count)}</h3>}
              <table className="plain compact">
                <thead>
                  <tr>
                    {props.columns.map((c) => (
                      <th key={c.key}>{c.header}</th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {props.rows(preview).map((row) => (
                    <tr key={props.rowKey(row)}>
                      {props.columns.map((c) => (
                        <td key={c.key} className={typeof c.className === 'function' ? c.className(row) : c.className}>
                          {c.cell(row)}
                        </td>
                      ))}
                    </tr>
                  ))}
                </tbody>
              </table>
            </>
          )}
          {step.kind === 'preview' && (
            <button type="button" className="btn ghost" onClick={() => setStep({ kind: 'choose', message: null })}>
              {words.another}
            </button>
          )}
        </div>
      )}
    </Dialog>
  );
}

const SPREADSHEETS = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

function FileChooser<V extends FilePreview>(props: {
  readonly words: ImportWords<V>;
  readonly testIdOf: (part: string) => string;
  readonly message: string | null;
  readonly onFile: (file: File) => void;
}) {
  const { words } = props;
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
      <p>{words.choose}</p>
      <input
        type="file"
        accept={SPREADSHEETS}
        data-testid={props.testIdOf('file')}
        aria-label={words.chooseLabel ?? words.choose}
        onChange={(e) => {
          const file = e.target.files?.[0];
          if (file) props.onFile(file);
        }}
      />
      {words.formats && <p className="muted small">{words.formats}</p>}
      {props.message && (
        <p className="form-error" role="alert" data-testid={props.testIdOf('file-problem')}>
          {props.message}
        </p>
      )}
    </div>
  );
}

/** Every problem by its row; thousands of them stay cheap. */
function ProblemList<P extends ImportProblem>(props: {
  readonly problems: readonly P[];
  readonly title: ((count: number) => string) | undefined;
  readonly severity: (severity: ProblemSeverity) => string;
  readonly describe: (problem: P) => string;
  readonly testId: string;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const problems = useMemo(() => [...props.problems].sort((a, b) => a.row - b.row), [props.problems]);
  const virtualizer = useVirtualizer({ count: problems.length, getScrollElement: () => scroller.current, estimateSize: () => 30, overscan: 10 });
  return (
    <section aria-labelledby={props.title ? 'problems-title' : undefined}>
      {props.title && <h3 id="problems-title">{props.title(problems.length)}</h3>}
      <div ref={scroller} className="problem-list" data-testid={props.testId}>
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
                <span className="problem-badge">{props.severity(p.severity)}</span> {props.describe(p)}
              </div>
            );
          })}
        </div>
      </div>
    </section>
  );
}
