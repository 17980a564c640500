import { z } from 'zod';
import { LANGUAGES } from './domain/congress/model.js';
import { DEFAULT_MARGINS, pageMarginsSchema } from './print/page.js';
import { text } from './domain/schema-helpers.js';

/**
 * Preferences of this desk (not of a congress): kept by electron-store (conf under plain Node).
 * Session data never goes here; it lives in the session journal.
 */
export const preferencesSchema = z.object({
  language: z.enum(LANGUAGES).default('vi'),
  sounds: z.boolean().default(true),
  recentFiles: z.array(z.string().max(4096)).max(10).default([]),
  /** Offered the demo congress once, on first start. */
  welcomed: z.boolean().default(false),
  /** The printer last printed to (its system name); offered first next time. */
  printer: z.string().min(1).max(300).nullable().default(null),
  /** Margins of printed documents on this desk, in millimetres. */
  printMargins: pageMarginsSchema.default(DEFAULT_MARGINS),
  /** The screen the hall display was last shown on (desktop app). */
  hallScreenId: z.number().int().nullable().default(null),
  /** The credentials committee member who records decisions at this desk: typed once, remembered. */
  committeeMember: z.string().max(80).default(''),
});
export type Preferences = Readonly<z.infer<typeof preferencesSchema>>;

export const preferencesPatchSchema = z.object({
  language: z.enum(LANGUAGES).optional(),
  sounds: z.boolean().optional(),
  welcomed: z.boolean().optional(),
  printer: z.string().min(1).max(300).optional(),
  printMargins: pageMarginsSchema.optional(),
  hallScreenId: z.number().int().nullable().optional(),
  committeeMember: text(80).optional(),
});
export type PreferencesPatch = z.infer<typeof preferencesPatchSchema>;

export const DEFAULT_PREFERENCES: Preferences = preferencesSchema.parse({});
