import { forwardRef, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DndContext, PointerSensor, closestCenter, useSensor, useSensors, type Announcements, type DragEndEvent } from '@dnd-kit/core';
import { SortableContext, useSortable, verticalListSortingStrategy } from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { Discussion, Speech } from '../../../../shared/domain/speakers/model';
import { arrangedSpeeches, arrangeQueue, type QueuedSpeech } from '../../../../shared/domain/speakers/queue';
import { effectiveLimit, speakerLabel, type SpeakerLabel } from '../../../../shared/domain/speakers/select';
import { isPresentIn } from '../../../../shared/domain/attendance/select';
import type { SessionState } from '../../../../shared/domain/state';
import { useDesk } from '../../store/desk-store';
import { callSpeaker, moveSpeech, restoreSpeech, withdrawSpeech } from './speaker-actions';
import { SpeechForm } from './SpeechForm';

interface Row {
  readonly queued: QueuedSpeech;
  readonly label: SpeakerLabel;
  readonly checkedIn: boolean;
  readonly limitSeconds: number | null;
}

function rowsOf(state: SessionState, discussion: Discussion): { rows: Row[]; withdrawn: { speech: Speech; label: SpeakerLabel }[] } {
  const arranged = arrangedSpeeches(state, discussion);
  const rows = arrangeQueue(arranged, discussion.firstTimeSpeakersFirst).map((queued): Row => {
    const label = speakerLabel(state, queued.speech.speaker);
    return {
      queued,
      label,
      checkedIn: label.delegateId === null || isPresentIn(state, discussion.sittingId, label.delegateId),
      limitSeconds: effectiveLimit(state.speakers.settings, queued.speech),
    };
  });
  const withdrawn = arranged.filter((s) => s.status === 'withdrawn').map((speech) => ({ speech, label: speakerLabel(state, speech.speaker) }));
  return { rows, withdrawn };
}

/**
 * The waiting list in the order the desk will call it. Reorder by dragging a row's handle, or
 * with Alt+↑/↓ on a focused row; ↑/↓ move between rows; Delete withdraws (with Undo).
 */
export const SpeakerQueue = forwardRef<HTMLOListElement, { readonly discussion: Discussion }>(function SpeakerQueue({ discussion }, ref) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const { rows, withdrawn } = useMemo(() => rowsOf(state, discussion), [state, discussion]);
  const [editing, setEditing] = useState<Speech | null>(null);
  const focusAfter = useRef<string | null>(null);
  const list = useRef<HTMLOListElement | null>(null);
  const sensors = useSensors(useSensor(PointerSensor, { activationConstraint: { distance: 4 } }));
  const ids = rows.map((r) => r.queued.speech.id);
  const nameOf = (id: string | number) => rows.find((r) => r.queued.speech.id === id)?.label.name ?? '';
  const positionOf = (id: string | number | undefined) => (id === undefined ? 0 : ids.indexOf(String(id)) + 1);

  // The moved row keeps the focus once the list comes back in its new order.
  useEffect(() => {
    const id = focusAfter.current;
    if (id === null) return;
    const row = list.current?.querySelector<HTMLElement>(`[data-speech-id="${id}"]`);
    if (!row) return;
    focusAfter.current = null;
    // Only where the move itself lost the focus: never take it from a field the user went on to.
    const active = document.activeElement;
    if (active !== row && (active === null || active === document.body || list.current?.contains(active))) row.focus();
  }, [rows]);

  const announcements: Announcements = {
    onDragStart: ({ active }) => t('speakers.queue.announce.dragStart', { name: nameOf(active.id) }),
    onDragOver: ({ active, over }) => t('speakers.queue.announce.dragOver', { name: nameOf(active.id), position: positionOf(over?.id) }),
    onDragEnd: ({ active, over }) => t('speakers.queue.announce.dragEnd', { name: nameOf(active.id), position: positionOf(over?.id) }),
    onDragCancel: ({ active }) => t('speakers.queue.announce.dragCancel', { name: nameOf(active.id) }),
  };

  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    const toIndex = ids.indexOf(String(over.id));
    if (toIndex >= 0) void moveSpeech(String(active.id), toIndex);
  };

  const onRowKey = (event: KeyboardEvent<HTMLLIElement>, index: number, speechId: string) => {
    if (event.target !== event.currentTarget) return;
    const focusRow = (i: number) => list.current?.querySelectorAll<HTMLElement>('[data-speech-id]')[i]?.focus();
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault();
      const to = event.key === 'ArrowUp' ? index - 1 : index + 1;
      if (to < 0 || to >= rows.length) return;
      focusAfter.current = speechId;
      void moveSpeech(speechId, to);
    } else if (event.key === 'ArrowUp' || event.key === 'ArrowDown') {
      event.preventDefault();
      focusRow(event.key === 'ArrowUp' ? Math.max(0, index - 1) : Math.min(rows.length - 1, index + 1));
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault();
      focusRow(index + 1 < rows.length ? index + 1 : index - 1);
      withdrawSpeech(speechId);
    }
  };

  const grouped = rows.some((r) => r.queued.group !== 'firstTime');

  return (
    <section className="queue" aria-labelledby="queue-title">
      <h2 id="queue-title">
        {t('speakers.queue.title')} <span className="muted small">{t('speakers.queue.count', { count: rows.length })}</span>
      </h2>
      {rows.length === 0 && <p className="muted">{t('speakers.queue.empty')}</p>}
      <DndContext
        sensors={sensors}
        collisionDetection={closestCenter}
        onDragEnd={onDragEnd}
        accessibility={{ announcements, screenReaderInstructions: { draggable: t('speakers.queue.keys') } }}
      >
        <SortableContext items={ids} strategy={verticalListSortingStrategy}>
          <ol
            className="queue-list"
            data-testid="speaker-queue"
            tabIndex={-1}
            ref={(node) => {
              list.current = node;
              if (typeof ref === 'function') ref(node);
              else if (ref) ref.current = node;
            }}
          >
            {rows.map((row, index) => (
              <QueueRow
                key={row.queued.speech.id}
                row={row}
                index={index}
                groupStart={grouped && row.queued.group !== rows[index - 1]?.queued.group}
                onKeyDown={(e) => onRowKey(e, index, row.queued.speech.id)}
                onEdit={() => setEditing(row.queued.speech)}
              />
            ))}
          </ol>
        </SortableContext>
      </DndContext>
      {withdrawn.length > 0 && (
        <details className="withdrawn">
          <summary>{t('speakers.queue.withdrawnTitle', { count: withdrawn.length })}</summary>
          <ul data-testid="withdrawn-list">
            {withdrawn.map(({ speech, label }) => (
              <li key={speech.id}>
                <span>{label.name}</span> <span className="muted small">{t(`speakers.kind.${speech.kind}`)}</span>
                <button type="button" className="btn small" onClick={() => restoreSpeech(speech.id)}>
                  {t('speakers.queue.restore')}
                </button>
              </li>
            ))}
          </ul>
        </details>
      )}
      <p className="muted small">{t('speakers.queue.keys')}</p>
      {editing && <SpeechForm discussion={discussion} speech={editing} onClose={() => setEditing(null)} />}
    </section>
  );
});

function QueueRow(props: {
  readonly row: Row;
  readonly index: number;
  readonly groupStart: boolean;
  readonly onKeyDown: (event: KeyboardEvent<HTMLLIElement>) => void;
  readonly onEdit: () => void;
}) {
  const { t } = useTranslation();
  const { row } = props;
  const { speech, group, spokenBefore } = row.queued;
  const { attributes, listeners, setNodeRef, transform, transition, isDragging } = useSortable({ id: speech.id });
  return (
    <li
      ref={setNodeRef}
      // Inline styles set through the DOM (not a style attribute in markup) are allowed by the CSP.
      style={{ transform: CSS.Transform.toString(transform), transition }}
      className={`queue-row${isDragging ? ' dragging' : ''}${props.groupStart ? ' group-start' : ''} kind-${speech.kind}`}
      data-speech-id={speech.id}
      data-group={group}
      data-testid="queue-row"
      tabIndex={0}
      aria-label={`${props.index + 1}. ${row.label.name}`}
      onKeyDown={props.onKeyDown}
    >
      {props.groupStart && <span className="group-label">{t(`speakers.queue.group.${group}`)}</span>}
      <button type="button" className="drag-handle" {...attributes} {...listeners} tabIndex={-1} aria-label={t('speakers.queue.drag')} title={t('speakers.queue.drag')}>
        ⠿
      </button>
      <span className="queue-number">{props.index + 1}</span>
      <span className="queue-who">
        <strong>{row.label.name}</strong>
        <span className="muted small ellipsis">{row.label.detail}</span>
      </span>
      <span className="queue-what">
        <span className={`kind-badge kind-${speech.kind}`}>{t(`speakers.kind.${speech.kind}`)}</span>
        {speech.title && <span className="queue-title ellipsis" title={speech.title}>{speech.title}</span>}
        {speech.document && <span className="muted small ellipsis">{t('speakers.queue.document', { name: speech.document })}</span>}
      </span>
      <span className="queue-flags">
        <span className="muted small">
          {row.limitSeconds === null ? t('speakers.queue.noLimit') : t('speakers.queue.minutes', { minutes: row.limitSeconds / 60 })}
        </span>
        {spokenBefore && <span className="flag">{t('speakers.queue.spokenBefore')}</span>}
        {!row.checkedIn && <span className="flag flag-warn">{t('speakers.queue.notCheckedIn')}</span>}
      </span>
      <span className="row-actions">
        <button type="button" className="btn small" onClick={() => callSpeaker(speech.id)} data-testid="call-speech">
          {t('speakers.queue.call')}
        </button>
        <button type="button" className="btn small ghost" onClick={props.onEdit}>
          {t('speakers.queue.edit')}
        </button>
        <button type="button" className="btn small ghost" onClick={() => withdrawSpeech(speech.id)} data-testid="withdraw-speech">
          {t('speakers.queue.withdraw')}
        </button>
      </span>
    </li>
  );
}
