import type { TFunction } from 'i18next';
import { deskStore } from '../../store/desk-store';
import { errorMessage } from '../../i18n';
import { showToast } from '../../ui/toasts';

export interface AttendanceTarget {
  readonly sittingId: string;
  readonly delegateId: string;
}

const fail = (error: unknown) => showToast({ tone: 'error', message: errorMessage(error) });

/**
 * Check a delegate out with Undo at hand; answers the toast's id, for an undo made elsewhere to close it. Undo records that the check-out was a mistake
 * (`undoCheckOut`), so the delegate stays present from the original check-in without a gap;
 * checking them in again would leave them absent on record between the two.
 */
export async function checkOutWithUndo(target: AttendanceTarget, name: string, t: TFunction, onUndone?: () => void): Promise<number> {
  const api = deskStore().api;
  await api.checkOut(target);
  return showToast({
    tone: 'info',
    message: t('checkin.checkedOut', { name }),
    action: { label: t('common.actions.undo'), run: () => void undoCheckOut(target).then(onUndone, fail) },
  });
}

export function undoCheckOut(target: AttendanceTarget): Promise<null> {
  return deskStore().api.undoCheckOut(target);
}
