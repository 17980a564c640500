import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
  type UniqueIdentifier,
} from '@dnd-kit/core';
import { SortableContext, sortableKeyboardCoordinates, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ApiInput } from '../../../../shared/api';
import { clockOfMinutes, type AgendaRow, type SittingPlan } from '../../../../shared/domain/agenda/select';
import type { AgendaState } from '../../../../shared/domain/agenda/state';
import { formatDate } from '../../../../shared/i18n/format';
import { useLanguage } from '../../i18n';
import { dropMove } from './agenda-moves';
import { AgendaRowView, type RowActions } from './AgendaRowView';

interface Props {
  readonly plan: SittingPlan;
  readonly runs: AgendaState['runs'];
  readonly selectedId: string | null;
  /** The row that takes Tab focus when none in this sitting is selected (roving focus). */
  readonly focusId: string | null;
  readonly actions: RowActions;
  readonly onMove: (move: ApiInput<'moveAgendaItem'>) => void;
  readonly onAdd: (sittingId: string) => void;
}

/**
 * One sitting of the agenda: its times, the planned end and a warning when the plan runs past the
 * sitting's end, and its items, reordered by dragging the handle (mouse, or Space and the arrow keys
 * on the handle) or with Alt+arrows on a selected row.
 */
export function SittingAgenda(props: Props) {
  const { t } = useTranslation();
  const language = useLanguage();
  const { plan } = props;
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 6 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const top = plan.rows.filter((r) => r.depth === 0);
  const titleOf = (id: UniqueIdentifier | undefined) => plan.rows.find((r) => r.item.id === String(id))?.item.title ?? '';
  const announcements: Announcements = {
    onDragStart: ({ active }) => t('agenda.drag.picked', { title: titleOf(active.id) }),
    onDragOver: ({ active, over }) => (over ? t('agenda.drag.over', { title: titleOf(active.id), target: titleOf(over.id) }) : undefined),
    onDragEnd: ({ active, over }) => (over ? t('agenda.drag.dropped', { title: titleOf(active.id), target: titleOf(over.id) }) : t('agenda.drag.cancelled', { title: titleOf(active.id) })),
    onDragCancel: ({ active }) => t('agenda.drag.cancelled', { title: titleOf(active.id) }),
  };
  const onDragEnd = (event: DragEndEvent) => {
    const move = event.over ? dropMove(plan, String(event.active.id), String(event.over.id)) : null;
    if (move) props.onMove(move);
  };
  const over = plan.overrunMinutes > 0;
  const headingId = `sitting-${plan.sitting.id}`;

  const renderRow = (row: AgendaRow, children?: ReactNode) => (
    <SortableRow key={row.item.id} id={row.item.id} label={t('agenda.drag.handle', { title: row.item.title })}>
      {(handle) => (
        <>
          <AgendaRowView
            row={row}
            run={props.runs.get(row.item.id)}
            selected={props.selectedId === row.item.id}
            focusable={props.selectedId === row.item.id || props.focusId === row.item.id}
            handle={handle}
            actions={props.actions}
          />
          {children}
        </>
      )}
    </SortableRow>
  );

  return (
    <section className="agenda-sitting card" aria-labelledby={headingId} data-testid={`agenda-sitting-${plan.sitting.id}`}>
      <header className="agenda-sitting-header">
        <div>
          <h2 id={headingId}>{plan.sitting.title}</h2>
          <p className="muted small">
            {t('agenda.sittingTimes', { date: formatDate(plan.sitting.date, language), start: plan.sitting.start, end: plan.sitting.end })}
          </p>
        </div>
        <div className="agenda-sitting-figures">
          <span data-testid="planned-end">{t('agenda.plannedEnd', { time: clockOfMinutes(plan.plannedEnd) })}</span>
          {over ? (
            <span className="agenda-overrun" role="status" data-testid="sitting-overrun">
              ⚠ {t('agenda.overrun', { minutes: plan.overrunMinutes, end: plan.sitting.end })}
            </span>
          ) : (
            <span className="agenda-fits muted small">{t('agenda.fits')}</span>
          )}
        </div>
        <button type="button" className="btn small" onClick={() => props.onAdd(plan.sitting.id)} data-testid={`agenda-add-${plan.sitting.id}`}>
          + {t('agenda.addItem')}
        </button>
      </header>
      {top.length === 0 ? (
        <p className="muted agenda-empty">{t('agenda.emptySitting')}</p>
      ) : (
        <DndContext
          sensors={sensors}
          collisionDetection={closestCenter}
          onDragEnd={onDragEnd}
          accessibility={{ announcements, screenReaderInstructions: { draggable: t('agenda.drag.instructions') } }}
        >
          <SortableContext items={top.map((r) => r.item.id)} strategy={verticalListSortingStrategy}>
            <ol className="agenda-list" aria-labelledby={headingId}>
              {top.map((row) => {
                const subs = plan.rows.filter((r) => r.item.parentId === row.item.id);
                return renderRow(
                  row,
                  subs.length > 0 && (
                    <SortableContext items={subs.map((r) => r.item.id)} strategy={verticalListSortingStrategy}>
                      <ol className="agenda-sublist">{subs.map((sub) => renderRow(sub))}</ol>
                    </SortableContext>
                  ),
                );
              })}
            </ol>
          </SortableContext>
        </DndContext>
      )}
    </section>
  );
}

/** A list entry that can be dragged by its handle; its sub-items move with it. */
function SortableRow(props: { readonly id: string; readonly label: string; readonly children: (handle: ReactNode) => ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition, isDragging } = useSortable({ id: props.id });
  const handle = (
    <button type="button" ref={setActivatorNodeRef} className="drag-handle" aria-label={props.label} data-testid="drag-handle" {...attributes} {...listeners}>
      ⠿
    </button>
  );
  return (
    <li ref={setNodeRef} className={isDragging ? 'agenda-item dragging' : 'agenda-item'} style={{ transform: CSS.Translate.toString(transform), transition }}>
      {props.children(handle)}
    </li>
  );
}
