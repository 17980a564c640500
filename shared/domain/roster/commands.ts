import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireCongress } from '../decision.js';
import { delegateFieldsSchema, type Delegate, type DelegateFields } from './model.js';
import { DeskError } from '../errors.js';
import { id, text } from '../schema-helpers.js';
import { codeKey } from './code.js';
import { delegateHasSpeeches } from '../speakers/select.js';
import { seatingInvolving } from '../credentials/alternates.js';

export const MAX_ROSTER = 20_000;

export const importRosterInput = z.object({
  fileName: text(260),
  delegates: z.array(delegateFieldsSchema).max(MAX_ROSTER),
});

/** The whole file is added in one event, or nothing is. */
export const importRoster: Decide<z.infer<typeof importRosterInput>, { added: number }> = (state, input, context) => {
  requireCongress(state);
  if (input.delegates.length === 0) throw new DeskError('roster.empty');
  if (state.roster.delegates.size + input.delegates.length > MAX_ROSTER) {
    throw new DeskError('roster.tooLarge', { max: MAX_ROSTER });
  }
  const seen = new Set<string>();
  for (const fields of input.delegates) {
    const key = codeKey(fields.code);
    if (seen.has(key) || state.roster.byCode.has(key)) throw new DeskError('delegate.codeTaken', { code: fields.code });
    seen.add(key);
  }
  let order = state.roster.nextListOrder;
  const delegates: Delegate[] = input.delegates.map((fields) => ({ ...fields, id: context.newId(), listOrder: order++ }));
  return {
    events: [{ type: 'roster.imported', payload: { fileName: input.fileName, delegates } }],
    result: { added: delegates.length },
  };
};

function checkCodeFree(state: Parameters<Decide<unknown, unknown>>[0], fields: DelegateFields, self: string | null) {
  const holder = state.roster.byCode.get(codeKey(fields.code));
  if (holder !== undefined && holder !== self) throw new DeskError('delegate.codeTaken', { code: fields.code });
}

export const addDelegateInput = delegateFieldsSchema;

export const addDelegate: Decide<z.infer<typeof addDelegateInput>, Delegate> = (state, input, context) => {
  requireCongress(state);
  checkCodeFree(state, input, null);
  const delegate: Delegate = { ...input, id: context.newId(), listOrder: state.roster.nextListOrder };
  return { events: [{ type: 'delegate.added', payload: { delegate } }], result: delegate };
};

export const updateDelegateInput = z.object({ delegateId: id, fields: delegateFieldsSchema });

export const updateDelegate: Decide<z.infer<typeof updateDelegateInput>, Delegate> = (state, input) => {
  const current = state.roster.delegates.get(input.delegateId);
  if (!current) throw new DeskError('delegate.unknown');
  checkCodeFree(state, input.fields, current.id);
  // A seating counts the alternate in the official delegate's place, of the same organisation: a new
  // category for either would count a seat twice or not at all, a new organisation would break the
  // organisation's order of alternates and the undoing of the seating. The rest stays editable.
  const locked = input.fields.category !== current.category || input.fields.organisation !== current.organisation;
  const seating = locked ? seatingInvolving(state, current.id) : undefined;
  if (seating) {
    const nameOf = (delegateId: string) => state.roster.delegates.get(delegateId)?.fullName ?? '';
    throw new DeskError('delegate.lockedInSeating', { replaced: nameOf(seating.replacedId), alternate: nameOf(seating.alternateId) });
  }
  const delegate: Delegate = { ...input.fields, id: current.id, listOrder: current.listOrder };
  return { events: [{ type: 'delegate.updated', payload: { delegate } }], result: delegate };
};

export const removeDelegateInput = z.object({ delegateId: id });

/** A delegate with attendance history stays: removing them would rewrite who was present. */
export const removeDelegate: Decide<z.infer<typeof removeDelegateInput>, Delegate> = (state, input) => {
  const current = state.roster.delegates.get(input.delegateId);
  if (!current) throw new DeskError('delegate.unknown');
  for (const sitting of state.attendance.bySitting.values()) {
    const record = sitting.get(current.id);
    if (record && (record.intervals.length > 0 || record.absenceReason !== null)) {
      throw new DeskError('delegate.hasAttendance', { name: current.fullName });
    }
  }
  // Likewise a speaker: the speech log names every speaker from the roster.
  if (delegateHasSpeeches(state, current.id)) throw new DeskError('delegate.hasSpeeches', { name: current.fullName });
  // A seating names both delegates: removing either would leave a seat counted twice or not at all.
  if (state.credentials.seatings.has(current.id) || state.credentials.replacedBy.has(current.id)) {
    throw new DeskError('delegate.inSeating', { name: current.fullName });
  }
  return { events: [{ type: 'delegate.removed', payload: { delegateId: current.id } }], result: current };
};

export const restoreDelegateInput = z.object({ delegateId: id });

/**
 * Undo a removal: the delegate comes back where they were in the roster's order, with the same id
 * and everything recorded about them. Refused if their code was given to someone else meanwhile.
 */
export const restoreDelegate: Decide<z.infer<typeof restoreDelegateInput>, Delegate> = (state, input) => {
  requireCongress(state);
  const kept = state.roster.removed.get(input.delegateId);
  if (!kept) throw new DeskError('delegate.notRemoved');
  checkCodeFree(state, kept, null);
  if (state.roster.delegates.size + 1 > MAX_ROSTER) throw new DeskError('roster.tooLarge', { max: MAX_ROSTER });
  return { events: [{ type: 'delegate.restored', payload: { delegateId: kept.id } }], result: kept };
};
