import { z } from 'zod';
import { clockTime, id, isoDate, requiredText, text } from '../schema-helpers.js';

export const SITTING_KINDS = ['preparatory', 'official'] as const;
export type SittingKind = (typeof SITTING_KINDS)[number];

export const sittingSchema = z.object({
  id,
  kind: z.enum(SITTING_KINDS),
  title: requiredText(120),
  date: isoDate,
  start: clockTime,
  end: clockTime,
});
export type Sitting = Readonly<z.infer<typeof sittingSchema>>;

export const QUORUM_COMPARISONS = ['atLeast', 'moreThan'] as const;
export type QuorumComparison = (typeof QUORUM_COMPARISONS)[number];

/** The congress is valid when present official delegates reach a fraction of those summoned. */
export const quorumRuleSchema = z
  .object({
    numerator: z.number().int().min(1).max(1000),
    denominator: z.number().int().min(1).max(1000),
    comparison: z.enum(QUORUM_COMPARISONS),
  })
  .refine((r) => r.numerator <= r.denominator, { message: 'fraction above one', path: ['numerator'] });
export type QuorumRule = Readonly<z.infer<typeof quorumRuleSchema>>;

export const DEFAULT_QUORUM_RULE: QuorumRule = { numerator: 2, denominator: 3, comparison: 'atLeast' };

export const LANGUAGES = ['vi', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** The header block of printed documents: issuing body top left, motto top right, place. */
export const documentHeaderSchema = z.object({
  issuer: z.array(text(120)).max(3),
  motto: z.array(text(120)).max(2),
  place: text(80),
});
export type DocumentHeader = Readonly<z.infer<typeof documentHeaderSchema>>;

export const congressSettingsSchema = z.object({
  name: requiredText(300),
  issuingBody: requiredText(200),
  term: text(60),
  theme: text(500),
  venue: text(200),
  startDate: isoDate,
  endDate: isoDate,
  language: z.enum(LANGUAGES),
  sittings: z.array(sittingSchema).min(1).max(30),
  quorum: quorumRuleSchema,
  header: documentHeaderSchema,
  /** Party members (or members) the delegates represent; printed in reports. */
  membersRepresented: z.number().int().min(0).max(100_000_000).nullable(),
});
export type CongressSettings = Readonly<z.infer<typeof congressSettingsSchema>>;

export const congressSchema = congressSettingsSchema.extend({ id });
export type Congress = Readonly<z.infer<typeof congressSchema>>;

export function findSitting(congress: Congress | null, sittingId: string): Sitting | undefined {
  return congress?.sittings.find((s) => s.id === sittingId);
}
