import { useEffect, useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { errorMessage } from '../i18n';

/** A modal on the native <dialog> element: focus is trapped, Escape closes, the page is inert. */
export function Dialog(props: {
  readonly title: string;
  readonly onClose: () => void;
  readonly children: ReactNode;
  readonly footer?: ReactNode;
  readonly wide?: boolean;
  readonly testId?: string;
}) {
  const { t } = useTranslation();
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (dialog && !dialog.open) dialog.showModal();
    return () => dialog?.close();
  }, []);
  return (
    <dialog
      ref={ref}
      className={props.wide ? 'dialog wide' : 'dialog'}
      aria-label={props.title}
      data-testid={props.testId}
      onCancel={(event) => {
        event.preventDefault();
        props.onClose();
      }}
    >
      <header className="dialog-header">
        <h2>{props.title}</h2>
        <button type="button" className="btn ghost" aria-label={t('common.actions.close')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <div className="dialog-body">{props.children}</div>
      {props.footer && <footer className="dialog-footer">{props.footer}</footer>}
    </dialog>
  );
}

/**
 * A dialog for one act: what it needs (a reason, a note) in the body, then Cancel and the act's
 * button, red for what is hard to take back.
 */
export function ActionDialog(props: {
  readonly title: string;
  readonly children: ReactNode;
  readonly actLabel: string;
  readonly onAct: () => void;
  readonly onCancel: () => void;
  readonly danger?: boolean;
  readonly disabled?: boolean;
  /** Focus on Cancel, the safe choice, where the body has nothing to type. */
  readonly focusCancel?: boolean;
  readonly testId?: string;
  readonly actTestId?: string;
}) {
  const { t } = useTranslation();
  return (
    <Dialog
      title={props.title}
      onClose={props.onCancel}
      testId={props.testId}
      footer={
        <>
          <button type="button" className="btn" autoFocus={props.focusCancel} onClick={props.onCancel}>
            {t('common.actions.cancel')}
          </button>
          <button type="button" className={props.danger ? 'btn danger' : 'btn primary'} disabled={props.disabled} onClick={props.onAct} data-testid={props.actTestId}>
            {props.actLabel}
          </button>
        </>
      }
    >
      {props.children}
    </Dialog>
  );
}

/** Asks before an act that is hard to take back; the safe choice has the focus. */
export function ConfirmDialog(props: {
  readonly title: string;
  readonly message: string;
  readonly confirmLabel: string;
  readonly danger?: boolean;
  readonly onConfirm: () => void;
  readonly onCancel: () => void;
}) {
  return (
    <ActionDialog title={props.title} actLabel={props.confirmLabel} danger={props.danger} onAct={props.onConfirm} onCancel={props.onCancel} focusCancel>
      <p>{props.message}</p>
    </ActionDialog>
  );
}

/**
 * A problem the form finds itself before asking the services (a field that does not parse), already
 * in the user's language: thrown from `onSubmit`, it is shown as it is.
 */
export class FormProblem extends Error {}

/**
 * A dialog around one form: Save submits it; while saving the button waits; a refusal from the
 * services (or a `FormProblem`) is shown in the user's language and the form stays open with
 * everything typed.
 */
export function FormDialog(props: {
  readonly title: string;
  readonly submitLabel: string;
  readonly onClose: () => void;
  readonly onSubmit: () => Promise<unknown>;
  readonly children: ReactNode;
  readonly testId?: string;
  readonly submitTestId?: string;
  /** Wide by default: most forms have two columns. */
  readonly wide?: boolean;
  /** How the fields are laid out; two columns by default. */
  readonly formClassName?: string;
}) {
  const { t } = useTranslation();
  const formId = useId();
  const [error, setError] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    setError(null);
    try {
      await props.onSubmit();
      props.onClose();
    } catch (e: unknown) {
      setError(e instanceof FormProblem ? e.message : errorMessage(e));
    } finally {
      setSaving(false);
    }
  };
  return (
    <Dialog
      title={props.title}
      onClose={props.onClose}
      wide={props.wide ?? true}
      testId={props.testId}
      footer={
        <>
          {error && (
            <p className="form-error" role="alert">
              {error}
            </p>
          )}
          <button type="button" className="btn" onClick={props.onClose}>
            {t('common.actions.cancel')}
          </button>
          <button type="submit" form={formId} className="btn primary" disabled={saving} data-testid={props.submitTestId}>
            {props.submitLabel}
          </button>
        </>
      }
    >
      <form id={formId} className={props.formClassName ?? 'form-grid'} onSubmit={(event) => void submit(event)}>
        {props.children}
      </form>
    </Dialog>
  );
}
