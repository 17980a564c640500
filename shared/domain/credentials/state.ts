import { Map as IMap } from 'immutable';
import type { Language } from '../congress/model.js';
import type { CredentialStatus, CredentialsSettings, SeatingReason } from './model.js';
import { UNSET_SIGNER, type DocumentSigner, type SignatureBlock } from '../signers/model.js';
import type { CredentialsFigures } from './figures.js';

type DelegateId = string;

/** One line of a delegate's credentials history, newest last: who did what, when. */
export type CredentialHistoryItem =
  | { readonly kind: 'decision'; readonly seq: number; readonly at: string; readonly actor: string; readonly member: string; readonly status: CredentialStatus; readonly reason: string | null }
  | { readonly kind: 'check'; readonly seq: number; readonly at: string; readonly actor: string; readonly member: string; readonly itemId: string; readonly checked: boolean }
  | { readonly kind: 'seated' | 'unseated'; readonly seq: number; readonly at: string; readonly actor: string; readonly member: string; readonly alternateId: string; readonly replacedId: string; readonly note: string };

export interface CredentialRecord {
  readonly status: CredentialStatus;
  /** The reason of the last decision; null for verified (or a verified decision without a note) and for pending. */
  readonly reason: string | null;
  readonly decidedBy: string | null;
  readonly decidedAt: string | null;
  /** Ids of the checklist items ticked. */
  readonly checks: readonly string[];
  readonly history: readonly CredentialHistoryItem[];
}

export const PENDING_RECORD: CredentialRecord = { status: 'pending', reason: null, decidedBy: null, decidedAt: null, checks: [], history: [] };

/** An alternate seated in an official delegate's place. */
export interface Seating {
  readonly alternateId: DelegateId;
  readonly replacedId: DelegateId;
  readonly reason: SeatingReason;
  readonly note: string;
  readonly member: string;
  readonly at: string;
  readonly seq: number;
}

export interface ReportSnapshot {
  readonly id: string;
  readonly seq: number;
  readonly at: string;
  readonly actor: string;
  readonly label: string;
  readonly language: Language;
  readonly figures: CredentialsFigures;
  readonly template: string;
  /** The signature block as frozen; null for a snapshot frozen before the signer could be set (standard lines, no name). */
  readonly signature: SignatureBlock | null;
}

export interface CredentialsState {
  /** Null until the congress sets its own: the defaults apply. */
  readonly settings: CredentialsSettings | null;
  readonly byDelegate: IMap<DelegateId, CredentialRecord>;
  /** Seated alternates by their id. */
  readonly seatings: IMap<DelegateId, Seating>;
  /** The seated alternate by the id of the official delegate they replace. */
  readonly replacedBy: IMap<DelegateId, DelegateId>;
  /** The committee's own wording of the report, per language; absent means the standard wording. */
  readonly templates: IMap<Language, string>;
  readonly snapshots: readonly ReportSnapshot[];
  /** Who signs the report; the defaults until the committee sets it. */
  readonly signer: DocumentSigner;
}

export const EMPTY_CREDENTIALS: CredentialsState = {
  settings: null,
  byDelegate: IMap(),
  seatings: IMap(),
  replacedBy: IMap(),
  templates: IMap(),
  snapshots: [],
  signer: UNSET_SIGNER,
};
