import { z } from 'zod';
import { Map as IMap, OrderedMap } from 'immutable';
import { id, isoInstant, requiredText, text } from '../schema-helpers.js';

/**
 * The kinds of speech at a congress (domain.md, "Speech kinds"): a prepared contribution (tham
 * luận) registered in advance, a request from the floor (phát biểu), the directive speech of the
 * upper-level leader (phát biểu chỉ đạo), and a point of order (ý kiến về thủ tục).
 */
export const SPEECH_KINDS = ['preparedContribution', 'floorRequest', 'directiveSpeech', 'pointOfOrder'] as const;
export type SpeechKind = (typeof SPEECH_KINDS)[number];

/** Requests made in the hall during the discussion, as opposed to speeches the presidium arranges beforehand. */
export const LIVE_KINDS: ReadonlySet<SpeechKind> = new Set(['floorRequest', 'pointOfOrder']);

export const SPEAKER_LIMITS = { name: 200, title: 300, speechTitle: 500, document: 260, discussionTitle: 300 } as const;

/** A time limit in seconds: from 30 seconds to four hours. */
export const limitSeconds = z.number().int().min(30).max(4 * 3600);

/** Who speaks: a delegate of the roster, or a guest who is not on it (name and title). */
export const speakerSchema = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('delegate'), delegateId: id }),
  z.object({ kind: z.literal('guest'), name: requiredText(SPEAKER_LIMITS.name), title: text(SPEAKER_LIMITS.title) }),
]);
export type Speaker = Readonly<z.infer<typeof speakerSchema>>;

/** What a registration says about a speech; the same fields for a new registration and an edit. */
export const speechFieldsSchema = z.object({
  speaker: speakerSchema,
  kind: z.enum(SPEECH_KINDS),
  /** The title of a prepared contribution, or what a request is about; may be empty. */
  title: text(SPEAKER_LIMITS.speechTitle),
  /** The name of the file holding the text of a prepared contribution, as the presenter handed it in. */
  document: text(SPEAKER_LIMITS.document),
  /** This speech's own time limit; null means the congress's default for its kind. */
  limitSeconds: limitSeconds.nullable(),
});
export type SpeechFields = Readonly<z.infer<typeof speechFieldsSchema>>;

export const discussionFieldsSchema = z.object({
  title: requiredText(SPEAKER_LIMITS.discussionTitle),
  /** The agenda item this discussion belongs to, once the agenda exists; kept and shown, never required. */
  agendaItemId: id.nullable(),
  /** Delegates who have not yet spoken in this discussion go ahead of those who have. */
  firstTimeSpeakersFirst: z.boolean(),
});
export type DiscussionFields = Readonly<z.infer<typeof discussionFieldsSchema>>;

export const CHECK_IN_RULES = ['warn', 'forbid'] as const;
export type CheckInRule = (typeof CHECK_IN_RULES)[number];

/** The congress's speaking rules: default time limit per kind (null: no limit) and delegates not checked in. */
export const speakerSettingsSchema = z.object({
  limits: z.object({
    preparedContribution: limitSeconds.nullable(),
    floorRequest: limitSeconds.nullable(),
    directiveSpeech: limitSeconds.nullable(),
    pointOfOrder: limitSeconds.nullable(),
  }),
  /** A request from the floor by a delegate not checked in to the sitting: a warning, or refused. */
  checkInRule: z.enum(CHECK_IN_RULES),
});
export type SpeakerSettings = Readonly<z.infer<typeof speakerSettingsSchema>>;

export const DEFAULT_SPEAKER_SETTINGS: SpeakerSettings = {
  limits: { preparedContribution: 7 * 60, floorRequest: 3 * 60, directiveSpeech: null, pointOfOrder: 2 * 60 },
  checkInRule: 'warn',
};

/** One stretch of speaking: a pause ends it, resuming starts the next. `to` is null while it runs. */
export interface SpeakingSegment {
  readonly from: string;
  readonly to: string | null;
}

/** When a speech was given, as the journal's events say; the timer is computed from this alone. */
export interface SpeechTiming {
  readonly startedAt: string;
  readonly endedAt: string | null;
  /** The limit when the speech was called (null: none); later changes to settings do not touch it. */
  readonly limitSeconds: number | null;
  /** Time the chair granted on top of the limit. */
  readonly addedSeconds: number;
  readonly segments: readonly SpeakingSegment[];
  /** Entered after the fact with its start and end, not timed live. */
  readonly recorded: boolean;
}

export const SPEECH_STATUSES = ['waiting', 'withdrawn', 'speaking', 'ended'] as const;
export type SpeechStatus = (typeof SPEECH_STATUSES)[number];

export interface Speech extends SpeechFields {
  readonly id: string;
  readonly discussionId: string;
  readonly registeredAt: string;
  readonly status: SpeechStatus;
  /** Null until the speaker is called. */
  readonly timing: SpeechTiming | null;
}

export interface Discussion extends DiscussionFields {
  readonly id: string;
  readonly sittingId: string;
  readonly openedAt: string;
  /** Closed to new requests from the floor. */
  readonly listClosed: boolean;
  /**
   * Every speech of the discussion in the order the presidium arranged them. The waiting list shown
   * is this order with the rules applied (see queue.ts); withdrawn and called speeches keep their
   * place, so that restoring one or undoing a call puts it back where it was.
   */
  readonly order: readonly string[];
}

export const speechTimesSchema = z.object({ startedAt: isoInstant, endedAt: isoInstant });

/** The speaker queues of the congress, their speeches, and who is speaking now. */
export interface SpeakersState {
  readonly settings: SpeakerSettings;
  /** In the order they were opened. */
  readonly discussions: OrderedMap<string, Discussion>;
  readonly speeches: IMap<string, Speech>;
  readonly activeDiscussionId: string | null;
  /** One hall, one speaker at a time: the speech being given (running or paused), if any. */
  readonly currentSpeechId: string | null;
}

export const EMPTY_SPEAKERS: SpeakersState = {
  settings: DEFAULT_SPEAKER_SETTINGS,
  discussions: OrderedMap(),
  speeches: IMap(),
  activeDiscussionId: null,
  currentSpeechId: null,
};
