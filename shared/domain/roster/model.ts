import { z } from 'zod';
import { id, isoDate, requiredText, text } from '../schema-helpers.js';

export const DELEGATE_CATEGORIES = ['elected', 'exOfficio', 'appointed', 'alternate', 'guest'] as const;
export type DelegateCategory = (typeof DELEGATE_CATEGORIES)[number];

/** Official delegates are summoned and count toward the quorum; alternates and guests do not. */
export const OFFICIAL_CATEGORIES: ReadonlySet<DelegateCategory> = new Set(['elected', 'exOfficio', 'appointed']);

export const GENDERS = ['male', 'female'] as const;
export type Gender = (typeof GENDERS)[number];

export const LIMITS = {
  code: 40,
  fullName: 200,
  organisation: 300,
  text: 300,
  noteKey: 100,
  note: 1000,
  notes: 30,
} as const;

/** What a person or a roster file supplies for one delegate. */
export const delegateFieldsSchema = z.object({
  code: requiredText(LIMITS.code),
  fullName: requiredText(LIMITS.fullName),
  organisation: requiredText(LIMITS.organisation),
  category: z.enum(DELEGATE_CATEGORIES),
  gender: z.enum(GENDERS).nullable(),
  birthYear: z.number().int().min(1900).max(2100).nullable(),
  birthDate: isoDate.nullable(),
  ethnicity: text(LIMITS.text),
  position: text(LIMITS.text),
  partyAdmissionDate: isoDate.nullable(),
  education: text(LIMITS.text),
  politicalTheory: text(LIMITS.text),
  notes: z.record(text(LIMITS.noteKey), text(LIMITS.note)).refine((n) => Object.keys(n).length <= LIMITS.notes, 'too many notes'),
});
export type DelegateFields = Readonly<z.infer<typeof delegateFieldsSchema>>;

export const delegateSchema = delegateFieldsSchema.extend({
  id,
  /** Position in the roster as listed; alternates are seated in this order. */
  listOrder: z.number().int().min(0),
});
export type Delegate = Readonly<z.infer<typeof delegateSchema>>;

export function isOfficial(delegate: Pick<Delegate, 'category'>): boolean {
  return OFFICIAL_CATEGORIES.has(delegate.category);
}

export const EMPTY_DELEGATE_FIELDS: DelegateFields = {
  code: '',
  fullName: '',
  organisation: '',
  category: 'elected',
  gender: null,
  birthYear: null,
  birthDate: null,
  ethnicity: '',
  position: '',
  partyAdmissionDate: null,
  education: '',
  politicalTheory: '',
  notes: {},
};
