import type { ApiInput } from '../../../../shared/api';
import type { AgendaRow, SittingPlan } from '../../../../shared/domain/agenda/select';

/** What the keyboard can do to the selected item: Alt+↑/↓ move it, Alt+→ makes it a sub-item of the item above, Alt+← takes it out. */
export type AgendaMoveKey = 'up' | 'down' | 'indent' | 'outdent';

type MoveInput = ApiInput<'moveAgendaItem'>;

export function moveKeyOf(event: { readonly key: string; readonly altKey: boolean; readonly ctrlKey: boolean; readonly metaKey: boolean }): AgendaMoveKey | null {
  if (!event.altKey || event.ctrlKey || event.metaKey) return null;
  switch (event.key) {
    case 'ArrowUp':
      return 'up';
    case 'ArrowDown':
      return 'down';
    case 'ArrowRight':
      return 'indent';
    case 'ArrowLeft':
      return 'outdent';
    default:
      return null;
  }
}

function siblingsOf(plan: SittingPlan, row: AgendaRow): AgendaRow[] {
  return plan.rows.filter((r) => r.item.parentId === row.item.parentId);
}

/** The move a key asks for, or null where there is nowhere to go (the first item cannot go up). */
export function keyboardMove(plan: SittingPlan, itemId: string, key: AgendaMoveKey): MoveInput | null {
  const row = plan.rows.find((r) => r.item.id === itemId);
  if (!row) return null;
  const at = (parentId: string | null, index: number): MoveInput => ({ itemId, sittingId: plan.sitting.id, parentId, index });
  switch (key) {
    case 'up':
      return row.index > 0 ? at(row.item.parentId, row.index - 1) : null;
    case 'down':
      return row.index < row.siblings - 1 ? at(row.item.parentId, row.index + 1) : null;
    case 'indent': {
      if (row.depth !== 0 || row.subItemCount > 0 || row.index === 0) return null;
      const above = siblingsOf(plan, row)[row.index - 1];
      return above ? at(above.item.id, above.subItemCount) : null;
    }
    case 'outdent': {
      const parent = plan.rows.find((r) => r.item.id === row.item.parentId);
      return parent ? at(null, parent.index + 1) : null;
    }
  }
}

/**
 * The move a drop asks for: within the same list, to the place of the item dropped on; an item
 * dropped on a sub-item takes the place of that sub-item's item; a sub-item may go to another
 * item's sub-items. A sub-item dropped on a top-level item stays where it was (Alt+← takes it out).
 */
export function dropMove(plan: SittingPlan, activeId: string, overId: string): MoveInput | null {
  const active = plan.rows.find((r) => r.item.id === activeId);
  let over = plan.rows.find((r) => r.item.id === overId);
  if (!active || !over || active.item.id === over.item.id) return null;
  if (active.depth === 0 && over.depth === 1) over = plan.rows.find((r) => r.item.id === over?.item.parentId);
  if (!over || over.item.id === active.item.id) return null;
  if (active.depth === 1 && over.depth === 0) return null;
  return { itemId: activeId, sittingId: plan.sitting.id, parentId: over.item.parentId, index: over.index };
}
