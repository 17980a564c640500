import { useCallback, useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiInput } from '../../../../shared/api';
import type { AgendaRow } from '../../../../shared/domain/agenda/select';
import { agendaTemplateFile } from '../../../../shared/agenda/template-file';
import { deskStore, useDesk } from '../../store/desk-store';
import { errorMessage, useLanguage } from '../../i18n';
import { showToast } from '../../ui/toasts';
import { keyboardMove, moveKeyOf } from './agenda-moves';
import { useAgendaPlans } from './use-agenda';
import { SittingAgenda } from './SittingAgenda';
import { AgendaItemForm, type FormTarget } from './AgendaItemForm';
import { AgendaImportDialog } from './AgendaImportDialog';
import type { RowActions } from './AgendaRowView';
import { openPrintView } from '../print/print-intent';
import './agenda.css';

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/**
 * The agenda editor: every sitting with its items, numbered and timed as they will be printed.
 * Keyboard: ↑/↓ select, Alt+↑/↓ move, Alt+→/← into or out of the item above, Enter edit,
 * Insert add after, Delete delete (with Undo).
 */
export function AgendaView() {
  const { t } = useTranslation();
  const language = useLanguage();
  const { plans, orphans } = useAgendaPlans();
  const runs = useDesk((v) => v.state.agenda.runs);
  const activeSittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const [form, setForm] = useState<FormTarget | null>(null);
  const [importing, setImporting] = useState(false);
  const rows = useRef(new Map<string, HTMLDivElement>());
  const refocus = useRef<string | null>(null);
  const api = deskStore().api;

  const allRows = useMemo(() => plans.flatMap((p) => p.rows), [plans]);
  const planOf = useCallback((row: AgendaRow) => plans.find((p) => p.sitting.id === row.item.sittingId), [plans]);

  // A moved row is a new element in the list's order: give it the focus back once the move is saved.
  useEffect(() => {
    const id = refocus.current;
    if (id === null) return;
    const element = rows.current.get(id);
    if (element && document.activeElement !== element) element.focus();
    refocus.current = null;
  }, [plans]);

  const focusRow = (id: string) => {
    setSelectedId(id);
    rows.current.get(id)?.focus();
  };

  const remove = (row: AgendaRow) => {
    const at = allRows.findIndex((r) => r.item.id === row.item.id);
    api
      .deleteAgendaItem({ itemId: row.item.id })
      .then(({ item, subItems }) => {
        const neighbour = allRows.slice(at + 1).find((r) => r.item.parentId !== item.id) ?? allRows[at - 1];
        setSelectedId(neighbour?.item.id ?? null);
        showToast(
          {
            tone: 'info',
            message: subItems > 0 ? t('agenda.deletedWithSubItems', { title: item.title, count: subItems }) : t('agenda.deleted', { title: item.title }),
            action: { label: t('common.actions.undo'), run: () => void api.restoreAgendaItem({ itemId: item.id }).catch(fail) },
          },
          10_000,
        );
      })
      .catch(fail);
  };

  const move = (input: ApiInput<'moveAgendaItem'>) => {
    refocus.current = input.itemId;
    setSelectedId(input.itemId);
    api.moveAgendaItem(input).catch(fail);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>, row: AgendaRow) => {
    // Keys on the drag handle or the row's menu belong to them.
    if (event.target !== event.currentTarget) return;
    const moveKey = moveKeyOf(event);
    if (moveKey) {
      event.preventDefault();
      const plan = planOf(row);
      const input = plan ? keyboardMove(plan, row.item.id, moveKey) : null;
      if (input) move(input);
      return;
    }
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    const at = allRows.findIndex((r) => r.item.id === row.item.id);
    const go = (index: number) => {
      const target = allRows[Math.max(0, Math.min(allRows.length - 1, index))];
      if (target) {
        event.preventDefault();
        focusRow(target.item.id);
      }
    };
    switch (event.key) {
      case 'ArrowDown':
        go(at + 1);
        return;
      case 'ArrowUp':
        go(at - 1);
        return;
      case 'Home':
        go(0);
        return;
      case 'End':
        go(allRows.length - 1);
        return;
      case 'Enter':
        event.preventDefault();
        setForm({ mode: 'edit', item: row.item });
        return;
      case 'Insert':
        event.preventDefault();
        setForm({ mode: 'new', sittingId: row.item.sittingId, parentId: row.item.parentId, index: row.index + 1 });
        return;
      case 'Delete':
        event.preventDefault();
        remove(row);
        return;
    }
  };

  const actions: RowActions = {
    onSelect: setSelectedId,
    onKeyDown,
    onEdit: (row) => setForm({ mode: 'edit', item: row.item }),
    onAddSubItem: (row) => setForm({ mode: 'new', sittingId: row.item.sittingId, parentId: row.item.id, index: null }),
    onDuplicate: (row) =>
      void api
        .duplicateAgendaItem({ itemId: row.item.id })
        .then((copy) => {
          setSelectedId(copy.id);
          showToast({ tone: 'success', message: t('agenda.duplicated', { title: copy.title }) });
        })
        .catch(fail),
    onDelete: remove,
    rowRef: (id, element) => {
      if (element) rows.current.set(id, element);
      else rows.current.delete(id);
    },
  };

  const defaultSitting = plans.find((p) => p.sitting.id === activeSittingId)?.sitting.id ?? plans[0]?.sitting.id;
  const firstFocus = selectedId !== null && allRows.some((r) => r.item.id === selectedId) ? null : (allRows[0]?.item.id ?? null);

  return (
    <div className="agenda">
      <div className="toolbar">
        <button
          type="button"
          className="btn primary"
          data-testid="agenda-add"
          disabled={defaultSitting === undefined}
          onClick={() => defaultSitting && setForm({ mode: 'new', sittingId: defaultSitting, parentId: null, index: null })}
        >
          + {t('agenda.addItem')}
        </button>
        <button type="button" className="btn" data-testid="agenda-import" onClick={() => setImporting(true)}>
          {t('agenda.import.open')}
        </button>
        <button type="button" className="btn ghost" onClick={() => downloadTemplate(language)}>
          {t('agenda.import.template')}
        </button>
        <p className="muted small grow agenda-keys">{t('agenda.keys')}</p>
        <button type="button" className="btn" data-testid="agenda-print" onClick={() => openPrintView('agenda')}>
          {t('agenda.print.agenda')}
        </button>
        <button type="button" className="btn" data-testid="agenda-print-run-sheet" onClick={() => openPrintView('run-sheet')}>
          {t('agenda.print.runSheet')}
        </button>
      </div>
      {plans.map((plan) => (
        <SittingAgenda
          key={plan.sitting.id}
          plan={plan}
          runs={runs}
          selectedId={selectedId}
          focusId={firstFocus}
          actions={actions}
          onMove={move}
          onAdd={(sittingId) => setForm({ mode: 'new', sittingId, parentId: null, index: null })}
        />
      ))}
      {orphans.length > 0 && defaultSitting && (
        <section className="agenda-sitting card agenda-orphans" data-testid="agenda-orphans">
          <h2>{t('agenda.orphans.title')}</h2>
          <p className="muted small">{t('agenda.orphans.explain')}</p>
          <ul>
            {orphans.map((item) => (
              <li key={item.id}>
                <strong>{item.title}</strong>{' '}
                <button type="button" className="btn small" onClick={() => move({ itemId: item.id, sittingId: defaultSitting, parentId: null, index: Number.MAX_SAFE_INTEGER })}>
                  {t('agenda.orphans.moveTo', { sitting: plans.find((p) => p.sitting.id === defaultSitting)?.sitting.title ?? '' })}
                </button>{' '}
                <button type="button" className="btn small ghost" onClick={() => void api.deleteAgendaItem({ itemId: item.id }).catch(fail)}>
                  {t('common.actions.delete')}
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {form && <AgendaItemForm target={form} plans={plans} onClose={() => setForm(null)} onSaved={(item) => {
            refocus.current = item.id;
            setSelectedId(item.id);
          }} />}
      {importing && <AgendaImportDialog plans={plans} defaultSittingId={defaultSitting ?? null} onClose={() => setImporting(false)} />}
    </div>
  );
}

/** Offers the agenda file template (CSV UTF-8 with BOM, which Excel opens correctly). */
function downloadTemplate(language: 'vi' | 'en'): void {
  const file = agendaTemplateFile(language);
  const link = document.createElement('a');
  link.href = URL.createObjectURL(new Blob([file.content], { type: 'text/csv;charset=utf-8' }));
  link.download = file.fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
}
