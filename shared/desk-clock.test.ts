import { describe, expect, it } from 'vitest';
import { CLOCK_SAMPLES_KEPT, estimateOffset, keepRecent, sampleEstimate } from './desk-clock.js';

const MIN = 60_000;

describe('the desk clock offset', () => {
  it('reads the desk time at the midpoint of the round trip', () => {
    // Local clock 7 minutes ahead; the answer took 40 ms to come back.
    expect(sampleEstimate({ sentAt: 1_000_000 + 7 * MIN, deskNow: 1_000_020, receivedAt: 1_000_040 + 7 * MIN })).toEqual({
      offsetMs: -7 * MIN,
      roundTripMs: 40,
    });
  });

  it('takes the sample with the shortest round trip, with half its round trip applied', () => {
    const samples = [
      // A slow answer, read late in its 900 ms trip: taken alone it would be 350 ms off.
      { sentAt: 10_000, deskNow: 10_000 + 5_000 + 800, receivedAt: 10_900 },
      { sentAt: 20_000, deskNow: 20_000 + 5_000 + 30, receivedAt: 20_050 },
      { sentAt: 30_000, deskNow: 30_000 + 5_000 + 120, receivedAt: 30_200 },
    ];
    expect(estimateOffset(samples)).toEqual({ offsetMs: 5_005, roundTripMs: 50 });
    expect(estimateOffset([...samples].reverse())).toEqual({ offsetMs: 5_005, roundTripMs: 50 });
  });

  it('ignores a sample whose round trip went backwards, and gives nothing without samples', () => {
    expect(estimateOffset([])).toBeNull();
    expect(estimateOffset([{ sentAt: 5_000, deskNow: 0, receivedAt: 4_000 }])).toBeNull();
    expect(estimateOffset([{ sentAt: 5_000, deskNow: 0, receivedAt: 4_990 }, { sentAt: 6_000, deskNow: 9_000, receivedAt: 6_100 }])).toEqual({
      offsetMs: 2_950,
      roundTripMs: 100,
    });
  });

  it('keeps the newest samples only', () => {
    let kept: ReturnType<typeof keepRecent> = [];
    for (let i = 0; i < CLOCK_SAMPLES_KEPT + 3; i++) kept = keepRecent(kept, { sentAt: i, deskNow: i, receivedAt: i });
    expect(kept).toHaveLength(CLOCK_SAMPLES_KEPT);
    expect(kept[0]?.sentAt).toBe(3);
    expect(kept.at(-1)?.sentAt).toBe(CLOCK_SAMPLES_KEPT + 2);
  });
});
