import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireCongress, requireSitting } from '../decision.js';
import { congressSettingsSchema, sittingSchema, type Congress, type Sitting } from './model.js';
import { DeskError } from '../errors.js';
import { id } from '../schema-helpers.js';

/** A sitting as a form sends it: new sittings have no id yet. */
export const sittingInputSchema = sittingSchema.extend({ id: id.optional() });
export const congressInputSchema = congressSettingsSchema.extend({ sittings: z.array(sittingInputSchema).min(1).max(30) });
export type CongressInput = z.input<typeof congressInputSchema>;
export type ParsedCongressInput = z.output<typeof congressInputSchema>;

function checkSettings(input: ParsedCongressInput): void {
  if (input.endDate < input.startDate) throw new DeskError('congress.dates', { start: input.startDate, end: input.endDate });
  for (const sitting of input.sittings) {
    if (sitting.date < input.startDate || sitting.date > input.endDate || sitting.end <= sitting.start) {
      throw new DeskError('congress.dates', { start: input.startDate, end: input.endDate, sitting: sitting.title });
    }
  }
  const ids = input.sittings.flatMap((s) => (s.id ? [s.id] : []));
  if (new Set(ids).size !== ids.length) throw new DeskError('congress.sittingIds');
}

function withSittingIds(input: ParsedCongressInput, newId: () => string): Sitting[] {
  return input.sittings.map((s) => ({ ...s, id: s.id ?? newId() }));
}

export const createCongress: Decide<ParsedCongressInput, Congress> = (state, input, context) => {
  if (state.congress) throw new DeskError('congress.exists');
  checkSettings(input);
  const congress: Congress = { ...input, id: context.newId(), sittings: withSittingIds(input, () => context.newId()) };
  const first = congress.sittings[0];
  return {
    events: [
      { type: 'congress.created', payload: { congress } },
      ...(first ? [{ type: 'sitting.activated' as const, payload: { sittingId: first.id } }] : []),
    ],
    result: congress,
  };
};

export const updateCongress: Decide<ParsedCongressInput, Congress> = (state, input, context) => {
  const current = requireCongress(state);
  checkSettings(input);
  const sittings = withSittingIds(input, () => context.newId());
  const kept = new Set(sittings.map((s) => s.id));
  for (const old of current.sittings) {
    if (!kept.has(old.id) && (state.attendance.bySitting.get(old.id)?.size ?? 0) > 0) {
      throw new DeskError('congress.sittingInUse', { sitting: old.title });
    }
    if (!kept.has(old.id) && state.speakers.discussions.some((d) => d.sittingId === old.id)) {
      throw new DeskError('congress.sittingInUse', { sitting: old.title });
    }
  }
  const congress: Congress = { ...input, id: current.id, sittings };
  const active = state.attendance.activeSittingId;
  const reactivate = active === null || !kept.has(active) ? sittings[0] : undefined;
  return {
    events: [
      { type: 'congress.updated', payload: { congress } },
      ...(reactivate ? [{ type: 'sitting.activated' as const, payload: { sittingId: reactivate.id } }] : []),
    ],
    result: congress,
  };
};

export const activateSittingInput = z.object({ sittingId: id });

export const activateSitting: Decide<z.infer<typeof activateSittingInput>, null> = (state, input) => {
  requireSitting(state, input.sittingId);
  if (state.attendance.activeSittingId === input.sittingId) return { events: [], result: null };
  return { events: [{ type: 'sitting.activated', payload: { sittingId: input.sittingId } }], result: null };
};
