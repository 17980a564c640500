import { estimateOffset, keepRecent, type ClockSample } from '../../../shared/desk-clock';

/**
 * The one source of "now" for every clock and timer on the desk and the hall display: the desk's
 * time, not this computer's. A hall display opened in a browser on another computer may be minutes
 * off; speech timers and the agenda's times are computed against the journal's times, which the
 * desk's clock stamps. In the desktop app both clocks are the same and the offset is about zero.
 */
let samples: ClockSample[] = [];
let offsetMs = 0;
const listeners = new Set<() => void>();

/** The desk's time now (ms since the epoch). */
export function deskNow(): number {
  return Date.now() + offsetMs;
}

/** Hears of a new estimate, so a stopped clock can redraw at once. */
export function onDeskClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Samples per estimate: a few quick round trips, of which the fastest is used. */
const BURST = 4;
/** Re-estimated every minute: clocks drift, and a computer's clock may be set meanwhile. */
const EVERY_MS = 60_000;
/** Until the first answer (the service not reachable yet), ask again sooner. */
const RETRY_MS = 5_000;

async function sample(ask: () => Promise<{ readonly now: number }>): Promise<void> {
  const sentAt = Date.now();
  const { now } = await ask();
  samples = keepRecent(samples, { sentAt, deskNow: now, receivedAt: Date.now() });
}

/** Starts estimating the offset from `ask` (the `serverTime` call); returns the stop. */
export function startDeskClock(ask: () => Promise<{ readonly now: number }>): () => void {
  let stopped = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const round = async () => {
    let answered = false;
    for (let i = 0; i < BURST && !stopped; i++) {
      try {
        await sample(ask);
        answered = true;
      } catch {
        // Not reachable now (reconnecting, no access): keep the last estimate and try later.
        break;
      }
    }
    const estimate = estimateOffset(samples);
    if (estimate && estimate.offsetMs !== offsetMs) {
      offsetMs = estimate.offsetMs;
      for (const l of listeners) l();
    }
    if (!stopped) timer = setTimeout(() => void round(), answered ? EVERY_MS : RETRY_MS);
  };
  void round();
  return () => {
    stopped = true;
    clearTimeout(timer);
  };
}
