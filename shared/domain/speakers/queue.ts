// The rules that turn the presidium's arrangement into the waiting list the desk calls from:
// a point of order goes ahead of everyone; with the discussion's option on, speakers who have not
// yet spoken in it go ahead of those who have; otherwise the arrangement stands. Pure functions of
// plain data, so the rules are tested without a session.

import { foldKey } from '../../text/fold.js';
import type { SessionState } from '../state.js';
import type { Discussion, Speaker, Speech } from './model.js';

/** Where a waiting speech stands: ahead of the list, first-time speakers, speakers who have spoken before. */
export type QueueGroup = 'pointOfOrder' | 'firstTime' | 'again';

export interface QueuedSpeech {
  readonly speech: Speech;
  readonly group: QueueGroup;
  /** The speaker has already spoken (or is speaking) in this discussion. */
  readonly spokenBefore: boolean;
}

const GROUP_RANK: Readonly<Record<QueueGroup, number>> = { pointOfOrder: 0, firstTime: 1, again: 2 };

/** One person, whichever speeches they asked for: a delegate by id, a guest by name (without diacritics or case). */
export function speakerKey(speaker: Speaker): string {
  return speaker.kind === 'delegate' ? `d:${speaker.delegateId}` : `g:${foldKey(speaker.name)}`;
}

/** Speakers who have been called in the discussion: those whose speech is under way or over. */
export function spokenKeys(speeches: Iterable<Speech>): Set<string> {
  const keys = new Set<string>();
  for (const speech of speeches) if (speech.status === 'speaking' || speech.status === 'ended') keys.add(speakerKey(speech.speaker));
  return keys;
}

/**
 * The waiting list: the waiting speeches of `arranged` (the discussion's speeches in the
 * presidium's order), stably grouped by the rules. Within a group the arrangement decides.
 */
export function arrangeQueue(arranged: readonly Speech[], firstTimeSpeakersFirst: boolean): QueuedSpeech[] {
  const spoken = spokenKeys(arranged);
  const queued = arranged
    .filter((s) => s.status === 'waiting')
    .map((speech): QueuedSpeech => {
      const spokenBefore = spoken.has(speakerKey(speech.speaker));
      const group: QueueGroup = speech.kind === 'pointOfOrder' ? 'pointOfOrder' : firstTimeSpeakersFirst && spokenBefore ? 'again' : 'firstTime';
      return { speech, group, spokenBefore };
    });
  // Array.prototype.sort is stable: equal groups keep the arrangement.
  return queued.sort((a, b) => GROUP_RANK[a.group] - GROUP_RANK[b.group]);
}

/** Where a moved speech goes in the arrangement: just before or just after another speech. */
export interface Placement {
  readonly anchorSpeechId: string;
  readonly side: 'before' | 'after';
}

/**
 * Where to put a speech so that it shows at `toIndex` of the waiting list. The rules hold whatever
 * the drag: a speech moves only within its own group (a request dragged above a point of order
 * stops just below it), so the place is always next to a speech of the same group. Null when the
 * speech is not waiting; 'stays' when it has no other speech of its group to move past.
 */
export function placeAt(queue: readonly QueuedSpeech[], speechId: string, toIndex: number): Placement | 'stays' | null {
  const moving = queue.find((q) => q.speech.id === speechId);
  if (!moving) return null;
  const rest = queue.filter((q) => q.speech.id !== speechId);
  const first = rest.findIndex((q) => q.group === moving.group);
  if (first < 0) return 'stays';
  let last = first;
  while (rest[last + 1]?.group === moving.group) last++;
  const index = Math.max(first, Math.min(last + 1, Math.trunc(toIndex)));
  const before = index <= last ? rest[index] : undefined;
  if (before) return { anchorSpeechId: before.speech.id, side: 'before' };
  const after = rest[last];
  return after ? { anchorSpeechId: after.speech.id, side: 'after' } : 'stays';
}

/** The arrangement with one speech taken out and put next to another. */
export function applyPlacement(order: readonly string[], speechId: string, placement: Placement): string[] {
  const rest = order.filter((id) => id !== speechId);
  const anchor = rest.indexOf(placement.anchorSpeechId);
  if (anchor < 0) return [...rest, speechId];
  const at = placement.side === 'before' ? anchor : anchor + 1;
  return [...rest.slice(0, at), speechId, ...rest.slice(at)];
}

/** The discussion's speeches in the presidium's order. */
export function arrangedSpeeches(state: SessionState, discussion: Discussion): Speech[] {
  const speeches: Speech[] = [];
  for (const id of discussion.order) {
    const speech = state.speakers.speeches.get(id);
    if (speech) speeches.push(speech);
  }
  return speeches;
}

export function waitingQueue(state: SessionState, discussionId: string): QueuedSpeech[] {
  const discussion = state.speakers.discussions.get(discussionId);
  if (!discussion) return [];
  return arrangeQueue(arrangedSpeeches(state, discussion), discussion.firstTimeSpeakersFirst);
}
