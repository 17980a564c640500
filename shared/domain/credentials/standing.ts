import type { SessionState } from '../state.js';
import type { Delegate } from '../roster/model.js';
import { isOfficial } from '../roster/model.js';
import { DEFAULT_CREDENTIALS_SETTINGS, type CredentialsSettings } from './model.js';
import { PENDING_RECORD, type CredentialRecord } from './state.js';

/**
 * Where a delegate stands for the count of the congress:
 * - `summoned`: counts (an official delegate not found ineligible and not replaced, or a seated alternate);
 * - `notEligible`: the committee found their credentials not valid; never counts;
 * - `replaced`: an official delegate whose seat an alternate has taken;
 * - `alternate`: an alternate not seated;
 * - `guest`: attends, never counts.
 * A pending or challenged delegate counts until the committee decides otherwise: before the
 * committee has begun (at the preparatory sitting) every official delegate counts.
 */
export type Standing = 'summoned' | 'notEligible' | 'replaced' | 'alternate' | 'guest';

export function credentialOf(state: SessionState, delegateId: string): CredentialRecord {
  return state.credentials.byDelegate.get(delegateId) ?? PENDING_RECORD;
}

export function credentialsSettings(state: SessionState): CredentialsSettings {
  return state.credentials.settings ?? DEFAULT_CREDENTIALS_SETTINGS;
}

/** Officials and alternates have credentials to verify; guests do not. */
export function hasCredentials(delegate: Pick<Delegate, 'category'>): boolean {
  return delegate.category !== 'guest';
}

export function standingOf(state: SessionState, delegate: Delegate): Standing {
  if (delegate.category === 'guest') return 'guest';
  if (credentialOf(state, delegate.id).status === 'notEligible') return 'notEligible';
  if (isOfficial(delegate)) return state.credentials.replacedBy.has(delegate.id) ? 'replaced' : 'summoned';
  return state.credentials.seatings.has(delegate.id) ? 'summoned' : 'alternate';
}
