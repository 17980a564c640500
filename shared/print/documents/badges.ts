import type { SessionState } from '../../domain/state.js';
import { isOfficial, type Delegate } from '../../domain/roster/model.js';
import { codeKey } from '../../domain/roster/code.js';
import { badgesFor, type BadgeData } from '../../credentials/badge.js';
import type { PrintOptions } from '../registry.js';

/**
 * The geometry of a badge sheet, in millimetres: 90 × 60 mm badges (a standard badge holder), two
 * across and four down on A4, with 8 mm gutters that hold the cut marks; the grid is centred on the
 * page inside the registry's 5 mm margins (a browser clips whatever is drawn in the margins, cut
 * marks included). The document lays the badges out with these numbers and the tests find a
 * badge's QR code with them.
 */
export const BADGE_SHEET = {
  /** The page's margins, as declared for `badges` in the registry. */
  margin: 5,
  width: 90,
  height: 60,
  gutter: 8,
  columns: 2,
  rows: 4,
} as const;

export const BADGES_PER_SHEET = BADGE_SHEET.columns * BADGE_SHEET.rows;

export type BadgeCategoryChoice = PrintOptions<'badges'>['category'];

/** Whether a delegate belongs to the category chosen for printing. */
export function inBadgeCategory(delegate: Pick<Delegate, 'category'>, choice: BadgeCategoryChoice): boolean {
  switch (choice) {
    case 'all':
      return true;
    case 'official':
      return isOfficial(delegate);
    default:
      return delegate.category === choice;
  }
}

/** The badges of a printed sheet, page by page. */
export interface BadgeSheets {
  readonly pages: readonly (readonly BadgeData[])[];
  readonly total: number;
}

/**
 * The badges chosen by the options (category, organisation and codes together narrow the choice;
 * none of them means every delegate), in the order asked for, cut into A4 sheets.
 */
export function badgeSheets(state: SessionState, options: PrintOptions<'badges'>, limit = Number.POSITIVE_INFINITY): BadgeSheets {
  const wanted = options.codes.length === 0 ? null : new Set(options.codes.map(codeKey));
  const chosen: string[] = [];
  for (const delegate of state.roster.delegates.values()) {
    if (!inBadgeCategory(delegate, options.category)) continue;
    if (options.organisation !== null && delegate.organisation !== options.organisation) continue;
    if (wanted !== null && !wanted.has(codeKey(delegate.code))) continue;
    chosen.push(delegate.id);
  }
  const badges = badgesFor(state, chosen, options.order);
  const shown = badges.length <= limit ? badges : badges.slice(0, Math.max(0, limit));
  const pages: BadgeData[][] = [];
  for (let i = 0; i < shown.length; i += BADGES_PER_SHEET) pages.push(shown.slice(i, i + BADGES_PER_SHEET));
  return { pages, total: badges.length };
}
