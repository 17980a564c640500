import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import i18next from 'i18next';
import { useDesk } from '../../store/desk-store';
import { DEFAULT_MARGINS, marginsPadding } from '../../../../shared/print/page';
import {
  PRINT_DOCUMENT_NAMES,
  parsePrintParams,
  printDocumentOfPath,
  sheetMargins,
  type PrintRequest,
} from '../../../../shared/print/registry';
import { PRINT_ERROR_ATTRIBUTE, PRINT_STATE_ATTRIBUTE, type PrintState } from '../../../../shared/print/ready';
import { DocumentView } from './DocumentView';
import { loadPrintFonts, printFontsSettled } from './fonts';
import { usePageStyle } from './page-style';

/** Read once: the address a print window or tab was opened with. */
function requestFromLocation(): { readonly request: PrintRequest } | { readonly error: string } {
  const url = new URL(window.location.href);
  const document = printDocumentOfPath(url.pathname);
  if (document === null || document === 'unknown') {
    const name = decodeURIComponent(url.pathname.split('/').filter(Boolean).slice(1).join('/'));
    return { error: i18next.t('errors.print.unknownDocument', { name, known: PRINT_DOCUMENT_NAMES.join(', ') }) };
  }
  const parsed = parsePrintParams(document, Object.fromEntries(url.searchParams));
  if (!parsed.ok) {
    const { param, value, allowed } = parsed.problem;
    return { error: i18next.t('errors.print.badOption', { param, value, allowed: allowed.join(', ') }) };
  }
  return { request: parsed.request };
}

function settle(state: PrintState, error = ''): void {
  const root = document.documentElement;
  // A failure is final: a renderer waiting on this page must not be told "ready" afterwards.
  if (root.getAttribute(PRINT_STATE_ATTRIBUTE) === 'failed') return;
  if (error) root.setAttribute(PRINT_ERROR_ATTRIBUTE, error);
  root.setAttribute(PRINT_STATE_ATTRIBUTE, state);
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * `/print/<document>?lang=vi&…`: one document as printable pages, from the open session. It
 * tells the PDF renderers when it is complete (rendered, fonts loaded) through an attribute on
 * <html>; with `autoprint=1` (the web host's Print button) it opens the browser's print dialog.
 */
export function PrintRoute() {
  const { t } = useTranslation();
  const parsed = useMemo(requestFromLocation, []);
  const autoprint = useMemo(() => new URL(window.location.href).searchParams.get('autoprint') === '1', []);
  const connection = useDesk((v) => v.connection);
  const info = useDesk((v) => v.info);
  const state = useDesk((v) => v.state);
  const [failure, setFailure] = useState<string | null>(null);
  const [now] = useState(() => new Date());
  const [fontsLoaded, setFontsLoaded] = useState(false);

  const request = 'request' in parsed ? parsed.request : null;
  const lang = request?.lang ?? 'vi';
  const deskMargins = info?.preferences.printMargins ?? DEFAULT_MARGINS;
  const margins = request ? sheetMargins(request, deskMargins) : deskMargins;
  usePageStyle(margins, i18next.getFixedT(lang)('print.page.number'));

  let problem: string | null = 'error' in parsed ? parsed.error : failure;
  if (problem === null && connection === 'noAccess') problem = t('desk.noAccess');
  if (problem === null && info !== null && info.session === null) problem = t('errors.session.none');
  const ready = problem === null && request !== null && connection === 'ready' && info?.session != null && state.congress !== null;
  // The document is first laid out in its own font, never in a fallback laid out twice.
  const shown = ready && fontsLoaded;

  useEffect(() => {
    if (request === null) return;
    const name = i18next.getFixedT(request.lang)(`print.documents.${request.document}.name`);
    document.title = state.congress ? `${name} — ${state.congress.name}` : name;
  }, [request, state.congress]);

  useEffect(() => {
    if (problem !== null) settle('failed', problem);
  }, [problem]);

  useEffect(() => {
    let cancelled = false;
    loadPrintFonts().then(
      () => {
        if (!cancelled) setFontsLoaded(true);
      },
      (error: unknown) => {
        if (!cancelled) setFailure(t('print.page.failed', { detail: error instanceof Error ? error.message : String(error) }));
      },
    );
    return () => {
      cancelled = true;
    };
  }, [t]);

  useEffect(() => {
    if (!shown) return;
    let cancelled = false;
    void (async () => {
      await printFontsSettled();
      // Two frames: the layout with every font is done before anyone prints.
      await nextFrame();
      await nextFrame();
      if (cancelled) return;
      settle('ready');
      if (autoprint) window.print();
    })();
    return () => {
      cancelled = true;
    };
  }, [shown, autoprint]);

  return (
    <div className="print-route">
      <div className="print-toolbar" role="toolbar">
        <button type="button" className="btn primary" disabled={!shown} onClick={() => window.print()} data-testid="print-now">
          {t('print.page.print')}
        </button>
        <button type="button" className="btn" onClick={() => window.close()}>
          {t('print.page.close')}
        </button>
      </div>
      {problem !== null ? (
        <p className="print-failure" role="alert" data-testid="print-failure">
          {problem}
        </p>
      ) : request === null || !shown ? (
        <p className="print-loading" aria-busy="true">
          {t('print.page.loading')}
        </p>
      ) : (
        <div className="print-sheet" style={{ padding: marginsPadding(margins) }}>
          <DocumentView request={request} state={state} rowLimit={null} now={now} onError={setFailure} />
        </div>
      )}
    </div>
  );
}
