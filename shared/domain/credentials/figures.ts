import { z } from 'zod';
import { id, isoDate, isoInstant } from '../schema-helpers.js';
import { DELEGATE_CATEGORIES } from '../roster/model.js';
import { SEATING_REASONS } from './model.js';

// The figures of the credentials report as plain data: computed live from the state, frozen into
// the journal at a moment, and read by the screen and by printed documents alike. A share is in
// tenths of a percent (permille) so that shares of one whole add up exactly (see `largestRemainder`).

const count = z.number().int().min(0);
const name = z.string().max(1200);

/** One part of a whole: a known key (a category, a level) or `other:<text as written>`, or `unknown`. */
export const shareSchema = z.object({ key: z.string().max(1300), count, permille: count });
export type Share = Readonly<z.infer<typeof shareSchema>>;

/** A band of years: from and to are inclusive; null is open. `unknown` counts those without the date. */
export const bandShareSchema = z.object({
  kind: z.enum(['band', 'unknown']),
  from: count.nullable(),
  to: count.nullable(),
  count,
  permille: count,
});
export type BandShare = Readonly<z.infer<typeof bandShareSchema>>;

export const personFigureSchema = z.object({
  delegateId: id,
  code: name,
  fullName: name,
  organisation: name,
  /** Age or years of membership at the congress date. */
  years: count,
});
export type PersonFigure = Readonly<z.infer<typeof personFigureSchema>>;

export const decidedPersonSchema = z.object({ delegateId: id, code: name, fullName: name, organisation: name, reason: z.string().max(2000) });
export type DecidedPerson = Readonly<z.infer<typeof decidedPersonSchema>>;

export const absenteeSchema = z.object({ delegateId: id, code: name, fullName: name, organisation: name, reason: z.string().max(2000).nullable() });
export type Absentee = Readonly<z.infer<typeof absenteeSchema>>;

export const seatingFigureSchema = z.object({
  alternateId: id,
  alternateCode: name,
  alternateName: name,
  replacedId: id,
  replacedCode: name,
  replacedName: name,
  organisation: name,
  reason: z.enum(SEATING_REASONS),
  note: z.string().max(2000),
  at: isoInstant,
});
export type SeatingFigure = Readonly<z.infer<typeof seatingFigureSchema>>;

export const organisationFigureSchema = z.object({ organisation: name, summoned: count, verified: count, permille: count });
export type OrganisationFigure = Readonly<z.infer<typeof organisationFigureSchema>>;

export const credentialsFiguresSchema = z.object({
  congressName: name,
  congressDate: isoDate,
  membersRepresented: count.nullable(),
  sittingId: id.nullable(),
  sittingTitle: name,
  roster: z.object({ official: count, alternates: count, guests: count }),
  /** Who counts, by the rule of `isSummoned`. */
  summoned: count,
  /** Present, absent with reason, absent without reason: shares of the summoned. */
  attendance: z.array(shareSchema),
  absentees: z.array(absenteeSchema),
  /** Verified, challenged, pending: shares of the summoned. */
  verification: z.array(shareSchema),
  notEligible: z.array(decidedPersonSchema),
  challenged: z.array(decidedPersonSchema),
  alternatesSeated: z.array(seatingFigureSchema),
  composition: z.object({
    /** The verified delegates: every share below is of this number. */
    base: count,
    category: z.array(shareSchema),
    gender: z.array(shareSchema),
    ethnicity: z.array(shareSchema),
    /** Each ethnic minority by name, largest first. */
    minorities: z.array(z.object({ name, count })),
    age: z.array(bandShareSchema),
    youngest: personFigureSchema.nullable(),
    oldest: personFigureSchema.nullable(),
    education: z.array(shareSchema),
    politicalTheory: z.array(shareSchema),
    membership: z.array(bandShareSchema),
    longestServing: personFigureSchema.nullable(),
    organisations: z.array(organisationFigureSchema),
  }),
});
export type CredentialsFigures = Readonly<z.infer<typeof credentialsFiguresSchema>>;

export const REPORT_CATEGORIES = DELEGATE_CATEGORIES.filter((c) => c !== 'guest');
