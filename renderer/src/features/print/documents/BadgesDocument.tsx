import { useMemo } from 'react';
import { BADGE_SHEET, badgeSheets } from '../../../../../shared/print/documents/badges';
import { Badge } from '../../credentials/Badge';
import type { DocumentProps } from './types';
import './badge-sheet.css';

const { width, height, gutter, columns } = BADGE_SHEET;
/** The cut marks stand off the corner by 1 mm and are 2.5 mm long, inside half the gutter. */
const MARK_GAP = 1;
const MARK_LENGTH = 2.5;
const HALF = gutter / 2;

/** Crop marks around one badge, drawn in millimetres: vector, like the QR code. */
function CutMarks() {
  const w = width + gutter;
  const h = height + gutter;
  const lines: [number, number, number, number][] = [];
  for (const x of [HALF, HALF + width]) {
    for (const y of [HALF, HALF + height]) {
      const outX = x === HALF ? -1 : 1;
      const outY = y === HALF ? -1 : 1;
      lines.push([x + outX * MARK_GAP, y, x + outX * (MARK_GAP + MARK_LENGTH), y]);
      lines.push([x, y + outY * MARK_GAP, x, y + outY * (MARK_GAP + MARK_LENGTH)]);
    }
  }
  return (
    <svg
      className="badge-cut-marks"
      aria-hidden="true"
      viewBox={`0 0 ${w} ${h}`}
      style={{ left: `${-HALF}mm`, top: `${-HALF}mm`, width: `${w}mm`, height: `${h}mm` }}
    >
      {lines.map(([x1, y1, x2, y2], i) => (
        <line key={i} x1={x1} y1={y1} x2={x2} y2={y2} />
      ))}
    </svg>
  );
}

/**
 * THẺ ĐẠI BIỂU: the badges chosen, eight to an A4 sheet, with cut marks; each is the `Badge` the
 * desk shows, in the document's language, its QR code carrying the delegate code. Badges are cut,
 * not filed, so the sheet has no office header and its own narrow margins (the registry's).
 */
export function BadgesDocument({ request, state, t, rowLimit }: DocumentProps<'badges'>) {
  const { lang, options } = request;
  // A check-in changes nothing on a badge: rebuilt only when the roster, the credentials or the congress change.
  const sheets = useMemo(
    () => badgeSheets(state, options, rowLimit ?? Number.POSITIVE_INFINITY),
    [state.roster, state.credentials, state.congress, options, rowLimit],
  );
  const shown = sheets.pages.reduce((n, page) => n + page.length, 0);
  return (
    <article className="print-doc badge-sheets" lang={lang} data-testid="document-badges" aria-label={t('print.documents.badges.name')}>
      {sheets.total === 0 && <p className="badge-empty">{t('print.badges.empty')}</p>}
      {shown < sheets.total && (
        <p className="doc-preview-note" data-testid="preview-rows">
          {t('print.badges.previewCount', { shown, total: sheets.total })}
        </p>
      )}
      {sheets.pages.map((page, i) => (
        <section
          key={i}
          className="badge-sheet"
          aria-label={t('print.badges.sheet')}
          // Half a gutter around the grid keeps the outer cut marks inside the printable area.
          style={{ gridTemplateColumns: `repeat(${columns}, ${width}mm)`, gridAutoRows: `${height}mm`, gap: `${gutter}mm`, padding: `${HALF}mm` }}
        >
          {page.map((badge) => (
            <div key={badge.delegateId} className="badge-cell">
              <CutMarks />
              <Badge badge={badge} t={t} className="badge-printed" />
            </div>
          ))}
        </section>
      ))}
    </article>
  );
}
