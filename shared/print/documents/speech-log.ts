import type { SessionState } from '../../domain/state.js';
import type { Sitting } from '../../domain/congress/model.js';
import { speechLog, type SpeechLogEntry } from '../../domain/speakers/log.js';
import type { PrintOptions } from '../registry.js';
import { speechScope, type SpeechScope } from './speech-scope.js';

/** The speeches of one discussion, in the order given, under its title. */
export interface SpeechLogGroup {
  readonly discussionId: string;
  readonly discussionTitle: string;
  readonly sitting: Sitting | null;
  readonly entries: readonly SpeechLogEntry[];
}

export interface SpeechLogTotals {
  readonly speeches: number;
  /** Time spoken, pauses excluded. */
  readonly spokenMs: number;
  /** Speeches that ran over their limit, and by how much together. */
  readonly overrun: number;
  readonly overrunMs: number;
  /** Speeches still being given when the document was made. */
  readonly inProgress: number;
  /** Speeches entered after the fact rather than timed live. */
  readonly recorded: number;
}

/**
 * How speeches entered after the fact are told from those timed live: each marked, when the log
 * has both; said once, when every speech was entered afterwards; not at all when none was.
 */
export type RecordedMarking = 'none' | 'each' | 'all';

/**
 * NHẬT KÝ PHÁT BIỂU: every speech with speaker, organisation, kind, title, start, end, time spoken
 * and overrun, from the same `speechLog` as the desk's log and its CSV export, so paper, screen
 * and file agree. Numbered on through the discussions, which head their speeches.
 */
export interface SpeechLogDocument {
  readonly scope: SpeechScope;
  readonly groups: readonly SpeechLogGroup[];
  readonly totals: SpeechLogTotals;
  readonly recordedMarking: RecordedMarking;
}

export function speechLogDocument(state: SessionState, options: PrintOptions<'speech-log'>, nowMs: number): SpeechLogDocument {
  const scope = speechScope(state, options);
  const entries = speechLog(state, nowMs, scope.filter);
  const sittings = state.congress?.sittings ?? [];
  const groups: { discussionId: string; discussionTitle: string; sitting: Sitting | null; entries: SpeechLogEntry[] }[] = [];
  for (const entry of entries) {
    let group = groups[groups.length - 1];
    if (group?.discussionId !== entry.discussionId) {
      group = {
        discussionId: entry.discussionId,
        discussionTitle: entry.discussionTitle,
        sitting: sittings.find((s) => s.id === entry.sittingId) ?? null,
        entries: [],
      };
      groups.push(group);
    }
    group.entries.push(entry);
  }
  const over = entries.filter((e) => e.overrunMs > 0);
  const recorded = entries.filter((e) => e.recorded).length;
  return {
    scope,
    groups,
    totals: {
      speeches: entries.length,
      spokenMs: entries.reduce((sum, e) => sum + e.durationMs, 0),
      overrun: over.length,
      overrunMs: over.reduce((sum, e) => sum + e.overrunMs, 0),
      inProgress: entries.filter((e) => e.endedAt === null).length,
      recorded,
    },
    recordedMarking: recorded === 0 ? 'none' : recorded === entries.length ? 'all' : 'each',
  };
}
