import { z } from 'zod';
import type { Decide } from '../decision.js';
import { requireCongress, requireSitting } from '../decision.js';
import { DeskError } from '../errors.js';
import { id, text } from '../schema-helpers.js';
import { LANGUAGES } from '../congress/model.js';
import type { SessionState } from '../state.js';
import type { Delegate } from '../roster/model.js';
import {
  CREDENTIAL_STATUSES,
  LIMITS,
  SEATING_REASONS,
  bandBoundsSchema,
  isBuiltInCheck,
  memberName,
  multilineText,
  snapshotLabel,
  type CredentialsSettings,
} from './model.js';
import type { ReportSnapshot, Seating } from './state.js';
import { documentSignerSchema, type DocumentSigner } from '../signers/model.js';
import { keptSigner, sameSigner } from '../signers/signer.js';
import { credentialOf, credentialsSettings, hasCredentials } from './standing.js';
import { lastSeatedOf, nextAlternate, seatingRefusal } from './alternates.js';
import { credentialsFigures } from './report.js';
import { defaultReportTemplate } from './default-template.js';
import { defaultSignerCapacity, reportSignature } from './signer.js';

function requireSubject(state: SessionState, delegateId: string): Delegate {
  const delegate = state.roster.delegates.get(delegateId);
  if (!delegate) throw new DeskError('delegate.unknown');
  if (!hasCredentials(delegate)) throw new DeskError('credentials.guest', { name: delegate.fullName });
  return delegate;
}

// --- settings ------------------------------------------------------------------------------------

export const credentialsSettingsInput = z.object({
  /** Items as the form sends them: new items have no id yet; a built-in item keeps its id and no label. */
  checklist: z
    .array(z.object({ id: id.optional(), label: text(LIMITS.checkLabel).nullable() }))
    .max(LIMITS.checklist),
  ageBands: bandBoundsSchema,
  membershipBands: bandBoundsSchema,
});

export const setCredentialsSettings: Decide<z.infer<typeof credentialsSettingsInput>, CredentialsSettings> = (state, input, context) => {
  requireCongress(state);
  const checklist = input.checklist.map((item) => {
    if (item.label === null || item.label === '') {
      if (item.id === undefined || !isBuiltInCheck(item.id)) throw new DeskError('credentials.checkLabel');
      return { id: item.id, label: null };
    }
    return { id: item.id ?? context.newId(), label: item.label };
  });
  if (new Set(checklist.map((c) => c.id)).size !== checklist.length) throw new DeskError('credentials.checkLabel');
  const settings: CredentialsSettings = { checklist, ageBands: input.ageBands, membershipBands: input.membershipBands };
  return { events: [{ type: 'credentials.settingsSet', payload: { settings } }], result: settings };
};

// --- checklist and decisions ---------------------------------------------------------------------

export const markCheckInput = z.object({
  delegateIds: z.array(id).min(1).max(LIMITS.batch),
  itemId: id,
  checked: z.boolean(),
  member: memberName,
});

/** Ticks or clears one checklist item for one delegate or several; those already so are left alone. */
export const markCheck: Decide<z.infer<typeof markCheckInput>, { readonly changed: number }> = (state, input) => {
  if (!credentialsSettings(state).checklist.some((item) => item.id === input.itemId)) throw new DeskError('credentials.unknownCheck');
  const changed = [...new Set(input.delegateIds)].filter((delegateId) => {
    requireSubject(state, delegateId);
    return credentialOf(state, delegateId).checks.includes(input.itemId) !== input.checked;
  });
  if (changed.length === 0) return { events: [], result: { changed: 0 } };
  return {
    events: [{ type: 'credentials.checkMarked', payload: { delegateIds: changed, itemId: input.itemId, checked: input.checked, member: input.member } }],
    result: { changed: changed.length },
  };
};

export const decideCredentialsInput = z.object({
  delegateIds: z.array(id).min(1).max(LIMITS.batch),
  status: z.enum(CREDENTIAL_STATUSES),
  reason: text(LIMITS.reason).nullable(),
  member: memberName,
});

/**
 * One decision for one delegate or a selection. Every status but verified needs a reason. Delegates
 * whose status and reason are already these are left alone, so repeating a bulk decision writes nothing.
 */
export const decideCredentials: Decide<z.infer<typeof decideCredentialsInput>, { readonly changed: number }> = (state, input) => {
  const reason = input.reason === '' ? null : input.reason;
  if (input.status !== 'verified' && reason === null) throw new DeskError('credentials.reasonRequired');
  const changed: string[] = [];
  const seen = new Set<string>();
  for (const delegateId of input.delegateIds) {
    if (seen.has(delegateId)) continue;
    seen.add(delegateId);
    requireSubject(state, delegateId);
    const record = credentialOf(state, delegateId);
    if (record.status !== input.status || record.reason !== reason) changed.push(delegateId);
  }
  if (changed.length === 0) return { events: [], result: { changed: 0 } };
  return {
    events: [{ type: 'credentials.decided', payload: { delegateIds: changed, status: input.status, reason, member: input.member } }],
    result: { changed: changed.length },
  };
};

// --- alternates ----------------------------------------------------------------------------------

export const seatAlternateInput = z.object({
  replacedId: id,
  /** The alternate the committee saw proposed: must still be the next in the listed order. */
  alternateId: id,
  reason: z.enum(SEATING_REASONS),
  note: text(LIMITS.reason),
  member: memberName,
});

export const seatAlternate: Decide<z.infer<typeof seatAlternateInput>, Seating> = (state, input, context) => {
  requireCongress(state);
  const replaced = state.roster.delegates.get(input.replacedId);
  if (!replaced) throw new DeskError('delegate.unknown');
  const refusal = seatingRefusal(state, replaced, input.reason);
  if (refusal) throw new DeskError(refusal, { name: replaced.fullName, organisation: replaced.organisation });
  const next = nextAlternate(state, replaced.organisation);
  if (!next || next.id !== input.alternateId) throw new DeskError('alternate.notNext', { name: next?.fullName ?? '' });
  const { replacedId, alternateId, reason, note, member } = input;
  return {
    events: [{ type: 'alternate.seated', payload: { alternateId, replacedId, reason, note, member } }],
    result: { alternateId, replacedId, reason, note, member, at: context.now, seq: state.seq + 1 },
  };
};

export const unseatAlternateInput = z.object({ alternateId: id, note: text(LIMITS.reason), member: memberName });

export const unseatAlternate: Decide<z.infer<typeof unseatAlternateInput>, Seating> = (state, input) => {
  const seating = state.credentials.seatings.get(input.alternateId);
  const alternate = state.roster.delegates.get(input.alternateId);
  if (!seating || !alternate) throw new DeskError('alternate.notSeated');
  const last = lastSeatedOf(state, alternate.organisation);
  if (last !== alternate.id) {
    throw new DeskError('alternate.notLast', { name: state.roster.delegates.get(last ?? '')?.fullName ?? '' });
  }
  return { events: [{ type: 'alternate.unseated', payload: input }], result: seating };
};

// --- the report ----------------------------------------------------------------------------------

export const reportTemplateInput = z.object({ language: z.enum(LANGUAGES), template: multilineText(LIMITS.template).nullable() });

export const setReportTemplate: Decide<z.infer<typeof reportTemplateInput>, null> = (state, input) => {
  requireCongress(state);
  const current = state.credentials.templates.get(input.language) ?? null;
  const template = input.template === defaultReportTemplate(input.language) ? null : input.template;
  if (current === template) return { events: [], result: null };
  return { events: [{ type: 'credentials.reportTemplateSet', payload: { language: input.language, template } }], result: null };
};

export const freezeReportInput = z.object({ sittingId: id.nullable(), language: z.enum(LANGUAGES), label: snapshotLabel });

/** Keeps the figures and the wording as they stand now, to print later unchanged. */
export const freezeReport: Decide<z.infer<typeof freezeReportInput>, ReportSnapshot> = (state, input, context) => {
  requireCongress(state);
  if (input.sittingId !== null) requireSitting(state, input.sittingId);
  const figures = credentialsFigures(state, input.sittingId);
  const template = state.credentials.templates.get(input.language) ?? defaultReportTemplate(input.language);
  // The signer is part of the document's text: frozen with the wording, in the report's language.
  const signature = reportSignature(state, input.language);
  const snapshotId = context.newId();
  return {
    events: [{ type: 'credentials.reportFrozen', payload: { snapshotId, label: input.label, language: input.language, figures, template, signature } }],
    result: { id: snapshotId, seq: state.seq + 1, at: context.now, actor: '', label: input.label, language: input.language, figures, template, signature },
  };
};

export const reportSignerInput = documentSignerSchema;

/**
 * Who signs the report. Capacity lines equal to a language's standard lines are kept as "standard"
 * (null), so they follow the standard wording; setting what is already set writes nothing.
 */
export const setReportSigner: Decide<z.infer<typeof reportSignerInput>, DocumentSigner> = (state, input) => {
  requireCongress(state);
  const signer = keptSigner(input, defaultSignerCapacity);
  const current = state.credentials.signer;
  if (sameSigner(current, signer)) return { events: [], result: current };
  return { events: [{ type: 'credentials.signerSet', payload: { signer } }], result: signer };
};

