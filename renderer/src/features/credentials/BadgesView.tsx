import { useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import { badgesFor, type BadgeOrder } from '../../../../shared/credentials/badge';
import { PRINT_DOCUMENTS } from '../../../../shared/print/registry';
import { inBadgeCategory, type BadgeCategoryChoice } from '../../../../shared/print/documents/badges';
import { openPrintView } from '../print/print-intent';
import { useDesk } from '../../store/desk-store';
import { useDelegateIndex } from '../roster/delegate-index';
import { OrganisationFilter } from '../roster/OrganisationFilter';
import { Badge } from './Badge';
import './credentials.css';

const ORDERS: readonly BadgeOrder[] = ['name', 'organisation', 'roster'];
/** The same choice of delegates as the printed badge sheet's. */
const CATEGORIES = PRINT_DOCUMENTS.badges.options.category.values;
const PER_ROW = 3;
const ROW_HEIGHT = 236;

/** Every delegate's badge on screen, as it will print: a check before printing, and for a single badge. */
export function BadgesView() {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const index = useDelegateIndex();
  const [query, setQuery] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [order, setOrder] = useState<BadgeOrder>('name');
  const [category, setCategory] = useState<BadgeCategoryChoice>('all');
  const scroller = useRef<HTMLDivElement>(null);

  const badges = useMemo(() => {
    const chosen = (query.trim() ? index.search(query, Number.POSITIVE_INFINITY) : index.sorted).filter(
      (d) => (organisation === '' || d.organisation === organisation) && inBadgeCategory(d, category),
    );
    return badgesFor(state, chosen.map((d) => d.id), order);
  }, [state, index, query, organisation, category, order]);
  // The badges shown go to print: by category and organisation, and by their codes when a search narrowed them.
  const print = () =>
    openPrintView('badges', {
      order,
      category,
      ...(organisation ? { organisation } : {}),
      ...(query.trim() ? { codes: badges.map((b) => b.code).join(',') } : {}),
    });
  const rows = Math.ceil(badges.length / PER_ROW);
  const virtualizer = useVirtualizer({ count: rows, getScrollElement: () => scroller.current, estimateSize: () => ROW_HEIGHT, overscan: 2 });

  return (
    <div className="badges-view">
      <div className="toolbar">
        <input type="search" className="grow" placeholder={t('credentials.badges.filter')} aria-label={t('credentials.badges.filter')} value={query} onChange={(e) => setQuery(e.target.value)} data-testid="badges-filter" />
        <OrganisationFilter organisations={index.organisations} value={organisation} onChange={setOrganisation} />
        <select aria-label={t('print.options.category.label')} value={category} onChange={(e) => setCategory(CATEGORIES.find((c) => c === e.target.value) ?? 'all')} data-testid="badges-category">
          {CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`print.options.category.values.${c}`)}
            </option>
          ))}
        </select>
        <label className="inline-fields small">
          {t('credentials.badges.order.label')}
          <select value={order} onChange={(e) => setOrder(ORDERS.find((o) => o === e.target.value) ?? 'name')}>
            {ORDERS.map((o) => (
              <option key={o} value={o}>
                {t(`credentials.badges.order.${o}`)}
              </option>
            ))}
          </select>
        </label>
        <span className="muted small" data-testid="badges-count">
          {t('credentials.badges.count', { count: badges.length })}
        </span>
        <button type="button" className="btn primary" disabled={badges.length === 0} onClick={print} title={t('credentials.badges.printTitle')} data-testid="print-badges">
          {t('credentials.badges.print')}
        </button>
      </div>
      <p className="muted small">{t('credentials.badges.hint')}</p>
      <div ref={scroller} className="badges-scroll" data-testid="badges-list">
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((row) => (
            <div key={row.index} className="badge-row" style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${row.start}px)` }}>
              {badges.slice(row.index * PER_ROW, row.index * PER_ROW + PER_ROW).map((b) => (
                <Badge key={b.delegateId} badge={b} />
              ))}
            </div>
          ))}
        </div>
      </div>
    </div>
  );
}
