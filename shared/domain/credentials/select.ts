import type { SessionState } from '../state.js';
import { credentialOf, standingOf } from './standing.js';

export interface VerificationCounts {
  readonly summoned: number;
  readonly verified: number;
  readonly challenged: number;
  readonly pending: number;
  /** Found not eligible: officials and alternates alike (none of them is summoned). */
  readonly notEligible: number;
}

/** Where the committee's work stands, over the same set of delegates as the quorum. */
export function verificationCounts(state: SessionState): VerificationCounts {
  let summoned = 0;
  let verified = 0;
  let challenged = 0;
  let notEligible = 0;
  for (const d of state.roster.delegates.values()) {
    const standing = standingOf(state, d);
    if (standing === 'notEligible') notEligible++;
    if (standing !== 'summoned') continue;
    summoned++;
    const status = credentialOf(state, d.id).status;
    if (status === 'verified') verified++;
    else if (status === 'challenged') challenged++;
  }
  return { summoned, verified, challenged, pending: summoned - verified - challenged, notEligible };
}
