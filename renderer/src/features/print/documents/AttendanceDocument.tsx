import { useMemo } from 'react';
import type { TFunction } from 'i18next';
import type { Language } from '../../../../../shared/domain/congress/model';
import { attendanceSheet, type SheetPresence, type SheetRow } from '../../../../../shared/print/documents/attendance';
import { limitRows } from '../../../../../shared/print/documents/lists';
import { formatClock, formatDate, formatNumber, formatPercent } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { DelegateTable, type Column } from './DelegateTable';
import { PreviewRowsNote } from './PreviewRowsNote';
import { localIsoDate } from './local-date';
import type { DocumentProps } from './types';

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

/**
 * The attendance sheet of a sitting: every summoned delegate with the presence the check-in desk
 * recorded (arrival time, or absence with its reason), an optional column to sign, then
 * alternates and guests, then the totals and the quorum with the rule used.
 */
export function AttendanceDocument({ request, state, congress, t, rowLimit, now }: DocumentProps<'attendance'>) {
  const { lang, options } = request;
  const sheet = useMemo(() => attendanceSheet(state, options), [state, options]);
  const summoned = limitRows(sheet.summoned, rowLimit ?? Infinity);
  const others = limitRows(sheet.others, Math.max(0, (rowLimit ?? Infinity) - summoned.shown));
  const columns: Column<SheetRow>[] = [
    { key: 'no', header: t('print.table.no'), className: 'col-no', cell: (r) => r.no },
    { key: 'code', header: t('roster.fields.code'), className: 'col-code', cell: (r) => r.delegate.code },
    { key: 'name', header: t('roster.fields.fullName'), className: 'col-name', cell: (r) => r.delegate.fullName },
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
      <section className="doc-totals" data-testid="attendance-totals">
        <h2 className="doc-section-title">{t('print.attendance.totals.title')}</h2>
        <p className="doc-note">{t('print.attendance.totals.asOf', { time: formatClock(now.toISOString(), lang), date: formatDate(localIsoDate(now), lang) })}</p>
        <ul>
          <li>{t('print.attendance.totals.summoned', { count: formatNumber(summary.summoned, lang) })}</li>
          <li>{t('print.attendance.totals.present', { count: formatNumber(summary.present, lang), percent })}</li>
          <li>
            {t('print.attendance.totals.absent', {
              count: formatNumber(summary.absent, lang),
              withReason: formatNumber(summary.absentWithReason, lang),
              withoutReason: formatNumber(summary.absentWithoutReason, lang),
            })}
          </li>
          <li>{t('print.attendance.totals.others', { count: formatNumber(summary.othersPresent, lang) })}</li>
        </ul>
        <p>{t(`print.attendance.totals.rule.${quorum.rule.comparison}`, { numerator: quorum.rule.numerator, denominator: quorum.rule.denominator, required: formatNumber(quorum.required, lang) })}</p>
        <p className="doc-verdict" data-met={quorum.met}>
          <strong>{quorum.met ? t('print.attendance.totals.met') : t('print.attendance.totals.notMet', { missing: formatNumber(quorum.missing, lang) })}</strong>
        </p>
      </section>
      <section className="doc-signatures">
        <div className="doc-signature">
          <p className="doc-signature-role">{t('print.attendance.preparedBy')}</p>
          <p className="doc-signature-hint">{t('print.attendance.signHint')}</p>
        </div>
      </section>
    </DocumentFrame>
  );
}
