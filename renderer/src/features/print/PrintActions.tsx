import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { printParams, printPath, type PrintRequest } from '../../../../shared/print/registry';
import { MAX_COPIES, type PrinterInfo } from '../../../../shared/print/requests';
import { deskStore } from '../../store/desk-store';
import { useCtrlP } from './keys';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

interface Props {
  readonly request: PrintRequest;
  readonly documentName: string;
}

/**
 * What can be done with the document: in the desktop app, save it as PDF or print it on a chosen
 * printer (the last one is offered first); in a browser, open the print page and use the
 * browser's print, which also saves PDF files.
 */
export function PrintActions({ request, documentName }: Props) {
  return deskStore().transport === 'electron' ? <DesktopActions request={request} documentName={documentName} /> : <BrowserActions request={request} />;
}

function BrowserActions({ request }: { readonly request: PrintRequest }) {
  const { t } = useTranslation();
  const open = () => {
    const tab = window.open(deskStore().pageUrl(`${printPath(request)}&autoprint=1`), '_blank');
    if (tab === null) showToast({ tone: 'error', message: t('print.view.popupBlocked') });
  };
  useCtrlP(open);
  return (
    <div className="print-actions">
      <button type="button" className="btn primary large" onClick={open} data-testid="print-open-page" title="Ctrl+P">
        {t('print.view.openPrintPage')}
      </button>
      <p className="small muted">{t('print.view.browserHint')}</p>
    </div>
  );
}

function DesktopActions({ request, documentName }: Props) {
  const { t } = useTranslation();
  const [printers, setPrinters] = useState<readonly PrinterInfo[] | null>(null);
  const [printer, setPrinter] = useState<string>('');
  const [copies, setCopies] = useState(1);
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    const remembered = deskStore().getView().info?.preferences.printer ?? null;
    deskStore()
      .api.listPrinters({})
      .then((list) => {
        if (!live) return;
        setPrinters(list);
        const preferred = list.find((p) => p.name === remembered) ?? list.find((p) => p.isDefault) ?? list[0];
        setPrinter(preferred?.name ?? '');
      })
      .catch((error: unknown) => {
        if (live) setPrinters([]);
        showToast({ tone: 'error', message: errorMessage(error) });
      });
    return () => {
      live = false;
    };
  }, []);

  const run = async (task: () => Promise<void>) => {
    setBusy(true);
    try {
      await task();
    } catch (error) {
      showToast({ tone: 'error', message: errorMessage(error) });
    } finally {
      setBusy(false);
    }
  };
  const wire = { document: request.document, params: printParams(request) };
  const savePdf = () =>
    run(async () => {
      const result = await deskStore().api.savePrintPdf({ request: wire });
      if (result.kind === 'saved') showToast({ tone: 'success', message: t('print.view.saved', { path: result.path }) });
    });
  const print = () =>
    run(async () => {
      await deskStore().api.printDocument({ request: wire, printer, copies });
      const chosen = printers?.find((p) => p.name === printer);
      showToast({ tone: 'success', message: t('print.view.sent', { document: documentName, printer: chosen?.displayName ?? printer }) });
    });
  useCtrlP(() => {
    if (!busy && printer !== '') void print();
  });

  return (
    <div className="print-actions" aria-busy={busy}>
      <div className="row">
        <label className="field">
          <span>{t('print.view.printer')}</span>
          <select value={printer} onChange={(e) => setPrinter(e.target.value)} disabled={printers === null || printers.length === 0} data-testid="printer">
            {printers === null && <option value="">{t('print.view.loadingPrinters')}</option>}
            {printers?.length === 0 && <option value="">{t('print.view.noPrinters')}</option>}
            {printers?.map((p) => (
              <option key={p.name} value={p.name}>
                {p.displayName}
                {p.isDefault ? ` ${t('print.view.defaultPrinter')}` : ''}
              </option>
            ))}
          </select>
        </label>
        <label className="field copies">
          <span>{t('print.view.copies')}</span>
          <input type="number" min={1} max={MAX_COPIES} value={copies} onChange={(e) => setCopies(Math.min(MAX_COPIES, Math.max(1, Math.trunc(Number(e.target.value)) || 1)))} />
        </label>
      </div>
      <div className="row">
        <button type="button" className="btn primary" disabled={busy || printer === ''} onClick={() => void print()} data-testid="print-to-printer" title="Ctrl+P">
          {t('print.view.print')}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void savePdf()} data-testid="print-save-pdf">
          {t('print.view.savePdf')}
        </button>
      </div>
      {busy && (
        <p className="small muted" role="status">
          {t('print.view.working')}
        </p>
      )}
    </div>
  );
}
