import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireCongress, requireSitting } from '../decision.js';
import { DeskError } from '../errors.js';
import type { SessionEvent } from '../events.js';
import { id } from '../schema-helpers.js';
import type { SessionState } from '../state.js';
import { isPresentIn } from '../attendance/select.js';
import { MAX_TIME_STEP_SECONDS } from './events.js';
import {
  LIVE_KINDS,
  discussionFieldsSchema,
  speakerSettingsSchema,
  speechFieldsSchema,
  speechTimesSchema,
  type Discussion,
  type SpeakerSettings,
  type Speech,
  type SpeechFields,
} from './model.js';
import { applyPlacement, arrangeQueue, arrangedSpeeches, placeAt, speakerKey, waitingQueue } from './queue.js';
import { currentSpeech, effectiveLimit, speakerLabel } from './select.js';

// --- helpers ---------------------------------------------------------------------------------------

function requireDiscussion(state: SessionState, discussionId: string): Discussion {
  const discussion = state.speakers.discussions.get(discussionId);
  if (!discussion) throw new DeskError('discussion.unknown');
  return discussion;
}

function requireSpeech(state: SessionState, speechId: string): Speech {
  const speech = state.speakers.speeches.get(speechId);
  if (!speech) throw new DeskError('speech.unknown');
  return speech;
}

function requireSpeaker(state: SessionState, fields: SpeechFields): void {
  if (fields.speaker.kind === 'delegate' && !state.roster.delegates.has(fields.speaker.delegateId)) throw new DeskError('delegate.unknown');
}

/** The speech being given, and it must be the one the desk acts on (two desks may race). */
function requireCurrent(state: SessionState, speechId: string): Speech {
  const current = currentSpeech(state);
  if (!current || current.id !== speechId) throw new DeskError('speech.noCurrent');
  return current;
}

function nameOf(state: SessionState, speech: Pick<Speech, 'speaker'>): string {
  return speakerLabel(state, speech.speaker).name;
}

/** What the desk is told besides success: the delegate is not checked in to the discussion's sitting. */
export type SpeakerWarning = 'notCheckedIn' | null;

function checkInWarning(state: SessionState, discussion: Discussion, fields: Pick<SpeechFields, 'speaker'>): SpeakerWarning {
  if (fields.speaker.kind !== 'delegate') return null;
  return isPresentIn(state, discussion.sittingId, fields.speaker.delegateId) ? null : 'notCheckedIn';
}

/**
 * What may still be added to a closed list: a point of order (a procedural right) and the directive
 * speech (the presidium's invitation). Requests from the floor and contributions wait for it to reopen.
 */
function allowedOnClosedList(fields: Pick<SpeechFields, 'kind'>): boolean {
  return fields.kind === 'pointOfOrder' || fields.kind === 'directiveSpeech';
}

function checkNotWaitingTwice(state: SessionState, discussion: Discussion, fields: SpeechFields, self: string | null): void {
  const key = speakerKey(fields.speaker);
  for (const other of arrangedSpeeches(state, discussion)) {
    if (other.id !== self && other.status === 'waiting' && other.kind === fields.kind && speakerKey(other.speaker) === key) {
      throw new DeskError('speech.alreadyWaiting', { name: nameOf(state, fields) });
    }
  }
}

// --- discussions -----------------------------------------------------------------------------------

/** A discussion may follow one item of its own sitting's agenda (usually the "Thảo luận" item). */
function checkAgendaItem(state: SessionState, sittingId: string, agendaItemId: string | null): void {
  if (agendaItemId === null) return;
  const item = state.agenda.items.get(agendaItemId);
  if (!item || item.sittingId !== sittingId) throw new DeskError('discussion.agendaItem');
}

export const openDiscussionInput = discussionFieldsSchema.extend({ sittingId: id });

/** Opens a discussion of a sitting; the desk switches to it unless a speech is being given elsewhere. */
export const openDiscussion: Decide<z.infer<typeof openDiscussionInput>, { readonly discussionId: string }> = (state, input, context) => {
  requireSitting(state, input.sittingId);
  checkAgendaItem(state, input.sittingId, input.agendaItemId);
  const discussionId = context.newId();
  const events: SessionEvent[] = [{ type: 'discussion.opened', payload: { ...input, discussionId } }];
  if (currentSpeech(state) === null) events.push({ type: 'discussion.activated', payload: { discussionId } });
  return { events, result: { discussionId } };
};

export const updateDiscussionInput = discussionFieldsSchema.extend({ discussionId: id });

export const updateDiscussion: Decide<z.infer<typeof updateDiscussionInput>, null> = (state, input) => {
  const current = requireDiscussion(state, input.discussionId);
  checkAgendaItem(state, current.sittingId, input.agendaItemId);
  if (
    current.title === input.title &&
    current.agendaItemId === input.agendaItemId &&
    current.firstTimeSpeakersFirst === input.firstTimeSpeakersFirst
  ) {
    return { events: [], result: null };
  }
  return { events: [{ type: 'discussion.updated', payload: input }], result: null };
};

export const discussionInput = z.object({ discussionId: id });
type DiscussionInput = z.infer<typeof discussionInput>;

/** The desk and the hall move to another discussion; not while someone speaks in this one. */
export const activateDiscussion: Decide<DiscussionInput, null> = (state, input) => {
  requireDiscussion(state, input.discussionId);
  if (state.speakers.activeDiscussionId === input.discussionId) return { events: [], result: null };
  const current = currentSpeech(state);
  if (current && current.discussionId !== input.discussionId) throw new DeskError('speech.inProgress', { name: nameOf(state, current) });
  return { events: [{ type: 'discussion.activated', payload: input }], result: null };
};

export const closeSpeakerList: Decide<DiscussionInput, null> = (state, input) => {
  const discussion = requireDiscussion(state, input.discussionId);
  if (discussion.listClosed) return { events: [], result: null };
  return { events: [{ type: 'discussion.listClosed', payload: input }], result: null };
};

export const reopenSpeakerList: Decide<DiscussionInput, null> = (state, input) => {
  const discussion = requireDiscussion(state, input.discussionId);
  if (!discussion.listClosed) return { events: [], result: null };
  return { events: [{ type: 'discussion.listReopened', payload: input }], result: null };
};

// --- registrations ---------------------------------------------------------------------------------

export const registerSpeechInput = speechFieldsSchema.extend({ discussionId: id });

export interface Registered {
  readonly speechId: string;
  readonly warning: SpeakerWarning;
}

/**
 * Puts a speaker on a discussion's list. A delegate not checked in to the discussion's sitting is
 * a warning; with the "forbid" rule, a request from the floor by such a delegate is refused.
 * Prepared contributions and the directive speech are arranged beforehand, when nobody is checked
 * in yet, so for them it stays a warning.
 */
export const registerSpeech: Decide<z.infer<typeof registerSpeechInput>, Registered> = (state, input, context) => {
  const { discussionId, ...fields } = input;
  const discussion = requireDiscussion(state, discussionId);
  requireSpeaker(state, fields);
  if (discussion.listClosed && !allowedOnClosedList(fields)) throw new DeskError('discussion.listClosed', { title: discussion.title });
  checkNotWaitingTwice(state, discussion, fields, null);
  const warning = checkInWarning(state, discussion, fields);
  if (warning !== null && LIVE_KINDS.has(fields.kind) && state.speakers.settings.checkInRule === 'forbid') {
    throw new DeskError('speech.notCheckedIn', { name: nameOf(state, fields) });
  }
  const speechId = context.newId();
  return { events: [{ type: 'speech.registered', payload: { ...fields, speechId, discussionId } }], result: { speechId, warning } };
};

export const MAX_IMPORTED_SPEECHES = 500;

export const importSpeechesInput = z.object({
  discussionId: id,
  speeches: z.array(speechFieldsSchema).min(1).max(MAX_IMPORTED_SPEECHES),
});

/** Registers a whole file of prepared contributions in the file's order, all or none. */
export const importSpeeches: Decide<z.infer<typeof importSpeechesInput>, { readonly added: number }> = (state, input, context) => {
  const discussion = requireDiscussion(state, input.discussionId);
  const seen = new Set<string>();
  const events: SessionEvent[] = [];
  for (const fields of input.speeches) {
    requireSpeaker(state, fields);
    if (discussion.listClosed && !allowedOnClosedList(fields)) throw new DeskError('discussion.listClosed', { title: discussion.title });
    checkNotWaitingTwice(state, discussion, fields, null);
    const key = `${fields.kind}|${speakerKey(fields.speaker)}`;
    if (seen.has(key)) throw new DeskError('speech.alreadyWaiting', { name: nameOf(state, fields) });
    seen.add(key);
    events.push({ type: 'speech.registered', payload: { ...fields, speechId: context.newId(), discussionId: discussion.id } });
  }
  return { events, result: { added: events.length } };
};

export const updateSpeechInput = speechFieldsSchema.extend({ speechId: id });

/** Corrects a registration (a title, the kind, the limit); a speech already given keeps its timing. */
export const updateSpeech: Decide<z.infer<typeof updateSpeechInput>, null> = (state, input) => {
  const { speechId, ...fields } = input;
  const speech = requireSpeech(state, speechId);
  requireSpeaker(state, fields);
  if (speech.status === 'waiting') checkNotWaitingTwice(state, requireDiscussion(state, speech.discussionId), fields, speech.id);
  const same =
    JSON.stringify([speech.speaker, speech.kind, speech.title, speech.document, speech.limitSeconds]) ===
    JSON.stringify([fields.speaker, fields.kind, fields.title, fields.document, fields.limitSeconds]);
  if (same) return { events: [], result: null };
  return { events: [{ type: 'speech.updated', payload: input }], result: null };
};

export const moveSpeechInput = z.object({ speechId: id, toIndex: z.number().int().min(0).max(100_000) });

/**
 * Moves a waiting speech to a place in the waiting list (by drag and drop or the keyboard). The
 * rules still hold afterwards: a move that they undo (above a point of order) changes nothing.
 */
export const moveSpeech: Decide<z.infer<typeof moveSpeechInput>, null> = (state, input) => {
  const speech = requireSpeech(state, input.speechId);
  if (speech.status !== 'waiting') throw new DeskError('speech.notWaiting');
  const discussion = requireDiscussion(state, speech.discussionId);
  const queue = waitingQueue(state, discussion.id);
  const place = placeAt(queue, speech.id, input.toIndex);
  if (place === null) throw new DeskError('speech.notWaiting');
  if (place === 'stays') return { events: [], result: null };
  const speeches = applyPlacement(discussion.order, speech.id, place).flatMap((x) => state.speakers.speeches.get(x) ?? []);
  const after = arrangeQueue(speeches, discussion.firstTimeSpeakersFirst).map((q) => q.speech.id);
  if (after.join() === queue.map((q) => q.speech.id).join()) return { events: [], result: null };
  return { events: [{ type: 'speech.moved', payload: { speechId: speech.id, ...place } }], result: null };
};

export const speechInput = z.object({ speechId: id });
type SpeechInput = z.infer<typeof speechInput>;

export const withdrawSpeech: Decide<SpeechInput, null> = (state, input) => {
  const speech = requireSpeech(state, input.speechId);
  if (speech.status !== 'waiting') throw new DeskError('speech.notWaiting');
  return { events: [{ type: 'speech.withdrawn', payload: input }], result: null };
};

/** Puts a withdrawn request back at its place in the list (the undo of a withdrawal). */
export const restoreSpeech: Decide<SpeechInput, null> = (state, input) => {
  const speech = requireSpeech(state, input.speechId);
  if (speech.status !== 'withdrawn') throw new DeskError('speech.notWithdrawn');
  return { events: [{ type: 'speech.restored', payload: input }], result: null };
};

// --- speaking --------------------------------------------------------------------------------------

export const callSpeakerInput = z.object({
  discussionId: id,
  /** A particular waiting speech; without it, the first of the waiting list. */
  speechId: id.optional(),
});

export interface Called {
  readonly speechId: string;
  readonly warning: SpeakerWarning;
}

/**
 * Calls the next speaker (or a chosen one) and starts the timer. One hall, one speaker: a speech
 * still being given ends at the same moment.
 */
export const callSpeaker: Decide<z.infer<typeof callSpeakerInput>, Called> = (state, input) => {
  const discussion = requireDiscussion(state, input.discussionId);
  let next: Speech | undefined;
  if (input.speechId !== undefined) {
    next = requireSpeech(state, input.speechId);
    if (next.discussionId !== discussion.id || next.status !== 'waiting') throw new DeskError('speech.notWaiting');
  } else {
    next = waitingQueue(state, discussion.id)[0]?.speech;
    if (!next) throw new DeskError('speech.queueEmpty');
  }
  const events: SessionEvent[] = [];
  const current = currentSpeech(state);
  if (current) events.push({ type: 'speech.ended', payload: { speechId: current.id } });
  if (state.speakers.activeDiscussionId !== discussion.id) events.push({ type: 'discussion.activated', payload: { discussionId: discussion.id } });
  events.push({ type: 'speech.started', payload: { speechId: next.id, limitSeconds: effectiveLimit(state.speakers.settings, next) } });
  return { events, result: { speechId: next.id, warning: checkInWarning(state, discussion, next) } };
};

export const pauseSpeech: Decide<SpeechInput, null> = (state, input) => {
  const speech = requireCurrent(state, input.speechId);
  const last = speech.timing?.segments[speech.timing.segments.length - 1];
  if (!last || last.to !== null) throw new DeskError('speech.notRunning');
  return { events: [{ type: 'speech.paused', payload: input }], result: null };
};

export const resumeSpeech: Decide<SpeechInput, null> = (state, input) => {
  const speech = requireCurrent(state, input.speechId);
  const last = speech.timing?.segments[speech.timing.segments.length - 1];
  if (!last || last.to === null) throw new DeskError('speech.notPaused');
  return { events: [{ type: 'speech.resumed', payload: input }], result: null };
};

export const addSpeechTimeInput = z.object({
  speechId: id,
  seconds: z.number().int().min(-MAX_TIME_STEP_SECONDS).max(MAX_TIME_STEP_SECONDS).refine((s) => s !== 0, 'zero'),
});

/** Grants more time (or takes back time granted by mistake); the allowed time never goes below zero. */
export const addSpeechTime: Decide<z.infer<typeof addSpeechTimeInput>, null> = (state, input) => {
  const speech = requireCurrent(state, input.speechId);
  const timing = speech.timing;
  if (!timing || timing.limitSeconds === null) throw new DeskError('speech.noLimit');
  if (timing.limitSeconds + timing.addedSeconds + input.seconds < 0) throw new DeskError('speech.timeBelowZero');
  return { events: [{ type: 'speech.timeAdded', payload: input }], result: null };
};

export const endSpeech: Decide<SpeechInput, null> = (state, input) => {
  requireCurrent(state, input.speechId);
  return { events: [{ type: 'speech.ended', payload: input }], result: null };
};

/**
 * Takes back an "End" pressed too soon: the speech goes on, the time since counting as spoken if
 * it was running. Only for the last speech ended, while nobody else has been called.
 */
export const undoEndSpeech: Decide<SpeechInput, null> = (state, input) => {
  const speech = requireSpeech(state, input.speechId);
  const endedAt = speech.timing?.endedAt;
  if (speech.status !== 'ended' || !endedAt || speech.timing?.recorded || currentSpeech(state) !== null) throw new DeskError('speech.cannotReopen');
  for (const other of state.speakers.speeches.values()) {
    if (other.id !== speech.id && other.timing && !other.timing.recorded && Date.parse(other.timing.startedAt) >= Date.parse(endedAt)) throw new DeskError('speech.cannotReopen');
  }
  return { events: [{ type: 'speech.endUndone', payload: input }], result: null };
};

/** The wrong speaker was called: they go back to their place in the list, and the timing is dropped. */
export const undoCallSpeaker: Decide<SpeechInput, null> = (state, input) => {
  requireCurrent(state, input.speechId);
  return { events: [{ type: 'speech.callUndone', payload: input }], result: null };
};

export const recordSpeechInput = speechFieldsSchema.extend({ discussionId: id }).extend(speechTimesSchema.shape);

/**
 * Enters a speech that was given without the desk timing it, with its own start and end (from the
 * minutes). The limit is the one the speech would have had, so its overrun shows in the record.
 */
export const recordSpeech: Decide<z.infer<typeof recordSpeechInput>, { readonly speechId: string }> = (state, input, context) => {
  const { discussionId, startedAt, endedAt, ...fields } = input;
  requireDiscussion(state, discussionId);
  requireSpeaker(state, fields);
  if (Date.parse(endedAt) <= Date.parse(startedAt)) throw new DeskError('speech.times');
  const speechId = context.newId();
  return {
    events: [
      { type: 'speech.registered', payload: { ...fields, speechId, discussionId } },
      { type: 'speech.recorded', payload: { speechId, startedAt, endedAt, limitSeconds: effectiveLimit(state.speakers.settings, fields) } },
    ],
    result: { speechId },
  };
};

// --- settings --------------------------------------------------------------------------------------

export const speakerSettingsInput = speakerSettingsSchema;

export const setSpeakerSettings: Decide<SpeakerSettings, SpeakerSettings> = (state, input) => {
  requireCongress(state);
  if (JSON.stringify(state.speakers.settings) === JSON.stringify(input)) return { events: [], result: input };
  return { events: [{ type: 'speakers.settingsChanged', payload: { settings: input } }], result: input };
};
