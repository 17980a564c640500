import { useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useVirtualizer } from '@tanstack/react-virtual';
import type { Delegate } from '../../../../shared/domain/roster/model';
import { DELEGATE_CATEGORIES, type DelegateCategory } from '../../../../shared/domain/roster/model';
import { presenceFrom, type Presence } from '../../../../shared/domain/attendance/select';
import { formatClock, formatNumber } from '../../../../shared/i18n/format';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { useDelegateIndex } from './delegate-index';
import { OrganisationFilter } from './OrganisationFilter';
import { DelegateForm } from './DelegateForm';
import { RosterRowActions } from './RosterRowActions';
import { ImportDialog } from './ImportDialog';
import { downloadTemplate } from './template-download';

const PRESENCE_FILTERS = ['all', 'present', 'absent', 'absentWithReason', 'left'] as const;
type PresenceFilter = (typeof PRESENCE_FILTERS)[number];
const ROW_HEIGHT = 44;

function matchesPresence(filter: PresenceFilter, presence: Presence): boolean {
  switch (filter) {
    case 'all':
      return true;
    case 'present':
      return presence.kind === 'present';
    case 'absent':
      return presence.kind !== 'present';
    case 'absentWithReason':
      return presence.kind === 'absent' && presence.reason !== null;
    case 'left':
      return presence.kind === 'left';
  }
}

/** Every delegate, virtualised, sorted by given name, filterable by name, organisation, category, presence. */
export function RosterView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const index = useDelegateIndex();
  const sittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const sitting = useDesk((v) => (sittingId ? v.state.attendance.bySitting.get(sittingId) : undefined));
  const [query, setQuery] = useState('');
  const [organisation, setOrganisation] = useState('');
  const [category, setCategory] = useState<DelegateCategory | ''>('');
  const [presenceFilter, setPresenceFilter] = useState<PresenceFilter>('all');
  const [editing, setEditing] = useState<Delegate | 'new' | null>(null);
  const [importing, setImporting] = useState(false);
  const [selected, setSelected] = useState(0);
  const scroller = useRef<HTMLDivElement>(null);

  const rows = useMemo(() => {
    const base = query.trim() ? index.search(query, Number.POSITIVE_INFINITY) : index.sorted;
    return base.filter(
      (d) =>
        (organisation === '' || d.organisation === organisation) &&
        (category === '' || d.category === category) &&
        (presenceFilter === 'all' || matchesPresence(presenceFilter, presenceFrom(sitting?.get(d.id)))),
    );
  }, [index, query, organisation, category, presenceFilter, sitting]);

  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scroller.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 8,
  });

  const onListKey = (event: KeyboardEvent<HTMLDivElement>) => {
    const move = (to: number) => {
      event.preventDefault();
      const next = Math.max(0, Math.min(rows.length - 1, to));
      setSelected(next);
      virtualizer.scrollToIndex(next);
    };
    if (event.key === 'ArrowDown') move(selected + 1);
    else if (event.key === 'ArrowUp') move(selected - 1);
    else if (event.key === 'PageDown') move(selected + 10);
    else if (event.key === 'PageUp') move(selected - 10);
    else if (event.key === 'Home') move(0);
    else if (event.key === 'End') move(rows.length - 1);
    else if (event.key === 'Enter') {
      const row = rows[selected];
      if (row) setEditing(row);
    }
  };

  return (
    <div className="roster">
      <div className="toolbar">
        <input
          type="search"
          className="grow"
          placeholder={t('roster.filter.name')}
          aria-label={t('roster.filter.name')}
          data-testid="roster-filter"
          value={query}
          onChange={(e) => {
            setQuery(e.target.value);
            setSelected(0);
          }}
        />
        <OrganisationFilter organisations={index.organisations} value={organisation} onChange={setOrganisation} testId="filter-organisation" />
        <select
          aria-label={t('roster.filter.category')}
          value={category}
          data-testid="filter-category"
          onChange={(e) => setCategory(DELEGATE_CATEGORIES.find((c) => c === e.target.value) ?? '')}
        >
          <option value="">{t('roster.filter.allCategories')}</option>
          {DELEGATE_CATEGORIES.map((c) => (
            <option key={c} value={c}>
              {t(`roster.category.${c}`)}
            </option>
          ))}
        </select>
        <select
          aria-label={t('roster.filter.presence')}
          value={presenceFilter}
          data-testid="filter-presence"
          onChange={(e) => setPresenceFilter(PRESENCE_FILTERS.find((p) => p === e.target.value) ?? 'all')}
        >
          {PRESENCE_FILTERS.map((p) => (
            <option key={p} value={p}>
              {t(`roster.presenceFilter.${p}`)}
            </option>
          ))}
        </select>
        <button type="button" className="btn" onClick={() => setEditing('new')} data-testid="add-delegate">
          {t('roster.add')}
        </button>
        <button type="button" className="btn primary" onClick={() => setImporting(true)} data-testid="import-roster">
          {t('roster.import.open')}
        </button>
        <button type="button" className="btn ghost" onClick={() => downloadTemplate(language)}>
          {t('roster.template')}
        </button>
      </div>
      <p className="muted small" data-testid="roster-count">
        {t('roster.count', { shown: formatNumber(rows.length, language), total: formatNumber(index.sorted.length, language) })}
      </p>
      <div className="grid-header roster-grid" role="row">
        <span role="columnheader">{t('roster.fields.code')}</span>
        <span role="columnheader">{t('roster.fields.fullName')}</span>
        <span role="columnheader">{t('roster.fields.organisation')}</span>
        <span role="columnheader">{t('roster.fields.category')}</span>
        <span role="columnheader">{t('roster.presence')}</span>
        <span role="columnheader" />
      </div>
      <div
        ref={scroller}
        className="grid-scroll"
        role="grid"
        aria-rowcount={rows.length}
        tabIndex={0}
        onKeyDown={onListKey}
        data-testid="roster-list"
      >
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const d = rows[item.index];
            if (!d) return null;
            const presence = presenceFrom(sitting?.get(d.id));
            return (
              <div
                key={d.id}
                role="row"
                aria-rowindex={item.index + 1}
                aria-selected={item.index === selected}
                className={`grid-row roster-grid${item.index === selected ? ' selected' : ''}`}
                style={{ position: 'absolute', top: 0, left: 0, right: 0, height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}
                onClick={() => setSelected(item.index)}
                onDoubleClick={() => setEditing(d)}
              >
                <span role="gridcell" className="code">
                  {d.code}
                </span>
                <span role="gridcell">
                  <strong>{d.fullName}</strong>
                </span>
                <span role="gridcell" className="ellipsis" title={d.organisation}>
                  {d.organisation}
                </span>
                <span role="gridcell">{t(`roster.category.${d.category}`)}</span>
                <span role="gridcell" className={`presence presence-${presence.kind}`}>
                  {presence.kind === 'present'
                    ? t('roster.presenceState.present', { time: formatClock(presence.since, language) })
                    : presence.kind === 'left'
                      ? t('roster.presenceState.left', { time: formatClock(presence.at, language) })
                      : presence.reason
                        ? t('roster.presenceState.absentWithReason', { reason: presence.reason })
                        : t('roster.presenceState.absent')}
                </span>
                <span role="gridcell">{sittingId && <RosterRowActions delegate={d} sittingId={sittingId} presence={presence} onEdit={() => setEditing(d)} />}</span>
              </div>
            );
          })}
        </div>
      </div>
      {editing && <DelegateForm delegate={editing === 'new' ? null : editing} organisations={index.organisations} onClose={() => setEditing(null)} />}
      {importing && <ImportDialog onClose={() => setImporting(false)} />}
    </div>
  );
}
