import type { Language } from '../domain/congress/model.js';
import type { BandShare, CredentialsFigures, PersonFigure, Share } from '../domain/credentials/figures.js';
import { formatDate, formatNumber, formatPercent } from '../i18n/format.js';
import { bandLabel, shareLabel, word, type ShareDimension } from './labels.js';

// The committee's wording of the report: plain text with placeholders in single braces
// ({present}, {womenPercent}) that the figures fill in. One line is one paragraph; blank lines are
// ignored. A placeholder the report does not know is left as written and named, so a typo shows.

export const PLACEHOLDERS = [
  'congressName',
  'date',
  'sitting',
  'membersRepresented',
  'official',
  'summoned',
  'present',
  'presentPercent',
  'absent',
  'absentWithReason',
  'absentWithoutReason',
  'absentees',
  'verified',
  'verifiedPercent',
  'challenged',
  'pending',
  'notEligible',
  'notEligibleList',
  'alternatesSeated',
  'alternatesList',
  'elected',
  'exOfficio',
  'appointed',
  'women',
  'womenPercent',
  'minority',
  'minorityPercent',
  'minorityList',
  'ageBands',
  'youngest',
  'oldest',
  'educationList',
  'theoryList',
  'membershipBands',
  'longestServing',
] as const;
export type Placeholder = (typeof PLACEHOLDERS)[number];

export interface FilledReport {
  readonly paragraphs: readonly string[];
  /** Placeholders in the wording that the report does not know, in order of appearance. */
  readonly unknown: readonly string[];
}

const PLACEHOLDER = /\{([A-Za-z]+)\}/g;

function isPlaceholder(value: string): value is Placeholder {
  return (PLACEHOLDERS as readonly string[]).includes(value);
}

function countOf(list: readonly Share[], key: string): number {
  return list.find((s) => s.key === key)?.count ?? 0;
}

function permilleOfKey(list: readonly Share[], key: string): number {
  return list.find((s) => s.key === key)?.permille ?? 0;
}

/** The values of every placeholder for these figures, written in the language. */
export function placeholderValues(figures: CredentialsFigures, language: Language): Readonly<Record<Placeholder, string>> {
  const n = (value: number) => formatNumber(value, language);
  const pct = (permille: number) => formatPercent(permille / 1000, language);
  const none = word(language, 'credentials.template.words.none');
  const list = (items: readonly string[]) => (items.length === 0 ? none : items.join('; '));
  const person = (p: PersonFigure | null, unit: 'age' | 'membership') =>
    p === null
      ? none
      : word(language, `credentials.template.words.${unit === 'age' ? 'personAge' : 'personMembership'}`, {
          name: p.fullName,
          organisation: p.organisation,
          years: n(p.years),
        });
  const shareList = (dimension: ShareDimension, items: readonly Share[]) =>
    list(items.map((s) => word(language, 'credentials.template.words.share', { label: shareLabel(dimension, s.key, language), count: n(s.count), percent: pct(s.permille) })));
  const bandList = (kind: 'age' | 'membership', items: readonly BandShare[]) =>
    list(items.map((b) => word(language, 'credentials.template.words.share', { label: bandLabel(kind, b, language), count: n(b.count), percent: pct(b.permille) })));
  const c = figures.composition;
  const absent = figures.summoned - countOf(figures.attendance, 'present');
  return {
    congressName: figures.congressName,
    date: formatDate(figures.congressDate, language),
    sitting: figures.sittingTitle === '' ? word(language, 'credentials.template.words.noSitting') : figures.sittingTitle,
    membersRepresented: figures.membersRepresented === null ? none : n(figures.membersRepresented),
    official: n(figures.roster.official),
    summoned: n(figures.summoned),
    present: n(countOf(figures.attendance, 'present')),
    presentPercent: pct(permilleOfKey(figures.attendance, 'present')),
    absent: n(absent),
    absentWithReason: n(countOf(figures.attendance, 'absentWithReason')),
    absentWithoutReason: n(countOf(figures.attendance, 'absentWithoutReason')),
    absentees: list(
      figures.absentees.map((a) =>
        a.reason === null
          ? word(language, 'credentials.template.words.absentee', { name: a.fullName, organisation: a.organisation })
          : word(language, 'credentials.template.words.absenteeWithReason', { name: a.fullName, organisation: a.organisation, reason: a.reason }),
      ),
    ),
    verified: n(countOf(figures.verification, 'verified')),
    verifiedPercent: pct(permilleOfKey(figures.verification, 'verified')),
    challenged: n(countOf(figures.verification, 'challenged')),
    pending: n(countOf(figures.verification, 'pending')),
    notEligible: n(figures.notEligible.length),
    notEligibleList: list(
      figures.notEligible.map((p) => word(language, 'credentials.template.words.decided', { name: p.fullName, organisation: p.organisation, reason: p.reason })),
    ),
    alternatesSeated: n(figures.alternatesSeated.length),
    alternatesList: list(
      figures.alternatesSeated.map((s) =>
        word(language, 'credentials.template.words.seating', {
          alternate: s.alternateName,
          replaced: s.replacedName,
          organisation: s.organisation,
          reason: word(language, `credentials.alternates.reason.${s.reason}`),
        }),
      ),
    ),
    elected: n(countOf(c.category, 'elected')),
    exOfficio: n(countOf(c.category, 'exOfficio')),
    appointed: n(countOf(c.category, 'appointed')),
    women: n(countOf(c.gender, 'female')),
    womenPercent: pct(permilleOfKey(c.gender, 'female')),
    minority: n(countOf(c.ethnicity, 'minority')),
    minorityPercent: pct(permilleOfKey(c.ethnicity, 'minority')),
    minorityList: list(c.minorities.map((m) => word(language, 'credentials.template.words.named', { name: m.name, count: n(m.count) }))),
    ageBands: bandList('age', c.age),
    youngest: person(c.youngest, 'age'),
    oldest: person(c.oldest, 'age'),
    educationList: shareList('education', c.education),
    theoryList: shareList('politicalTheory', c.politicalTheory),
    membershipBands: bandList('membership', c.membership),
    longestServing: person(c.longestServing, 'membership'),
  };
}

/** The report's paragraphs: the wording with every known placeholder filled from the figures. */
export function fillReportTemplate(template: string, figures: CredentialsFigures, language: Language): FilledReport {
  const values = placeholderValues(figures, language);
  const unknown: string[] = [];
  const paragraphs = template
    .split(/\r\n?|\n/)
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) =>
      line.replace(PLACEHOLDER, (whole, key: string) => {
        if (isPlaceholder(key)) return values[key];
        if (!unknown.includes(key)) unknown.push(key);
        return whole;
      }),
    );
  return { paragraphs, unknown };
}
