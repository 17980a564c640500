import { useEffect } from 'react';
import { pageStyleSheet, type PageMargins } from '../../../../shared/print/page';
import { PRINT_FONT_FAMILY } from './fonts';

/**
 * Puts the document's @page rule (A4, margins, "Trang 1/3") into the page while a print route is
 * shown. A constructed style sheet: the CSP allows no inline <style>, and the rule depends on the
 * margins and the document's language.
 */
export function usePageStyle(margins: PageMargins, pageNumber: string): void {
  const { top, right, bottom, left } = margins;
  useEffect(() => {
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(pageStyleSheet({ margins: { top, right, bottom, left }, pageNumber, fontFamily: PRINT_FONT_FAMILY }));
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    return () => {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((s) => s !== sheet);
    };
  }, [top, right, bottom, left, pageNumber]);
}
