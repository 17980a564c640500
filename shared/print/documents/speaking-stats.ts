import type { SessionState } from '../../domain/state.js';
import { SPEECH_KINDS, type SpeechKind } from '../../domain/speakers/model.js';
import {
  speakingStats,
  type DelegateSpeaking,
  type GenderSpeaking,
  type GuestSpeaking,
  type OrganisationSpeaking,
  type SpeakingStats,
  type SpeakingTotals,
} from '../../domain/speakers/stats.js';
import { largestRemainder } from '../../domain/credentials/percent.js';
import type { PrintOptions } from '../registry.js';
import { speechScope, type SpeechScope } from './speech-scope.js';

/** A row with its share of all the time spoken, in tenths of a percent. */
export type WithShare<T> = T & { readonly permille: number };

/** The speakers who are not on the roster, together: their time belongs to no gender or organisation. */
export interface OffRosterSpeaking extends SpeakingTotals {
  readonly speakers: number;
}

/**
 * THỐNG KÊ PHÁT BIỂU: the figures of `speakingStats` (the desk's statistics), with the shares of
 * time printed beside them. Each table's shares are one partition of the whole time spoken
 * (largest remainder), so every table adds up to exactly 100.0 %; speakers off the roster are
 * the part of the gender and organisation tables that belongs to neither.
 */
export interface SpeakingStatsDocument {
  readonly scope: SpeechScope;
  readonly stats: SpeakingStats;
  readonly byKind: readonly WithShare<SpeakingTotals & { readonly kind: SpeechKind }>[];
  /** Men, women, and "not given" only when the roster leaves some delegate's gender out. */
  readonly byGender: readonly WithShare<GenderSpeaking>[];
  readonly byGenderOffRoster: WithShare<OffRosterSpeaking> | null;
  /** Organisations some of whose delegates spoke; the others are `stats.silentOrganisations`. */
  readonly organisations: readonly WithShare<OrganisationSpeaking>[];
  readonly organisationsOffRoster: WithShare<OffRosterSpeaking> | null;
  readonly delegates: readonly WithShare<DelegateSpeaking>[];
  readonly guests: readonly WithShare<GuestSpeaking>[];
}

/** Shares of the time of `rows` and, last, of an optional remainder part. */
function shares<T extends { readonly spokenMs: number }>(rows: readonly T[], rest: OffRosterSpeaking | null): { rows: WithShare<T>[]; rest: WithShare<OffRosterSpeaking> | null } {
  const parts = largestRemainder([...rows.map((r) => r.spokenMs), rest?.spokenMs ?? 0]);
  return {
    rows: rows.map((row, i) => ({ ...row, permille: parts[i] ?? 0 })),
    rest: rest === null ? null : { ...rest, permille: parts[rows.length] ?? 0 },
  };
}

export function speakingStatsDocument(state: SessionState, options: PrintOptions<'speaking-stats'>): SpeakingStatsDocument {
  const scope = speechScope(state, options);
  const stats = speakingStats(state, scope.filter);
  const offRoster: OffRosterSpeaking | null =
    stats.guests.length === 0
      ? null
      : {
          speakers: stats.guests.length,
          speeches: stats.guests.reduce((n, g) => n + g.speeches, 0),
          spokenMs: stats.guests.reduce((n, g) => n + g.spokenMs, 0),
        };
  const byKind = shares(SPEECH_KINDS.map((kind) => ({ kind, ...stats.byKind[kind] })), null).rows;
  const byGender = shares(
    stats.byGender.filter((g) => g.gender !== null || g.delegates > 0 || g.speakers > 0),
    offRoster,
  );
  const organisations = shares(
    stats.organisations.filter((o) => o.speakers > 0),
    offRoster,
  );
  // Delegates and guests together are everyone who spoke: one partition.
  const people = largestRemainder([...stats.delegates, ...stats.guests].map((p) => p.spokenMs));
  return {
    scope,
    stats,
    byKind,
    byGender: byGender.rows,
    byGenderOffRoster: byGender.rest,
    organisations: organisations.rows,
    organisationsOffRoster: organisations.rest,
    delegates: stats.delegates.map((d, i) => ({ ...d, permille: people[i] ?? 0 })),
    guests: stats.guests.map((g, i) => ({ ...g, permille: people[stats.delegates.length + i] ?? 0 })),
  };
}
