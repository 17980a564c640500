import type { SessionEvent } from './events.js';
import type { SessionState } from './state.js';
import { DeskError } from './errors.js';
import { findSitting, type Sitting } from './congress/model.js';

/** What a command may use beyond the state: the time and fresh identifiers (both injected for tests). */
export interface CommandContext {
  readonly now: string;
  newId(): string;
}

/** A command's answer: the events to append (possibly none) and what to tell the caller. */
export interface Decision<R> {
  readonly events: readonly SessionEvent[];
  readonly result: R;
}

export type Decide<I, R> = (state: SessionState, input: I, context: CommandContext) => Decision<R>;

export function requireCongress(state: SessionState) {
  if (!state.congress) throw new DeskError('congress.none');
  return state.congress;
}

/** The congress's sitting `sittingId`; refused as `sitting.unknown` when it has none by that id. */
export function requireSitting(state: SessionState, sittingId: string): Sitting {
  const sitting = findSitting(requireCongress(state), sittingId);
  if (!sitting) throw new DeskError('sitting.unknown');
  return sitting;
}
