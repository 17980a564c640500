// The speech log (biên bản phát biểu): every speech given, in the order given, with its speaker,
// kind, title, start and end, time spoken and time over the limit. Built from the events alone, so
// the screen, the CSV export and printed documents all say the same.

import type { SessionState } from '../state.js';
import type { SpeechKind } from './model.js';
import { allowedMs, overrunMs, spokenMs } from './timer.js';
import { speakerLabel, type SpeakerLabel } from './select.js';

/** Which speeches: all of the congress, one sitting's, or one discussion's. */
export interface SpeechFilter {
  readonly sittingId?: string | null;
  readonly discussionId?: string | null;
}

export interface SpeechLogEntry {
  /** 1, 2, 3… in the order given. */
  readonly number: number;
  readonly speechId: string;
  readonly discussionId: string;
  readonly discussionTitle: string;
  readonly sittingId: string;
  readonly agendaItemId: string | null;
  readonly speaker: SpeakerLabel;
  readonly kind: SpeechKind;
  readonly title: string;
  readonly startedAt: string;
  /** Null while the speech is still being given. */
  readonly endedAt: string | null;
  /** Time spoken, pauses excluded (up to `now` for a speech still being given). */
  readonly durationMs: number;
  /** From start to end (or now), pauses included. */
  readonly spanMs: number;
  /** The limit with any time added; null without a limit. */
  readonly allowedMs: number | null;
  readonly overrunMs: number;
  /** Entered after the fact rather than timed live. */
  readonly recorded: boolean;
}

export function speechLog(state: SessionState, nowMs: number, filter: SpeechFilter = {}): SpeechLogEntry[] {
  const rows: Omit<SpeechLogEntry, 'number'>[] = [];
  for (const speech of state.speakers.speeches.values()) {
    const timing = speech.timing;
    if (!timing) continue;
    const discussion = state.speakers.discussions.get(speech.discussionId);
    if (!discussion) continue;
    if (filter.discussionId && discussion.id !== filter.discussionId) continue;
    if (filter.sittingId && discussion.sittingId !== filter.sittingId) continue;
    const endMs = timing.endedAt === null ? nowMs : Date.parse(timing.endedAt);
    rows.push({
      speechId: speech.id,
      discussionId: discussion.id,
      discussionTitle: discussion.title,
      sittingId: discussion.sittingId,
      agendaItemId: discussion.agendaItemId,
      speaker: speakerLabel(state, speech.speaker),
      kind: speech.kind,
      title: speech.title,
      startedAt: timing.startedAt,
      endedAt: timing.endedAt,
      durationMs: spokenMs(timing, nowMs),
      spanMs: Math.max(0, endMs - Date.parse(timing.startedAt)),
      allowedMs: allowedMs(timing),
      overrunMs: overrunMs(timing, nowMs),
      recorded: timing.recorded,
    });
  }
  rows.sort((a, b) => Date.parse(a.startedAt) - Date.parse(b.startedAt) || a.speechId.localeCompare(b.speechId));
  return rows.map((row, index) => ({ ...row, number: index + 1 }));
}
