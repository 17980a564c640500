// Speaking statistics: who spoke how often and how long, per delegate, organisation, gender and
// kind of speech, and who has not spoken. Only speeches that have ended count; the summoned
// delegates (those who count toward the quorum) are the ones expected to have a say.

import type { RosterState, SessionState } from '../state.js';
import type { Delegate, Gender } from '../roster/model.js';
import { GENDERS } from '../roster/model.js';
import { isSummoned } from '../attendance/select.js';
import { compareNameKeys, compareText, nameSortKey } from '../../text/collate.js';
import { SPEECH_KINDS, type SpeechKind } from './model.js';
import type { SpeechFilter } from './log.js';
import { spokenMs } from './timer.js';
import { speakerKey } from './queue.js';

export interface SpeakingTotals {
  readonly speeches: number;
  readonly spokenMs: number;
}

export interface DelegateSpeaking extends SpeakingTotals {
  readonly delegateId: string;
  readonly code: string;
  readonly name: string;
  readonly organisation: string;
  readonly gender: Gender | null;
}

export interface GuestSpeaking extends SpeakingTotals {
  readonly name: string;
  readonly title: string;
}

export interface OrganisationSpeaking extends SpeakingTotals {
  readonly organisation: string;
  /** Summoned delegates of the organisation. */
  readonly delegates: number;
  /** Its delegates who spoke (anyone on the roster under it). */
  readonly speakers: number;
}

export interface GenderSpeaking extends SpeakingTotals {
  /** Null: gender not given on the roster. */
  readonly gender: Gender | null;
  /** Summoned delegates of this gender. */
  readonly delegates: number;
  /** Delegates of this gender who spoke. */
  readonly speakers: number;
}

export interface SilentDelegate {
  readonly delegateId: string;
  readonly code: string;
  readonly name: string;
  readonly organisation: string;
  readonly gender: Gender | null;
}

export interface SpeakingStats {
  readonly total: SpeakingTotals & { readonly speakers: number };
  readonly byKind: Readonly<Record<SpeechKind, SpeakingTotals>>;
  /** Delegates who spoke, most time first. */
  readonly delegates: readonly DelegateSpeaking[];
  /** Speakers not on the roster, most time first. */
  readonly guests: readonly GuestSpeaking[];
  /** Every organisation with summoned delegates or speakers, most time first, then by name. */
  readonly organisations: readonly OrganisationSpeaking[];
  readonly byGender: readonly GenderSpeaking[];
  /** Summoned delegates who have not spoken, in the Vietnamese order of names. */
  readonly silentDelegates: readonly SilentDelegate[];
  /** Organisations none of whose delegates has spoken, alphabetically. */
  readonly silentOrganisations: readonly string[];
}

interface Tally {
  speeches: number;
  spokenMs: number;
}

const tally = (): Tally => ({ speeches: 0, spokenMs: 0 });

function add(into: Tally, ms: number): void {
  into.speeches++;
  into.spokenMs += ms;
}

const byTimeThen =
  <T extends SpeakingTotals>(tie: (a: T, b: T) => number) =>
  (a: T, b: T): number =>
    b.spokenMs - a.spokenMs || b.speeches - a.speeches || tie(a, b);

/**
 * The roster in the Vietnamese order of names (given name first), computed once per roster: the
 * roster is an immutable map, so the same map always sorts the same, and a check-in or a speech
 * does not make a new one. Sorting 5,000 names with the collator costs tens of milliseconds.
 */
const byNameCache = new WeakMap<RosterState['delegates'], readonly Delegate[]>();

function rosterByName(delegates: RosterState['delegates']): readonly Delegate[] {
  const cached = byNameCache.get(delegates);
  if (cached) return cached;
  const keyed = [...delegates.values()].map((d) => ({ d, key: nameSortKey(d.fullName) }));
  keyed.sort((a, b) => compareNameKeys(a.key, b.key) || compareText(a.d.code, b.d.code));
  const sorted = keyed.map((k) => k.d);
  byNameCache.set(delegates, sorted);
  return sorted;
}

export function speakingStats(state: SessionState, filter: SpeechFilter = {}): SpeakingStats {
  const total = tally();
  const byKind = Object.fromEntries(SPEECH_KINDS.map((k) => [k, tally()])) as Record<SpeechKind, Tally>;
  const perDelegate = new Map<string, Tally>();
  const perGuest = new Map<string, Tally & { name: string; title: string }>();
  const speakerKeys = new Set<string>();

  for (const speech of state.speakers.speeches.values()) {
    const timing = speech.timing;
    if (speech.status !== 'ended' || !timing || timing.endedAt === null) continue;
    const discussion = state.speakers.discussions.get(speech.discussionId);
    if (!discussion) continue;
    if (filter.discussionId && discussion.id !== filter.discussionId) continue;
    if (filter.sittingId && discussion.sittingId !== filter.sittingId) continue;
    const ms = spokenMs(timing, Date.parse(timing.endedAt));
    add(total, ms);
    add(byKind[speech.kind], ms);
    speakerKeys.add(speakerKey(speech.speaker));
    if (speech.speaker.kind === 'delegate') {
      const t = perDelegate.get(speech.speaker.delegateId) ?? tally();
      add(t, ms);
      perDelegate.set(speech.speaker.delegateId, t);
    } else {
      const key = speakerKey(speech.speaker);
      const t = perGuest.get(key) ?? { ...tally(), name: speech.speaker.name, title: speech.speaker.title };
      add(t, ms);
      perGuest.set(key, t);
    }
  }

  const delegates: DelegateSpeaking[] = [];
  const silent: SilentDelegate[] = [];
  const organisations = new Map<string, Tally & { delegates: number; speakers: number }>();
  const genders = new Map<Gender | null, Tally & { delegates: number; speakers: number }>(
    [...GENDERS, null].map((g) => [g, { ...tally(), delegates: 0, speakers: 0 }]),
  );
  for (const delegate of rosterByName(state.roster.delegates)) {
    const spoke = perDelegate.get(delegate.id);
    const summoned = isSummoned(state, delegate);
    if (!spoke && !summoned) continue;
    const organisation = organisations.get(delegate.organisation) ?? { ...tally(), delegates: 0, speakers: 0 };
    organisations.set(delegate.organisation, organisation);
    const gender = genders.get(delegate.gender);
    if (summoned) {
      organisation.delegates++;
      if (gender) gender.delegates++;
    }
    if (spoke) {
      delegates.push({
        delegateId: delegate.id,
        code: delegate.code,
        name: delegate.fullName,
        organisation: delegate.organisation,
        gender: delegate.gender,
        speeches: spoke.speeches,
        spokenMs: spoke.spokenMs,
      });
      organisation.speeches += spoke.speeches;
      organisation.spokenMs += spoke.spokenMs;
      organisation.speakers++;
      if (gender) {
        gender.speeches += spoke.speeches;
        gender.spokenMs += spoke.spokenMs;
        gender.speakers++;
      }
    } else {
      silent.push({
        delegateId: delegate.id,
        code: delegate.code,
        name: delegate.fullName,
        organisation: delegate.organisation,
        gender: delegate.gender,
      });
    }
  }

  const organisationRows = [...organisations.entries()].map(([organisation, t]): OrganisationSpeaking => ({ organisation, ...t }));
  return {
    total: { speeches: total.speeches, spokenMs: total.spokenMs, speakers: speakerKeys.size },
    byKind,
    // Collected in name order and sorted stably: equal times stay in name order.
    delegates: delegates.sort(byTimeThen(() => 0)),
    guests: [...perGuest.values()]
      .map(({ name, title, speeches, spokenMs: ms }) => ({ name, title, speeches, spokenMs: ms }))
      .sort(byTimeThen((a, b) => compareText(a.name, b.name))),
    organisations: organisationRows.sort(byTimeThen((a, b) => compareText(a.organisation, b.organisation))),
    byGender: [...genders.entries()].map(([gender, t]) => ({ gender, ...t })),
    // Already in name order: the roster was walked in that order.
    silentDelegates: silent,
    silentOrganisations: organisationRows
      .filter((o) => o.speakers === 0 && o.delegates > 0)
      .map((o) => o.organisation)
      .sort(compareText),
  };
}
