import { z } from 'zod';
import { requiredText, text } from '../schema-helpers.js';

/**
 * The document signer: who signs a printed document under its signature block, as the desk set it.
 * The credentials report has one (set by the committee); each secretariat document has its own.
 */
export const SIGNER_LIMITS = { name: 80, capacityLine: 120, capacityLines: 4 } as const;

/**
 * The capacity lines over the signature ("T/M BAN THẨM TRA TƯ CÁCH ĐẠI BIỂU", "TRƯỞNG BAN";
 * "ĐOÀN THƯ KÝ ĐẠI HỘI"), as they print, one line each.
 */
export const capacityLinesSchema = z.array(requiredText(SIGNER_LIMITS.capacityLine)).min(1).max(SIGNER_LIMITS.capacityLines);

/**
 * A document signer: the signer's full name (empty: written by hand under the signature) and the
 * capacity lines per language (null: the standard lines of that document in that language). The
 * name is a person's and the same in every language.
 */
export const documentSignerSchema = z.object({
  name: text(SIGNER_LIMITS.name),
  capacity: z.object({ vi: capacityLinesSchema.nullable(), en: capacityLinesSchema.nullable() }),
});
export type DocumentSigner = Readonly<z.infer<typeof documentSignerSchema>>;

/** No name, the standard lines: how every signature block prints until a signer is set. */
export const UNSET_SIGNER: DocumentSigner = { name: '', capacity: { vi: null, en: null } };

/** The signature block as printed in one language: the capacity lines, then the name (empty: left blank). */
export const signatureBlockSchema = z.object({ capacity: capacityLinesSchema, name: text(SIGNER_LIMITS.name) });
export type SignatureBlock = Readonly<z.infer<typeof signatureBlockSchema>>;

/** The secretariat's documents that end with its signature block; each has its own signer. */
export const SECRETARIAT_DOCUMENTS = ['speech-log', 'attendance'] as const;
export type SecretariatDocument = (typeof SECRETARIAT_DOCUMENTS)[number];
