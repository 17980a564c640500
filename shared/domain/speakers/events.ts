import { z } from 'zod';
import { id, isoInstant } from '../schema-helpers.js';
import { discussionFieldsSchema, limitSeconds, speakerSettingsSchema, speechFieldsSchema } from './model.js';

const discussion = { discussionId: id };
const speech = { speechId: id };

/** The most time the chair can add or take back in one step. */
export const MAX_TIME_STEP_SECONDS = 3600;

/**
 * The speaker queue and the timer. Every change of a speech's timing is an event whose journal time
 * (`at`) is the moment it happened, so the timer is computed from the events, never counted.
 */
export const speakersEventSchemas = [
  /** A discussion (thảo luận) of a sitting begins to take requests; it becomes the one the desk runs. */
  z.object({ type: z.literal('discussion.opened'), payload: discussionFieldsSchema.extend({ ...discussion, sittingId: id }) }),
  z.object({ type: z.literal('discussion.updated'), payload: discussionFieldsSchema.extend(discussion) }),
  /** The discussion the desk runs and the hall display follows. */
  z.object({ type: z.literal('discussion.activated'), payload: z.object(discussion) }),
  /** No more requests from the floor; points of order and the presidium's own arrangements still go in. */
  z.object({ type: z.literal('discussion.listClosed'), payload: z.object(discussion) }),
  z.object({ type: z.literal('discussion.listReopened'), payload: z.object(discussion) }),

  z.object({ type: z.literal('speech.registered'), payload: speechFieldsSchema.extend({ ...speech, ...discussion }) }),
  z.object({ type: z.literal('speech.updated'), payload: speechFieldsSchema.extend(speech) }),
  /** Placed in the arrangement just before or just after another speech of the discussion. */
  z.object({
    type: z.literal('speech.moved'),
    payload: z.object({ ...speech, anchorSpeechId: id, side: z.enum(['before', 'after']) }),
  }),
  z.object({ type: z.literal('speech.withdrawn'), payload: z.object(speech) }),
  z.object({ type: z.literal('speech.restored'), payload: z.object(speech) }),

  /** The speaker is called and the timer starts, with the limit in force at that moment. */
  z.object({ type: z.literal('speech.started'), payload: z.object({ ...speech, limitSeconds: limitSeconds.nullable() }) }),
  z.object({ type: z.literal('speech.paused'), payload: z.object(speech) }),
  z.object({ type: z.literal('speech.resumed'), payload: z.object(speech) }),
  /** Time granted (or, negative, taken back) on top of the limit. */
  z.object({
    type: z.literal('speech.timeAdded'),
    payload: z.object({
      ...speech,
      seconds: z.number().int().min(-MAX_TIME_STEP_SECONDS).max(MAX_TIME_STEP_SECONDS).refine((s) => s !== 0, 'zero'),
    }),
  }),
  z.object({ type: z.literal('speech.ended'), payload: z.object(speech) }),
  /** "End" was pressed too soon: the speech goes on as if it had not ended (only the last speech, nobody called since). */
  z.object({ type: z.literal('speech.endUndone'), payload: z.object(speech) }),
  /** The wrong speaker was called: back to the waiting list at their place, the timing forgotten. */
  z.object({ type: z.literal('speech.callUndone'), payload: z.object(speech) }),
  /**
   * A speech entered after the fact with its own start and end (taken from the minutes, or given
   * while the desk was not timing). The journal's `at` stays the moment of entry; these times are
   * when the speech was given.
   */
  z.object({
    type: z.literal('speech.recorded'),
    payload: z.object({ ...speech, startedAt: isoInstant, endedAt: isoInstant, limitSeconds: limitSeconds.nullable() }),
  }),

  z.object({ type: z.literal('speakers.settingsChanged'), payload: z.object({ settings: speakerSettingsSchema }) }),
] as const;
