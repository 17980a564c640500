import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_DOCUMENT_NAMES, parsePrintParams, type PrintDocumentName } from '../../../../shared/print/registry';
import { DEFAULT_MARGINS, marginsPadding } from '../../../../shared/print/page';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { DocumentView } from './DocumentView';
import { PrintOptionsForm, type PrintParams } from './PrintOptionsForm';
import { MarginsFields } from './MarginsFields';
import { PrintActions } from './PrintActions';
import type { PrintPreset } from './open-print';

/** How many table rows the on-screen preview renders: enough to judge, cheap on every check-in. */
export const PREVIEW_ROW_LIMIT = 300;

/**
 * The print view: choose a document and its options (language independent of the desk's), see it
 * as it will print, then save it as PDF, print it, or (in a browser) open the print page. Opened
 * from another view's "Print…", it starts on that view's document and options (`preset`).
 */
export function PrintView({ preset = null }: { readonly preset?: PrintPreset | null }) {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const margins = useDesk((v) => v.info?.preferences.printMargins ?? DEFAULT_MARGINS);
  const [document, setDocument] = useState<PrintDocumentName>(preset?.document ?? 'roster');
  const [params, setParams] = useState<PrintParams>(() => ({ lang: language, ...preset?.params }));

  const parsed = useMemo(() => parsePrintParams(document, params), [document, params]);
  const now = useMemo(() => new Date(), [state]);
  const documentName = t(`print.documents.${document}.name`);

  return (
    <section className="print-view" data-testid="print-view">
      <div className="print-side">
        <h1>{t('desk.view.print')}</h1>
        <nav aria-label={t('print.view.documents')}>
          <ul className="print-documents">
            {PRINT_DOCUMENT_NAMES.map((name) => (
              <li key={name}>
                <button
                  type="button"
                  className="print-document"
                  aria-pressed={name === document}
                  data-testid={`print-document-${name}`}
                  onClick={() => {
                    if (name === document) return;
                    // Another document: its own options start from their defaults, the language stays.
                    setDocument(name);
                    setParams((p) => ({ lang: p.lang ?? language }));
                  }}
                >
                  <strong>{t(`print.documents.${name}.name`)}</strong>
                  <span className="small">{t(`print.documents.${name}.description`)}</span>
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <PrintOptionsForm document={document} params={params} onChange={(name, value) => setParams((p) => ({ ...p, [name]: value }))} />
        <MarginsFields margins={margins} />
        {parsed.ok && <PrintActions request={parsed.request} documentName={documentName} />}
      </div>
      <div className="print-preview" aria-label={t('print.view.preview')} data-testid="print-preview">
        <p className="print-preview-label">{t('print.view.previewNote')}</p>
        {parsed.ok && (
          <div className="print-sheet" style={{ padding: marginsPadding(margins) }}>
            <DocumentView request={parsed.request} state={state} rowLimit={PREVIEW_ROW_LIMIT} now={now} />
          </div>
        )}
      </div>
    </section>
  );
}
