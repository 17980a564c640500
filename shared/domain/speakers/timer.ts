// The speaking timer, computed from a speech's timing (its events' times) and the present moment:
// never counted, so it is exact across pauses and the same after a restart of the app. The screen
// only asks it again as the clock moves.

import type { SpeechTiming } from './model.js';

/** The last minute of the allowed time shows in the warning colour. */
export const WARNING_MS = 60_000;

export type TimerPhase = 'unlimited' | 'normal' | 'warning' | 'overrun';

export interface TimerReading {
  /** Time spoken, pauses excluded. */
  readonly elapsedMs: number;
  /** The limit plus time added; null when the speech has no limit. */
  readonly allowedMs: number | null;
  /** Allowed minus spoken: negative once the speaker runs over; null without a limit. */
  readonly remainingMs: number | null;
  readonly running: boolean;
  readonly ended: boolean;
  readonly phase: TimerPhase;
}

/** Speaking time up to `nowMs`: every stretch between a start or resume and the next pause or end. */
export function spokenMs(timing: SpeechTiming, nowMs: number): number {
  let total = 0;
  for (const segment of timing.segments) {
    const from = Date.parse(segment.from);
    const to = segment.to === null ? nowMs : Date.parse(segment.to);
    total += Math.max(0, to - from);
  }
  return total;
}

export function allowedMs(timing: SpeechTiming): number | null {
  return timing.limitSeconds === null ? null : Math.max(0, (timing.limitSeconds + timing.addedSeconds) * 1000);
}

/** The clock moves: the speech has not ended and is not paused. */
export function isRunning(timing: SpeechTiming): boolean {
  const last = timing.segments[timing.segments.length - 1];
  return timing.endedAt === null && last !== undefined && last.to === null;
}

export function readTimer(timing: SpeechTiming, nowMs: number): TimerReading {
  const elapsedMs = spokenMs(timing, nowMs);
  const allowed = allowedMs(timing);
  const running = isRunning(timing);
  const remainingMs = allowed === null ? null : allowed - elapsedMs;
  let phase: TimerPhase;
  if (remainingMs === null) phase = 'unlimited';
  else if (remainingMs <= 0) phase = 'overrun';
  else if (remainingMs <= WARNING_MS) phase = 'warning';
  else phase = 'normal';
  return { elapsedMs, allowedMs: allowed, remainingMs, running, ended: timing.endedAt !== null, phase };
}

/** How far past the allowed time the speaker went (0 when within it or without a limit). */
export function overrunMs(timing: SpeechTiming, nowMs: number): number {
  const allowed = allowedMs(timing);
  return allowed === null ? 0 : Math.max(0, spokenMs(timing, nowMs) - allowed);
}

const MINUS = '\u2212';

function clock(totalSeconds: number): string {
  const hours = Math.floor(totalSeconds / 3600);
  const minutes = Math.floor((totalSeconds % 3600) / 60);
  const seconds = totalSeconds % 60;
  const mm = String(minutes).padStart(2, '0');
  const ss = String(seconds).padStart(2, '0');
  return hours > 0 ? `${hours}:${mm}:${ss}` : `${mm}:${ss}`;
}

/**
 * A countdown as the hall reads it: 07:00 down to 00:00, then −00:01, −00:02… Remaining time is
 * rounded up (the display reaches 00:00 exactly at the limit), overrun rounded down.
 */
export function formatCountdown(remainingMs: number): string {
  if (remainingMs >= 0) return clock(Math.ceil(remainingMs / 1000));
  const over = Math.floor(-remainingMs / 1000);
  return over === 0 ? clock(0) : MINUS + clock(over);
}

/** A duration counted up: 12:05, 1:02:03. */
export function formatDuration(ms: number): string {
  return clock(Math.floor(Math.max(0, ms) / 1000));
}

/** What the timer shows: the countdown, or for a speech without a limit, the time spoken. */
export function timerText(reading: TimerReading): string {
  return reading.remainingMs === null ? formatDuration(reading.elapsedMs) : formatCountdown(reading.remainingMs);
}
