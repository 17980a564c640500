import type { SessionState } from '../state.js';
import type { Gender } from '../roster/model.js';
import type { Discussion, Speaker, SpeakerSettings, Speech, SpeechKind } from './model.js';
import { waitingQueue, type QueuedSpeech } from './queue.js';

/** A speaker as lists and the hall show them: the name, and the organisation (delegate) or title (guest). */
export interface SpeakerLabel {
  readonly name: string;
  /** A delegate's organisation, or a guest's title; may be empty. */
  readonly detail: string;
  /** A delegate's position, when the roster gives one. */
  readonly position: string;
  readonly code: string | null;
  readonly delegateId: string | null;
  readonly gender: Gender | null;
}

export function speakerLabel(state: SessionState, speaker: Speaker): SpeakerLabel {
  if (speaker.kind === 'guest') {
    return { name: speaker.name, detail: speaker.title, position: speaker.title, code: null, delegateId: null, gender: null };
  }
  const delegate = state.roster.delegates.get(speaker.delegateId);
  // The roster keeps every delegate who has spoken (removal is refused), so this is only a safeguard.
  if (!delegate) return { name: '?', detail: '', position: '', code: null, delegateId: speaker.delegateId, gender: null };
  return {
    name: delegate.fullName,
    detail: delegate.organisation,
    position: delegate.position,
    code: delegate.code,
    delegateId: delegate.id,
    gender: delegate.gender,
  };
}

/** The limit a speech gets when called: its own, or the congress's default for its kind (null: none). */
export function effectiveLimit(settings: SpeakerSettings, speech: Pick<Speech, 'kind' | 'limitSeconds'>): number | null {
  return speech.limitSeconds ?? settings.limits[speech.kind];
}

export function currentSpeech(state: SessionState): Speech | null {
  const id = state.speakers.currentSpeechId;
  return id === null ? null : (state.speakers.speeches.get(id) ?? null);
}

export function activeDiscussion(state: SessionState): Discussion | null {
  const id = state.speakers.activeDiscussionId;
  return id === null ? null : (state.speakers.discussions.get(id) ?? null);
}

/** Discussions in the order they were opened. */
export function discussions(state: SessionState): Discussion[] {
  return [...state.speakers.discussions.values()];
}

/** True when a delegate has speeches on record or on a list: such a delegate stays on the roster. */
export function delegateHasSpeeches(state: SessionState, delegateId: string): boolean {
  for (const speech of state.speakers.speeches.values()) {
    if (speech.speaker.kind === 'delegate' && speech.speaker.delegateId === delegateId) return true;
  }
  return false;
}

/** One line of the hall screen or the desk: who, from where, what kind of speech and about what. */
export interface SpeechCard {
  readonly speech: Speech;
  readonly speaker: SpeakerLabel;
  readonly kind: SpeechKind;
  readonly title: string;
}

export function speechCard(state: SessionState, speech: Speech): SpeechCard {
  return { speech, speaker: speakerLabel(state, speech.speaker), kind: speech.kind, title: speech.title };
}

/** What the hall display shows: the discussion, the speech being given, and who comes next. */
export interface HallView {
  readonly discussion: Discussion | null;
  readonly current: SpeechCard | null;
  readonly next: readonly SpeechCard[];
}

export const HALL_NEXT_COUNT = 3;

export function hallView(state: SessionState, nextCount = HALL_NEXT_COUNT): HallView {
  const current = currentSpeech(state);
  const discussion = current ? (state.speakers.discussions.get(current.discussionId) ?? null) : activeDiscussion(state);
  const queue: readonly QueuedSpeech[] = discussion ? waitingQueue(state, discussion.id) : [];
  return {
    discussion,
    current: current ? speechCard(state, current) : null,
    next: queue.slice(0, nextCount).map((q) => speechCard(state, q.speech)),
  };
}
