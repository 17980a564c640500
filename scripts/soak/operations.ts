// What the soak's writer process does to a congress, chosen at random by weight: every operation
// that appends to the journal and that a desk performs during a sitting (check-in, the speaker
// queue, the agenda run live). A feature that adds such an operation adds one entry here. Each
// entry starts only what the desk accepts, judged with the same selectors the commands use: the
// crash cycle counts a refusal as a failure.

import type { DeskService } from '../../electron/services/desk.js';
import { presenceOf } from '../../shared/domain/attendance/select.js';
import type { DemoRandom } from '../../shared/demo/random.js';
import type { Delegate } from '../../shared/domain/roster/model.js';
import type { SessionState } from '../../shared/domain/state.js';
import type { SpeechKind } from '../../shared/domain/speakers/model.js';
import { activeDiscussion, currentSpeech } from '../../shared/domain/speakers/select.js';
import { arrangedSpeeches, speakerKey, waitingQueue } from '../../shared/domain/speakers/queue.js';
import { sittingPlan } from '../../shared/domain/agenda/select.js';
import { nextToRun, previousRun, runningRow } from '../../shared/domain/agenda/live.js';

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

/** The discussion the desk works in, while its list is open to requests from the floor. */
function openDiscussion(state: SessionState) {
  const discussion = activeDiscussion(state);
  return discussion && !discussion.listClosed ? discussion : null;
}

/** The speech being given and whether its timer runs (a paused speech has its last segment closed). */
function speaking(state: SessionState) {
  const speech = currentSpeech(state);
  const last = speech?.timing?.segments.at(-1);
  return speech && last ? { speech, running: last.to === null } : null;
}

/**
 * The sitting whose agenda runs live: the one of the item running now (only one runs in the whole
 * congress), else the sitting the desk works in.
 */
function liveSitting(state: SessionState) {
  const running = state.agenda.runningItemId === null ? undefined : state.agenda.items.get(state.agenda.runningItemId);
  const sittingId = running?.sittingId ?? activeSitting(state);
  const sitting = state.congress?.sittings.find((s) => s.id === sittingId);
  return sitting ? { sitting, plan: sittingPlan(state, sitting) } : null;
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
  // The speaker queue: a discussion of the sitting, requests from the floor and points of order,
  // the next speaker called, the timer paused and resumed, time granted, the speech ended.
  {
    name: 'openDiscussion',
    weight: 1,
    start(desk, random) {
      const sittingId = activeSitting(desk.state);
      if (sittingId === null || currentSpeech(desk.state) !== null) return null;
      // One when there is none; now and then another, so that no list grows for ever.
      if (activeDiscussion(desk.state) !== null && random.int(0, 19) !== 0) return null;
      return desk.openDiscussion({ sittingId, title: `Thảo luận ${desk.state.speakers.discussions.size + 1}`, agendaItemId: null, firstTimeSpeakersFirst: random.int(0, 1) === 1 });
    },
  },
  {
    name: 'registerSpeech',
    weight: 3,
    start(desk, random) {
      const discussion = openDiscussion(desk.state);
      if (!discussion) return null;
      const kind: SpeechKind = random.int(0, 9) === 0 ? 'pointOfOrder' : 'floorRequest';
      // A speaker waits once per kind in a discussion: the desk refuses a second request.
      const waiting = new Set(arrangedSpeeches(desk.state, discussion).filter((s) => s.status === 'waiting' && s.kind === kind).map((s) => speakerKey(s.speaker)));
      const found = someDelegate(desk.state, random, (d) => !waiting.has(speakerKey({ kind: 'delegate', delegateId: d.id })));
      if (!found) return null;
      return desk.registerSpeech({ discussionId: discussion.id, speaker: { kind: 'delegate', delegateId: found.delegate.id }, kind, title: '', document: '', limitSeconds: null });
    },
  },
  {
    name: 'callSpeaker',
    weight: 1.5,
    start(desk) {
      const discussion = activeDiscussion(desk.state);
      return discussion && waitingQueue(desk.state, discussion.id).length > 0 ? desk.callSpeaker({ discussionId: discussion.id }) : null;
    },
  },
  {
    name: 'pauseSpeech',
    weight: 0.8,
    start(desk) {
      const now = speaking(desk.state);
      return now?.running ? desk.pauseSpeech({ speechId: now.speech.id }) : null;
    },
  },
  {
    name: 'resumeSpeech',
    weight: 1.5,
    start(desk) {
      const now = speaking(desk.state);
      return now && !now.running ? desk.resumeSpeech({ speechId: now.speech.id }) : null;
    },
  },
  {
    name: 'addSpeechTime',
    weight: 0.7,
    start(desk, random) {
      const timing = speaking(desk.state)?.speech.timing;
      const speechId = desk.state.speakers.currentSpeechId;
      if (!timing || timing.limitSeconds === null || speechId === null) return null;
      // Now and then time granted by mistake is taken back, never below zero.
      const seconds = random.int(0, 3) === 0 && timing.limitSeconds + timing.addedSeconds >= 30 ? -30 : 60;
      return desk.addSpeechTime({ speechId, seconds });
    },
  },
  {
    name: 'endSpeech',
    weight: 1.2,
    start(desk) {
      const speechId = desk.state.speakers.currentSpeechId;
      return speechId === null ? null : desk.endSpeech({ speechId });
    },
  },
  // The agenda run live: the next item started, the running one finished, Next (both in one
  // step), and Back, so that the run goes on for as long as the writer does.
  {
    name: 'startAgendaItem',
    weight: 0.6,
    start(desk) {
      const live = liveSitting(desk.state);
      const next = live && desk.state.agenda.runningItemId === null ? nextToRun(desk.state, live.plan) : null;
      return next ? desk.startAgendaItem({ itemId: next.item.id }) : null;
    },
  },
  {
    name: 'finishAgendaItem',
    weight: 0.6,
    start(desk) {
      const itemId = desk.state.agenda.runningItemId;
      return itemId === null ? null : desk.finishAgendaItem({ itemId });
    },
  },
  {
    name: 'nextAgendaItem',
    weight: 0.6,
    start(desk) {
      const live = liveSitting(desk.state);
      if (!live || (runningRow(desk.state, live.plan) === null && nextToRun(desk.state, live.plan) === null)) return null;
      return desk.nextAgendaItem({ sittingId: live.sitting.id });
    },
  },
  {
    name: 'backAgendaItem',
    weight: 0.4,
    start(desk) {
      const live = liveSitting(desk.state);
      if (!live || (runningRow(desk.state, live.plan) === null && previousRun(desk.state, live.plan) === null)) return null;
      return desk.backAgendaItem({ sittingId: live.sitting.id });
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
