// What the soak's writer process does to a congress, chosen at random by weight: every operation
// that appends to the journal and that a desk performs during a sitting. A feature that adds such
// an operation (the speaker queue, credentials decisions) adds one entry here.

import type { DeskService } from '../../electron/services/desk.js';
import { presenceOf } from '../../shared/domain/attendance/select.js';
import type { DemoRandom } from '../../shared/demo/random.js';
import type { Delegate } from '../../shared/domain/roster/model.js';
import type { SessionState } from '../../shared/domain/state.js';

export interface SoakOperation {
  readonly name: string;
  readonly weight: number;
  /** Starts the operation on the desk's current state, or returns null when it has nothing to act on. */
  start(desk: DeskService, random: DemoRandom): Promise<unknown> | null;
}

function activeSitting(state: SessionState): string | null {
  return state.attendance.activeSittingId;
}

/** A few random delegates of the roster (tries, not a scan of 5,000). */
function someDelegate(state: SessionState, random: DemoRandom, wanted: (d: Delegate, sittingId: string) => boolean): { delegate: Delegate; sittingId: string } | null {
  const sittingId = activeSitting(state);
  if (sittingId === null) return null;
  const all = state.roster.delegates;
  if (all.size === 0) return null;
  const list = [...all.values()];
  for (let attempt = 0; attempt < 20; attempt++) {
    const delegate = random.pick(list);
    if (wanted(delegate, sittingId)) return { delegate, sittingId };
  }
  return null;
}

const present = (state: SessionState) => (d: Delegate, sittingId: string) => presenceOf(state, sittingId, d.id).kind === 'present';
const notPresent = (state: SessionState) => (d: Delegate, sittingId: string) => presenceOf(state, sittingId, d.id).kind !== 'present';

export const SOAK_OPERATIONS: readonly SoakOperation[] = [
  {
    name: 'checkIn',
    weight: 10,
    start(desk, random) {
      const found = someDelegate(desk.state, random, notPresent(desk.state));
      return found && desk.checkIn({ sittingId: found.sittingId, target: { kind: 'code', code: found.delegate.code }, method: 'code' });
    },
  },
  {
    name: 'checkOut',
    weight: 4,
    start(desk, random) {
      const found = someDelegate(desk.state, random, present(desk.state));
      return found && desk.checkOut({ sittingId: found.sittingId, delegateId: found.delegate.id });
    },
  },
  {
    name: 'undoCheckIn',
    weight: 1,
    start(desk, random) {
      const found = someDelegate(desk.state, random, present(desk.state));
      return found && desk.undoCheckIn({ sittingId: found.sittingId, delegateId: found.delegate.id });
    },
  },
  {
    name: 'recordAbsence',
    weight: 1,
    start(desk, random) {
      const found = someDelegate(desk.state, random, notPresent(desk.state));
      return found && desk.recordAbsence({ sittingId: found.sittingId, delegateId: found.delegate.id, reason: 'Ốm' });
    },
  },
  {
    name: 'activateSitting',
    weight: 0.2,
    start(desk, random) {
      const sittings = desk.state.congress?.sittings ?? [];
      const next = sittings.length > 1 ? random.pick(sittings.filter((s) => s.id !== activeSitting(desk.state))) : undefined;
      return next ? desk.activateSitting({ sittingId: next.id }) : null;
    },
  },
];

/** One operation that has something to act on, drawn by weight. */
export function startRandomOperation(desk: DeskService, random: DemoRandom, operations: readonly SoakOperation[] = SOAK_OPERATIONS): { name: string; done: Promise<unknown> } | null {
  for (let attempt = 0; attempt < 50; attempt++) {
    const operation = random.weighted(operations.map((o) => [o, o.weight] as const));
    const done = operation.start(desk, random);
    if (done) return { name: operation.name, done };
  }
  return null;
}
