import type { EntryOf } from '../events.js';
import { assertNever } from '../errors.js';
import type { CredentialHistoryItem, CredentialRecord, CredentialsState } from './state.js';
import { PENDING_RECORD } from './state.js';

type CredentialsEntry = EntryOf<
  | 'credentials.settingsSet'
  | 'credentials.checkMarked'
  | 'credentials.decided'
  | 'alternate.seated'
  | 'alternate.unseated'
  | 'credentials.reportTemplateSet'
  | 'credentials.reportFrozen'
  | 'credentials.signerSet'
>;

function withHistory(record: CredentialRecord, item: CredentialHistoryItem): CredentialRecord {
  return { ...record, history: [...record.history, item] };
}

function addHistory(state: CredentialsState, delegateId: string, item: CredentialHistoryItem): CredentialsState {
  const record = state.byDelegate.get(delegateId) ?? PENDING_RECORD;
  return { ...state, byDelegate: state.byDelegate.set(delegateId, withHistory(record, item)) };
}

export function reduceCredentials(state: CredentialsState, entry: CredentialsEntry): CredentialsState {
  const stamp = { seq: entry.seq, at: entry.at, actor: entry.actor };
  switch (entry.type) {
    case 'credentials.settingsSet':
      return { ...state, settings: entry.payload.settings };
    case 'credentials.checkMarked': {
      const { delegateIds, itemId, checked, member } = entry.payload;
      const byDelegate = state.byDelegate.withMutations((map) => {
        for (const delegateId of delegateIds) {
          const record = map.get(delegateId) ?? PENDING_RECORD;
          const others = record.checks.filter((c) => c !== itemId);
          map.set(delegateId, withHistory({ ...record, checks: checked ? [...others, itemId] : others }, { kind: 'check', ...stamp, member, itemId, checked }));
        }
      });
      return { ...state, byDelegate };
    }
    case 'credentials.decided': {
      const { delegateIds, status, reason, member } = entry.payload;
      const byDelegate = state.byDelegate.withMutations((map) => {
        for (const delegateId of delegateIds) {
          const record = map.get(delegateId) ?? PENDING_RECORD;
          const decided = status === 'pending' ? { decidedBy: null, decidedAt: null } : { decidedBy: member, decidedAt: entry.at };
          map.set(delegateId, withHistory({ ...record, status, reason, ...decided }, { kind: 'decision', ...stamp, member, status, reason }));
        }
      });
      return { ...state, byDelegate };
    }
    case 'alternate.seated': {
      const { alternateId, replacedId, reason, note, member } = entry.payload;
      const seating = { alternateId, replacedId, reason, note, member, at: entry.at, seq: entry.seq };
      const item: CredentialHistoryItem = { kind: 'seated', ...stamp, member, alternateId, replacedId, note };
      const next = { ...state, seatings: state.seatings.set(alternateId, seating), replacedBy: state.replacedBy.set(replacedId, alternateId) };
      return addHistory(addHistory(next, alternateId, item), replacedId, item);
    }
    case 'alternate.unseated': {
      const { alternateId, note, member } = entry.payload;
      const seating = state.seatings.get(alternateId);
      if (!seating) return state;
      const item: CredentialHistoryItem = { kind: 'unseated', ...stamp, member, alternateId, replacedId: seating.replacedId, note };
      const next = { ...state, seatings: state.seatings.delete(alternateId), replacedBy: state.replacedBy.delete(seating.replacedId) };
      return addHistory(addHistory(next, alternateId, item), seating.replacedId, item);
    }
    case 'credentials.reportTemplateSet': {
      const { language, template } = entry.payload;
      return { ...state, templates: template === null ? state.templates.delete(language) : state.templates.set(language, template) };
    }
    case 'credentials.reportFrozen': {
      const { snapshotId, label, language, figures, template, signature } = entry.payload;
      return { ...state, snapshots: [...state.snapshots, { id: snapshotId, ...stamp, label, language, figures, template, signature: signature ?? null }] };
    }
    case 'credentials.signerSet':
      return { ...state, signer: entry.payload.signer };
    default:
      return assertNever(entry);
  }
}
