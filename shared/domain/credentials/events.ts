import { z } from 'zod';
import { id } from '../schema-helpers.js';
import { LANGUAGES } from '../congress/model.js';
import {
  CREDENTIAL_STATUSES,
  LIMITS,
  SEATING_REASONS,
  credentialsSettingsSchema,
  memberName,
  multilineText,
  snapshotLabel,
} from './model.js';
import { text } from '../schema-helpers.js';
import { documentSignerSchema, signatureBlockSchema } from '../signers/model.js';
import { credentialsFiguresSchema } from './figures.js';

// The credentials committee's work. Each decision names the committee member who took it; the
// journal line adds the time and the desk. Together they are the audit trail of every delegate.

export const credentialsEventSchemas = [
  /** The checklist and the bands of the report for this congress. */
  z.object({ type: z.literal('credentials.settingsSet'), payload: z.object({ settings: credentialsSettingsSchema }) }),
  /** One item of the checklist ticked or cleared, for one delegate or several at once. */
  z.object({
    type: z.literal('credentials.checkMarked'),
    payload: z.object({ delegateIds: z.array(id).min(1).max(LIMITS.batch), itemId: id, checked: z.boolean(), member: memberName }),
  }),
  /**
   * A credential decision for one delegate or many at once (the same status and reason for all).
   * A reason is required for every status but verified.
   */
  z.object({
    type: z.literal('credentials.decided'),
    payload: z.object({
      delegateIds: z.array(id).min(1).max(LIMITS.batch),
      status: z.enum(CREDENTIAL_STATUSES),
      reason: text(LIMITS.reason).nullable(),
      member: memberName,
    }),
  }),
  /** An alternate takes the seat of an official delegate found not eligible or absent for the whole congress. */
  z.object({
    type: z.literal('alternate.seated'),
    payload: z.object({
      alternateId: id,
      replacedId: id,
      reason: z.enum(SEATING_REASONS),
      note: text(LIMITS.reason),
      member: memberName,
    }),
  }),
  /** A seating done by mistake is taken back: the official delegate counts again. */
  z.object({
    type: z.literal('alternate.unseated'),
    payload: z.object({ alternateId: id, note: text(LIMITS.reason), member: memberName }),
  }),
  /** The committee's wording of the report in one language; null returns to the standard wording. */
  z.object({
    type: z.literal('credentials.reportTemplateSet'),
    payload: z.object({ language: z.enum(LANGUAGES), template: multilineText(LIMITS.template).nullable() }),
  }),
  /** The report's figures and wording as they stood at this moment (e.g. when it was read), kept unchanged. */
  z.object({
    type: z.literal('credentials.reportFrozen'),
    payload: z.object({
      snapshotId: id,
      label: snapshotLabel,
      language: z.enum(LANGUAGES),
      figures: credentialsFiguresSchema,
      template: multilineText(LIMITS.template),
      /** The signature block as printed at that moment; absent in snapshots frozen before the signer could be set. */
      signature: signatureBlockSchema.optional(),
    }),
  }),
  /** Who signs the credentials report: the signer's name and the capacity lines per language. */
  z.object({ type: z.literal('credentials.signerSet'), payload: z.object({ signer: documentSignerSchema }) }),
] as const;
