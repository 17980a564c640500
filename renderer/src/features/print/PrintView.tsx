import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PRINT_DOCUMENT_NAMES, hasOwnMargins, parsePrintParams, sheetMargins, type PrintDocumentName } from '../../../../shared/print/registry';
import { DEFAULT_MARGINS, marginsPadding } from '../../../../shared/print/page';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { DocumentView } from './DocumentView';
import { PrintOptionsForm, type PrintParams } from './PrintOptionsForm';
import { MarginsFields } from './MarginsFields';
import { PrintActions } from './PrintActions';
import { onPrintIntent, pendingPrintIntent, settlePrintIntent, type PrintIntent } from './print-intent';

/** How many table rows the on-screen preview renders: enough to judge, cheap on every check-in. */
export const PREVIEW_ROW_LIMIT = 300;

/**
 * The print view: choose a document and its options (language independent of the desk's), see it
 * as it will print, then save it as PDF, print it, or (in a browser) open the print page.
 */
export function PrintView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const state = useDesk((v) => v.state);
  const deskMargins = useDesk((v) => v.info?.preferences.printMargins ?? DEFAULT_MARGINS);
  // Opened by "Print…" in another view: that document, with the options it asked for.
  const [initial] = useState(pendingPrintIntent);
  const [document, setDocument] = useState<PrintDocumentName>(initial?.document ?? 'roster');
  const [params, setParams] = useState<PrintParams>(() => ({ lang: language, ...initial?.params }));
  useEffect(() => {
    settlePrintIntent();
    return onPrintIntent((intent: PrintIntent) => {
      settlePrintIntent();
      setDocument(intent.document);
      setParams({ lang: language, ...intent.params });
    });
  }, [language]);

  const parsed = useMemo(() => parsePrintParams(document, params), [document, params]);
  const margins = sheetMargins({ document, margins: null }, deskMargins);
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
                  title={name === document ? undefined : t(`print.documents.${name}.description`)}
                  data-testid={`print-document-${name}`}
                  onClick={() => {
                    if (name === document) return;
                    // Another document: its own options start from their defaults, the language stays.
                    setDocument(name);
                    setParams((p) => ({ lang: p.lang ?? language }));
                  }}
                >
                  <strong>{t(`print.documents.${name}.name`)}</strong>
                  {/* Eight documents: only the chosen one is described, so its options stay in sight. */}
                  {name === document && <span className="small">{t(`print.documents.${name}.description`)}</span>}
                </button>
              </li>
            ))}
          </ul>
        </nav>
        <PrintOptionsForm document={document} params={params} onChange={(changes) => setParams((p) => ({ ...p, ...changes }))} />
        {hasOwnMargins(document) ? <p className="small muted">{t('print.view.ownMargins')}</p> : <MarginsFields margins={deskMargins} />}
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
