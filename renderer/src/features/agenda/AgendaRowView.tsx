import { useRef, type KeyboardEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { clockOfMinutes, type AgendaRow } from '../../../../shared/domain/agenda/select';
import type { ItemRun } from '../../../../shared/domain/agenda/state';
import { PresenterText } from './PresenterText';

export interface RowActions {
  readonly onSelect: (itemId: string) => void;
  readonly onKeyDown: (event: KeyboardEvent<HTMLDivElement>, row: AgendaRow) => void;
  readonly onEdit: (row: AgendaRow) => void;
  readonly onAddSubItem: (row: AgendaRow) => void;
  readonly onDuplicate: (row: AgendaRow) => void;
  readonly onDelete: (row: AgendaRow) => void;
  readonly rowRef: (itemId: string, element: HTMLDivElement | null) => void;
}

/** One line of the agenda editor: number, planned times, title, kind, presenter, length, and its actions. */
export function AgendaRowView(props: {
  readonly row: AgendaRow;
  readonly run: ItemRun | undefined;
  readonly selected: boolean;
  readonly focusable: boolean;
  readonly handle: ReactNode;
  readonly actions: RowActions;
}) {
  const { t } = useTranslation();
  const { row, actions, run } = props;
  const { item } = row;
  const menu = useRef<HTMLDetailsElement>(null);
  const act = (action: (row: AgendaRow) => void) => () => {
    if (menu.current) menu.current.open = false;
    action(row);
  };
  const status = run ? (run.finishedAt === null ? 'running' : 'done') : null;
  return (
    <div
      ref={(element) => actions.rowRef(item.id, element)}
      className={`agenda-row depth-${row.depth}${props.selected ? ' selected' : ''}${item.kind === 'break' ? ' is-break' : ''}`}
      tabIndex={props.focusable ? 0 : -1}
      aria-current={props.selected ? 'true' : undefined}
      aria-label={`${row.number ?? ''} ${item.title}`.trim()}
      data-testid="agenda-row"
      data-item-id={item.id}
      data-number={row.number ?? ''}
      onClick={() => actions.onSelect(item.id)}
      onFocus={() => actions.onSelect(item.id)}
      onDoubleClick={() => actions.onEdit(row)}
      onKeyDown={(event) => actions.onKeyDown(event, row)}
    >
      {props.handle}
      <span className="agenda-number">{row.number ?? '–'}</span>
      <span className="agenda-time" title={item.fixedStart ? t('agenda.fixedStartTitle', { time: item.fixedStart }) : undefined}>
        {clockOfMinutes(row.plannedStart)}–{clockOfMinutes(row.plannedEnd)}
        {item.fixedStart && <span className="fixed-mark" aria-label={t('agenda.fixedStartTitle', { time: item.fixedStart })}> ⚑</span>}
      </span>
      <span className="agenda-title">
        <strong>{item.title}</strong>
        {item.description && <span className="muted small agenda-description">{item.description}</span>}
        {item.notes && (
          <span className="agenda-notes small" title={item.notes}>
            {t('agenda.notesMark')}: {item.notes}
          </span>
        )}
        {row.overlapsPrevious && <span className="agenda-warning small">⚠ {t('agenda.overlaps')}</span>}
      </span>
      <span className={`agenda-kind kind-${item.kind}`}>{t(`agenda.kind.${item.kind}`)}</span>
      <span className="agenda-presenter">
        <PresenterText presenter={row.presenter} />
      </span>
      <span className="agenda-duration">{t('agenda.minutes', { minutes: row.durationMinutes })}</span>
      <span className="agenda-status">{status && <span className={`run-badge run-${status}`}>{t(`agenda.runStatus.${status}`)}</span>}</span>
      <details className="menu" ref={menu} onClick={(e) => e.stopPropagation()}>
        <summary className="btn small ghost" aria-label={t('agenda.moreActions', { title: item.title })} data-testid="agenda-row-menu">
          ⋯
        </summary>
        <div className="menu-items" role="menu">
          <button type="button" role="menuitem" onClick={act(actions.onEdit)}>
            {t('common.actions.edit')}
          </button>
          {row.depth === 0 && (
            <button type="button" role="menuitem" onClick={act(actions.onAddSubItem)}>
              {t('agenda.addSubItem')}
            </button>
          )}
          <button type="button" role="menuitem" onClick={act(actions.onDuplicate)}>
            {t('agenda.duplicate')}
          </button>
          <button type="button" role="menuitem" className="danger" data-testid="agenda-delete" onClick={act(actions.onDelete)}>
            {t('common.actions.delete')}
          </button>
        </div>
      </details>
    </div>
  );
}
