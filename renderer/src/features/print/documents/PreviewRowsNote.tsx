import type { TFunction } from 'i18next';

/** Said on screen only, when a preview leaves rows out: the printed document has them all. */
export function PreviewRowsNote({ t, shown, total }: { readonly t: TFunction; readonly shown: number; readonly total: number }) {
  if (shown >= total) return null;
  return (
    <p className="doc-preview-note" data-testid="preview-rows">
      {t('print.view.previewRows', { shown, total })}
    </p>
  );
}
