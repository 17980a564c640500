import { z } from 'zod';
import { id, requiredText, text } from '../schema-helpers.js';
import { SIGNER_LIMITS } from '../signers/model.js';

/** Where the committee stands on one delegate's credentials. Every delegate starts pending. */
export const CREDENTIAL_STATUSES = ['pending', 'verified', 'challenged', 'notEligible'] as const;
export type CredentialStatus = (typeof CREDENTIAL_STATUSES)[number];

/**
 * The documents and conditions the committee checks by default. Their wording comes from the
 * locale files (`credentials.checklist.<id>`); a congress may add its own items with its own text.
 */
export const BUILT_IN_CHECKS = ['electionRecord', 'membership', 'notDisciplined', 'identity'] as const;
export type BuiltInCheck = (typeof BUILT_IN_CHECKS)[number];

export function isBuiltInCheck(value: string): value is BuiltInCheck {
  return (BUILT_IN_CHECKS as readonly string[]).includes(value);
}

export const LIMITS = {
  member: 80,
  reason: 500,
  checkLabel: 200,
  checklist: 20,
  bands: 10,
  template: 20_000,
  snapshotLabel: 120,
  batch: 20_000,
  signerName: SIGNER_LIMITS.name,
} as const;

/** One line of the checklist: a built-in item has no label of its own (null), a congress's own item has one. */
export const checklistItemSchema = z.object({ id, label: requiredText(LIMITS.checkLabel).nullable() });
export type ChecklistItem = Readonly<z.infer<typeof checklistItemSchema>>;

/** Lower bounds of the bands after the first, strictly rising: [35, 51, 61] is under 35, 35–50, 51–60, 61 and over. */
export const bandBoundsSchema = z
  .array(z.number().int().min(1).max(120))
  .max(LIMITS.bands)
  .refine((bounds) => bounds.every((b, i) => i === 0 || b > (bounds[i - 1] ?? 0)), 'bounds must rise');

export const credentialsSettingsSchema = z.object({
  checklist: z.array(checklistItemSchema).max(LIMITS.checklist),
  /** Age bands of the report, in years reached at the congress date. */
  ageBands: bandBoundsSchema,
  /** Bands of years of party membership at the congress date. */
  membershipBands: bandBoundsSchema,
});
export type CredentialsSettings = Readonly<z.infer<typeof credentialsSettingsSchema>>;

export const DEFAULT_CREDENTIALS_SETTINGS: CredentialsSettings = {
  checklist: BUILT_IN_CHECKS.map((check) => ({ id: check, label: null })),
  ageBands: [35, 51, 61],
  membershipBands: [10, 20, 30],
};

/** The committee member who decided: typed once at the desk, written into each decision. */
export const memberName = requiredText(LIMITS.member);
export const reasonText = requiredText(LIMITS.reason);

/** Why an alternate takes an official delegate's seat. */
export const SEATING_REASONS = ['notEligible', 'absent'] as const;
export type SeatingReason = (typeof SEATING_REASONS)[number];

const LINE_BREAKS = /\r\n?|\u2028|\u2029/g;
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/g;

/**
 * Text with paragraphs (the report's wording): NFC, one kind of line break, no invisible marks, no
 * trailing spaces, at most one blank line between paragraphs. Unlike `text`, line breaks are kept.
 */
export function cleanMultiline(input: string): string {
  return input
    .normalize('NFC')
    .replace(INVISIBLE, '')
    .replace(LINE_BREAKS, '\n')
    .split('\n')
    .map((line) => line.replace(/[ \t\f\v]+/g, ' ').trimEnd())
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

export const multilineText = (max: number) =>
  z.string().max(max * 4).transform(cleanMultiline).pipe(z.string().min(1).max(max));

export const snapshotLabel = text(LIMITS.snapshotLabel);

// The signature block of the report is a document signer (`../signers/model.ts`), set by the committee.
