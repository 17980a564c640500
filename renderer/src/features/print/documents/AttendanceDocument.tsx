import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/congress/model';
import { attendanceSheet, type OthersPresent, type SheetPresence, type SheetRow, type SheetStanding } from '../../../../../shared/print/documents/attendance';
import { limitRows } from '../../../../../shared/print/documents/lists';
import { formatClock, formatDate, formatNumber, formatPercent } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { localIsoDate } from '../local-date';
import { DelegateTable, type Column } from './DelegateTable';
import { PreviewRowsNote } from './PreviewRowsNote';
import type { DocumentProps } from './types';
import { SignatureBlock } from './SignatureBlock';
import { documentSignature } from '../../../../../shared/domain/signers/select';

function presenceText(presence: SheetPresence, t: TFunction, lang: Language): string {
  switch (presence.kind) {
    case 'present':
      return t('print.attendance.presence.present', { time: formatClock(presence.arrivedAt, lang) });
    case 'left':
      return t('print.attendance.presence.left', { arrived: formatClock(presence.arrivedAt, lang), left: formatClock(presence.leftAt, lang) });
    case 'absent':
      return presence.reason === null ? t('print.attendance.presence.absent') : t('print.attendance.presence.absentWithReason', { reason: presence.reason });
  }
}

/** Why a row counts or not, under the name; nothing for an official delegate who simply counts. */
function standingText(standing: SheetStanding, t: TFunction): string | null {
  switch (standing.kind) {
    case 'official':
      return null;
    case 'seatedAlternate':
      return t('print.attendance.standing.seatedAlternate', { name: standing.replacedName });
    case 'notEligible': {
      const decided =
        standing.reason === null ? t('print.attendance.standing.notEligible') : t('print.attendance.standing.notEligibleWithReason', { reason: standing.reason });
      return standing.alternateName === null ? decided : `${decided}; ${t('print.attendance.standing.replacedToo', { name: standing.alternateName })}`;
    }
    case 'replaced':
      return t('print.attendance.standing.replaced', { name: standing.alternateName });
    case 'alternate':
    case 'guest':
      return t(`print.attendance.standing.${standing.kind}`);
  }
}

function NameCell({ row, t }: { readonly row: SheetRow; readonly t: TFunction }) {
  const note = standingText(row.standing, t);
  return (
    <>
      {row.delegate.fullName}
      {note !== null && (
        <span className="doc-row-note" data-standing={row.standing.kind}>
          {note}
        </span>
      )}
    </>
  );
}

const OTHER_KINDS = ['guest', 'alternate', 'notEligible', 'replaced'] as const;

function othersText(others: OthersPresent, t: TFunction, lang: Language): string {
  const count = OTHER_KINDS.reduce((n, kind) => n + others[kind], 0);
  const detail = OTHER_KINDS.filter((kind) => others[kind] > 0)
    .map((kind) => t(`print.attendance.totals.othersKind.${kind}`, { count: formatNumber(others[kind], lang) }))
    .join('; ');
  return detail === ''
    ? t('print.attendance.totals.others', { count: formatNumber(count, lang) })
    : t('print.attendance.totals.othersDetail', { count: formatNumber(count, lang), detail });
}

/**
 * The attendance sheet of a sitting: every summoned delegate with the presence the check-in desk
 * recorded (arrival time, or absence with its reason), seated alternates marked with whom they
 * replace, an optional column to sign; then everyone who does not count (alternates not seated,
 * guests, delegates found not eligible or replaced) with why; then the totals and the quorum with
 * the rules used, the same figures as the check-in desk's.
 */
export function AttendanceDocument({ request, state, congress, t, rowLimit, now }: DocumentProps<'attendance'>) {
  const { lang, options } = request;
  const sheet = useMemo(() => attendanceSheet(state, options), [state, options]);
  const summoned = limitRows(sheet.summoned, rowLimit ?? Infinity);
  const others = limitRows(sheet.others, Math.max(0, (rowLimit ?? Infinity) - summoned.shown));
  const columns: Column<SheetRow>[] = [
    { key: 'no', header: t('print.table.no'), className: 'col-no', cell: (r) => r.no },
    { key: 'code', header: t('roster.fields.code'), className: 'col-code', cell: (r) => r.delegate.code },
    { key: 'name', header: t('roster.fields.fullName'), className: 'col-name', cell: (r) => <NameCell row={r} t={t} /> },
    ...(options.order === 'name'
      ? [{ key: 'organisation', header: t('roster.fields.organisation'), className: 'col-organisation', cell: (r: SheetRow) => r.delegate.organisation }]
      : []),
    {
      key: 'presence',
      header: t('print.table.presence'),
      className: 'col-presence',
      cell: (r) => <span data-presence={r.presence.kind}>{presenceText(r.presence, t, lang)}</span>,
    },
    ...(options.signature ? [{ key: 'signature', header: t('print.table.signature'), className: 'col-signature', cell: () => '' }] : []),
  ];
  const { summary, quorum, sitting } = sheet;
  const percent = summary.summoned === 0 ? '—' : formatPercent(summary.present / summary.summoned, lang);
  return (
    <DocumentFrame
      t={t}
      lang={lang}
      congress={congress}
      title={t('print.documents.attendance.title')}
      subtitle={[congress.name, t('print.attendance.sitting', { sitting: sitting.title, start: sitting.start, end: sitting.end })]}
      date={sitting.date}
      testId="document-attendance"
    >
      <DelegateTable kind="attendance" columns={columns} groups={summoned.groups} testId="attendance-table" />
      {others.total > 0 && others.groups.length > 0 && (
        <section className="doc-section">
          <h2 className="doc-section-title">{t('print.attendance.othersTitle')}</h2>
          <p className="doc-note">{t('print.attendance.othersNote')}</p>
          <DelegateTable kind="attendance" columns={columns} groups={others.groups} testId="attendance-others" />
        </section>
      )}
      <PreviewRowsNote t={t} shown={summoned.shown + others.shown} total={summoned.total + others.total} />
      {/* The totals and the signature stay on one page: never a signature alone. */}
      <div className="doc-closing">
        <section className="doc-totals" data-testid="attendance-totals">
          <h2 className="doc-section-title">{t('print.attendance.totals.title')}</h2>
          <p className="doc-note">{t('print.attendance.totals.asOf', { time: formatClock(now.toISOString(), lang), date: formatDate(localIsoDate(now), lang) })}</p>
          <ul>
            <li>
              {sheet.seatedAlternates === 0
                ? t('print.attendance.totals.summoned', { count: formatNumber(summary.summoned, lang) })
                : t('print.attendance.totals.summonedWithAlternates', { count: formatNumber(summary.summoned, lang), seated: formatNumber(sheet.seatedAlternates, lang) })}
            </li>
            <li>{t('print.attendance.totals.present', { count: formatNumber(summary.present, lang), percent })}</li>
            <li>
              {t('print.attendance.totals.absent', {
                count: formatNumber(summary.absent, lang),
                withReason: formatNumber(summary.absentWithReason, lang),
                withoutReason: formatNumber(summary.absentWithoutReason, lang),
              })}
            </li>
            <li>{othersText(sheet.othersPresent, t, lang)}</li>
          </ul>
          <p>{t(`print.attendance.totals.rule.${quorum.rule.comparison}`, { numerator: quorum.rule.numerator, denominator: quorum.rule.denominator, required: formatNumber(quorum.required, lang) })}</p>
          <p className="doc-verdict" data-met={quorum.met}>
            <strong>{quorum.met ? t('print.attendance.totals.met') : t('print.attendance.totals.notMet', { missing: formatNumber(quorum.missing, lang) })}</strong>
          </p>
          <p className="doc-rule-note">{t('credentials.rule.summoned')}</p>
        </section>
        <section className="doc-signatures">
          <SignatureBlock signature={documentSignature(state, 'attendance', lang)} hint={t('print.attendance.signHint')} testId="attendance-signature" />
        </section>
      </div>
    </DocumentFrame>
  );
}
