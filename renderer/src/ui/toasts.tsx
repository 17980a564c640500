import { useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';

/** Short messages at the corner of the window; an action (usually Undo) makes a risky act safe. */
export interface Toast {
  readonly id: number;
  readonly message: string;
  readonly tone: 'success' | 'error' | 'info';
  readonly action?: { readonly label: string; readonly run: () => void };
}

let toasts: readonly Toast[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const notify = () => {
  for (const l of listeners) l();
};

export function dismissToast(id: number): void {
  toasts = toasts.filter((t) => t.id !== id);
  notify();
}

export function showToast(toast: Omit<Toast, 'id'>, timeoutMs = toast.tone === 'error' ? 12_000 : 6_000): number {
  const id = nextId++;
  toasts = [...toasts.slice(-3), { ...toast, id }];
  notify();
  setTimeout(() => dismissToast(id), timeoutMs);
  return id;
}

export function ToastHost() {
  const { t } = useTranslation();
  const list = useSyncExternalStore(
    (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
    () => toasts,
  );
  return (
    <div className="toasts" role="status" aria-live="polite">
      {list.map((toast) => (
        <div key={toast.id} className={`toast toast-${toast.tone}`} role={toast.tone === 'error' ? 'alert' : undefined}>
          <span>{toast.message}</span>
          {toast.action && (
            <button
              type="button"
              className="btn small"
              onClick={() => {
                toast.action?.run();
                dismissToast(toast.id);
              }}
            >
              {toast.action.label}
            </button>
          )}
          <button type="button" className="btn small ghost" aria-label={t('common.actions.close')} onClick={() => dismissToast(toast.id)}>
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
