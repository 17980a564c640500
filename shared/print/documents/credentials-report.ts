import type { SessionState } from '../../domain/state.js';
import type { Language } from '../../domain/congress/model.js';
import { DeskError } from '../../domain/errors.js';
import type { BandShare, CredentialsFigures, PersonFigure, Share } from '../../domain/credentials/figures.js';
import { credentialsFigures } from '../../domain/credentials/report.js';
import { defaultReportTemplate } from '../../domain/credentials/default-template.js';
import type { SignatureBlock } from '../../domain/signers/model.js';
import { reportSignature, snapshotSignature } from '../../domain/credentials/signer.js';
import { fillReportTemplate } from '../../credentials/template.js';
import { bandLabel, shareLabel, word, type ShareDimension } from '../../credentials/labels.js';
import { formatDate, formatNumber } from '../../i18n/format.js';
import type { PrintOptions } from '../registry.js';
import { resolveSitting } from './attendance.js';

/** One line of a printed table of figures: a part of the table's whole. */
export interface ReportLine {
  readonly label: string;
  readonly count: number;
  /** The share of the whole in tenths of a percent; the lines of a table add up to 1000. */
  readonly permille: number;
}

export const REPORT_TABLES = ['attendance', 'verification', 'category', 'gender', 'ethnicity', 'age', 'education', 'politicalTheory', 'membership'] as const;
export type ReportTableKey = (typeof REPORT_TABLES)[number];

/** A table of the report's appendix: its lines, their total, and lines of text under it (youngest, oldest…). */
export interface ReportTable {
  readonly key: ReportTableKey;
  readonly title: string;
  readonly lines: readonly ReportLine[];
  readonly total: number;
  readonly notes: readonly string[];
}

/** Where the figures come from: computed now, or frozen at a moment and printed unchanged. */
export type ReportSource =
  | { readonly kind: 'live'; readonly sittingId: string }
  | { readonly kind: 'snapshot'; readonly id: string; readonly label: string; readonly at: string };

/**
 * BÁO CÁO THẨM TRA TƯ CÁCH ĐẠI BIỂU as printed: the committee's wording with the figures filled
 * in, then the figures themselves as tables with numbers and percentages. A frozen snapshot prints
 * its own figures and wording, whatever happened since.
 */
export interface CredentialsReportDocument {
  readonly source: ReportSource;
  readonly figures: CredentialsFigures;
  readonly paragraphs: readonly string[];
  /** Placeholders in the wording that the report does not know: printed as written. */
  readonly unknownPlaceholders: readonly string[];
  /** The date of the place-and-date line: the day of the sitting the figures are for. */
  readonly date: string;
  readonly tables: readonly ReportTable[];
  /** The signature block: the capacity lines, then the signer's name (empty: room to write it by hand). */
  readonly signature: SignatureBlock;
}

export function credentialsReportDocument(state: SessionState, options: PrintOptions<'credentials-report'>, language: Language): CredentialsReportDocument {
  const congress = state.congress;
  if (!congress) throw new DeskError('congress.none');
  let source: ReportSource;
  let figures: CredentialsFigures;
  let template: string;
  let signature: SignatureBlock;
  if (options.snapshot !== null) {
    const snapshot = state.credentials.snapshots.find((s) => s.id === options.snapshot);
    if (!snapshot) throw new DeskError('print.snapshotUnknown', { id: options.snapshot });
    source = { kind: 'snapshot', id: snapshot.id, label: snapshot.label, at: snapshot.at };
    figures = snapshot.figures;
    template = snapshot.template;
    signature = snapshotSignature(snapshot);
  } else {
    const sitting = resolveSitting(state, options.sitting);
    source = { kind: 'live', sittingId: sitting.id };
    figures = credentialsFigures(state, sitting.id);
    template = state.credentials.templates.get(language) ?? defaultReportTemplate(language);
    signature = reportSignature(state, language);
  }
  const filled = fillReportTemplate(template, figures, language);
  const sittingDate = congress.sittings.find((s) => s.id === figures.sittingId)?.date;
  return {
    source,
    figures,
    paragraphs: filled.paragraphs,
    unknownPlaceholders: filled.unknown,
    date: sittingDate ?? figures.congressDate,
    tables: reportTables(figures, language),
    signature,
  };
}

/** The tables of the appendix, every label in the language, in the order the report reads them. */
export function reportTables(figures: CredentialsFigures, language: Language): ReportTable[] {
  const w = (key: string, values: Readonly<Record<string, string | number>> = {}) => word(language, `credentials.report.${key}`, values);
  const n = (value: number) => formatNumber(value, language);
  const shares = (dimension: ShareDimension, list: readonly Share[]): ReportLine[] =>
    list.map((s) => ({ label: shareLabel(dimension, s.key, language), count: s.count, permille: s.permille }));
  const bands = (kind: 'age' | 'membership', list: readonly BandShare[]): ReportLine[] =>
    list.map((b) => ({ label: bandLabel(kind, b, language), count: b.count, permille: b.permille }));
  const person = (label: string, p: PersonFigure | null, key: 'personAge' | 'personMembership') =>
    `${label}: ${p === null ? w('none') : w(key, { name: p.fullName, organisation: p.organisation, years: n(p.years) })}`;
  const table = (key: ReportTableKey, title: string, lines: readonly ReportLine[], notes: readonly string[] = []): ReportTable => ({
    key,
    title,
    lines,
    total: lines.reduce((sum, l) => sum + l.count, 0),
    notes,
  });
  const c = figures.composition;
  const date = formatDate(figures.congressDate, language);
  return [
    table('attendance', w('attendance'), shares('attendance', figures.attendance)),
    table('verification', w('verification'), shares('verification', figures.verification)),
    table('category', w('category'), shares('category', c.category)),
    table('gender', w('gender'), shares('gender', c.gender)),
    table(
      'ethnicity',
      w('ethnicity'),
      shares('ethnicity', c.ethnicity),
      c.minorities.length === 0 ? [] : [c.minorities.map((m) => `${m.name}: ${n(m.count)}`).join('; ')],
    ),
    table('age', w('age', { date }), bands('age', c.age), [person(w('youngest'), c.youngest, 'personAge'), person(w('oldest'), c.oldest, 'personAge')]),
    table('education', w('education'), shares('education', c.education)),
    table('politicalTheory', w('theory'), shares('politicalTheory', c.politicalTheory)),
    table('membership', w('membership', { date }), bands('membership', c.membership), [person(w('longestServing'), c.longestServing, 'personMembership')]),
  ];
}
