import type { EntryOf } from '../events.js';
import { assertNever } from '../errors.js';
import type { Discussion, SpeakersState, Speech, SpeechTiming } from './model.js';
import { applyPlacement } from './queue.js';

export type SpeakersEntry = EntryOf<
  | 'discussion.opened'
  | 'discussion.updated'
  | 'discussion.activated'
  | 'discussion.listClosed'
  | 'discussion.listReopened'
  | 'speech.registered'
  | 'speech.updated'
  | 'speech.moved'
  | 'speech.withdrawn'
  | 'speech.restored'
  | 'speech.started'
  | 'speech.paused'
  | 'speech.resumed'
  | 'speech.timeAdded'
  | 'speech.ended'
  | 'speech.endUndone'
  | 'speech.callUndone'
  | 'speech.recorded'
  | 'speakers.settingsChanged'
>;

function changeDiscussion(state: SpeakersState, discussionId: string, change: (d: Discussion) => Discussion): SpeakersState {
  const current = state.discussions.get(discussionId);
  if (!current) return state;
  return { ...state, discussions: state.discussions.set(discussionId, change(current)) };
}

function changeSpeech(state: SpeakersState, speechId: string, change: (s: Speech) => Speech): SpeakersState {
  const current = state.speeches.get(speechId);
  if (!current) return state;
  return { ...state, speeches: state.speeches.set(speechId, change(current)) };
}

function changeTiming(state: SpeakersState, speechId: string, change: (t: SpeechTiming) => SpeechTiming): SpeakersState {
  return changeSpeech(state, speechId, (s) => (s.timing ? { ...s, timing: change(s.timing) } : s));
}

/** Closes the running stretch of speaking at `at`; a paused speech has none open. */
function closeSegment(timing: SpeechTiming, at: string): SpeechTiming {
  const last = timing.segments[timing.segments.length - 1];
  if (!last || last.to !== null) return timing;
  return { ...timing, segments: [...timing.segments.slice(0, -1), { from: last.from, to: at }] };
}

export function reduceSpeakers(state: SpeakersState, entry: SpeakersEntry): SpeakersState {
  switch (entry.type) {
    case 'discussion.opened': {
      const { discussionId, sittingId, title, agendaItemId, firstTimeSpeakersFirst } = entry.payload;
      const discussion: Discussion = {
        id: discussionId,
        sittingId,
        title,
        agendaItemId,
        firstTimeSpeakersFirst,
        openedAt: entry.at,
        listClosed: false,
        order: [],
      };
      return { ...state, discussions: state.discussions.set(discussionId, discussion) };
    }
    case 'discussion.updated': {
      const { discussionId, title, agendaItemId, firstTimeSpeakersFirst } = entry.payload;
      return changeDiscussion(state, discussionId, (d) => ({ ...d, title, agendaItemId, firstTimeSpeakersFirst }));
    }
    case 'discussion.activated':
      return state.discussions.has(entry.payload.discussionId) ? { ...state, activeDiscussionId: entry.payload.discussionId } : state;
    case 'discussion.listClosed':
      return changeDiscussion(state, entry.payload.discussionId, (d) => ({ ...d, listClosed: true }));
    case 'discussion.listReopened':
      return changeDiscussion(state, entry.payload.discussionId, (d) => ({ ...d, listClosed: false }));

    case 'speech.registered': {
      const { speechId, discussionId, speaker, kind, title, document, limitSeconds } = entry.payload;
      if (!state.discussions.has(discussionId)) return state;
      const speech: Speech = {
        id: speechId,
        discussionId,
        speaker,
        kind,
        title,
        document,
        limitSeconds,
        registeredAt: entry.at,
        status: 'waiting',
        timing: null,
      };
      const next = { ...state, speeches: state.speeches.set(speechId, speech) };
      return changeDiscussion(next, discussionId, (d) => ({ ...d, order: [...d.order, speechId] }));
    }
    case 'speech.updated': {
      const { speechId, speaker, kind, title, document, limitSeconds } = entry.payload;
      return changeSpeech(state, speechId, (s) => ({ ...s, speaker, kind, title, document, limitSeconds }));
    }
    case 'speech.moved': {
      const speech = state.speeches.get(entry.payload.speechId);
      if (!speech) return state;
      return changeDiscussion(state, speech.discussionId, (d) => ({
        ...d,
        order: applyPlacement(d.order, speech.id, entry.payload),
      }));
    }
    case 'speech.withdrawn':
      return changeSpeech(state, entry.payload.speechId, (s) => ({ ...s, status: 'withdrawn' }));
    case 'speech.restored':
      return changeSpeech(state, entry.payload.speechId, (s) => ({ ...s, status: 'waiting' }));

    case 'speech.started': {
      const timing: SpeechTiming = {
        startedAt: entry.at,
        endedAt: null,
        limitSeconds: entry.payload.limitSeconds,
        addedSeconds: 0,
        segments: [{ from: entry.at, to: null }],
        recorded: false,
      };
      const next = changeSpeech(state, entry.payload.speechId, (s) => ({ ...s, status: 'speaking', timing }));
      return next === state ? state : { ...next, currentSpeechId: entry.payload.speechId };
    }
    case 'speech.paused':
      return changeTiming(state, entry.payload.speechId, (t) => closeSegment(t, entry.at));
    case 'speech.resumed':
      return changeTiming(state, entry.payload.speechId, (t) => ({ ...t, segments: [...t.segments, { from: entry.at, to: null }] }));
    case 'speech.timeAdded':
      return changeTiming(state, entry.payload.speechId, (t) => ({ ...t, addedSeconds: t.addedSeconds + entry.payload.seconds }));
    case 'speech.ended': {
      const next = changeSpeech(state, entry.payload.speechId, (s) => ({
        ...s,
        status: 'ended',
        timing: s.timing ? { ...closeSegment(s.timing, entry.at), endedAt: entry.at } : null,
      }));
      return clearCurrent(next, entry.payload.speechId);
    }
    case 'speech.endUndone': {
      const next = changeSpeech(state, entry.payload.speechId, (s) => ({ ...s, status: 'speaking', timing: s.timing ? reopen(s.timing) : null }));
      return next === state ? state : { ...next, currentSpeechId: entry.payload.speechId };
    }
    case 'speech.callUndone': {
      const next = changeSpeech(state, entry.payload.speechId, (s) => ({ ...s, status: 'waiting', timing: null }));
      return clearCurrent(next, entry.payload.speechId);
    }
    case 'speech.recorded': {
      const { speechId, startedAt, endedAt, limitSeconds } = entry.payload;
      const timing: SpeechTiming = {
        startedAt,
        endedAt,
        limitSeconds,
        addedSeconds: 0,
        segments: [{ from: startedAt, to: endedAt }],
        recorded: true,
      };
      return changeSpeech(state, speechId, (s) => ({ ...s, status: 'ended', timing }));
    }

    case 'speakers.settingsChanged':
      return { ...state, settings: entry.payload.settings };
    default:
      return assertNever(entry);
  }
}

/** Undoes an end: a stretch the end closed runs on; a speech paused before it stays paused. */
function reopen(timing: SpeechTiming): SpeechTiming {
  const last = timing.segments[timing.segments.length - 1];
  const segments = last && last.to === timing.endedAt ? [...timing.segments.slice(0, -1), { from: last.from, to: null }] : timing.segments;
  return { ...timing, endedAt: null, segments };
}

function clearCurrent(state: SpeakersState, speechId: string): SpeakersState {
  return state.currentSpeechId === speechId ? { ...state, currentSpeechId: null } : state;
}
