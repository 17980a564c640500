/**
 * The desk's time on another computer. A screen asks the services for their clock (`serverTime`)
 * and notes when it asked and when the answer came, by its own clock. As in NTP, the answer was
 * read about half-way through the round trip, so the offset is the desk's time less the local time
 * at the midpoint; the sample with the shortest round trip is the one least distorted by a slow
 * network or a busy service, so that one is used.
 */
export interface ClockSample {
  /** Local time (ms) when the request left. */
  readonly sentAt: number;
  /** The desk's time (ms) in the answer. */
  readonly deskNow: number;
  /** Local time (ms) when the answer arrived. */
  readonly receivedAt: number;
}

export interface ClockEstimate {
  /** Add to local time to get the desk's time (ms); negative when the local clock is ahead. */
  readonly offsetMs: number;
  /** The round trip of the sample used (ms): the estimate is within half of it. */
  readonly roundTripMs: number;
}

export function sampleEstimate(sample: ClockSample): ClockEstimate {
  const roundTripMs = sample.receivedAt - sample.sentAt;
  return { offsetMs: sample.deskNow - (sample.sentAt + roundTripMs / 2), roundTripMs };
}

/**
 * The estimate from the sample with the shortest round trip; null without a usable sample. A round
 * trip below zero means the local clock was set back during the request: that sample says nothing.
 */
export function estimateOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const sample of samples) {
    const estimate = sampleEstimate(sample);
    if (estimate.roundTripMs < 0) continue;
    if (best === null || estimate.roundTripMs < best.roundTripMs) best = estimate;
  }
  return best;
}

/** How many recent samples an estimate is taken from: a few minutes of re-estimates. */
export const CLOCK_SAMPLES_KEPT = 10;

/** The newest samples, at most `CLOCK_SAMPLES_KEPT`: an old sample may predate a change of the local clock. */
export function keepRecent(samples: readonly ClockSample[], added: ClockSample): ClockSample[] {
  return [...samples, added].slice(-CLOCK_SAMPLES_KEPT);
}
