import { useMemo } from 'react';
import { runSheet, type RunSheetLine } from '../../../../../shared/print/documents/run-sheet';
import { formatDate } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { PrintTable, type PrintColumn } from './PrintTable';
import { ItemTitle, PresenterCell, TimeSpan } from './AgendaParts';
import type { DocumentProps } from './types';

/**
 * KỊCH BẢN ĐIỀU HÀNH ĐẠI HỘI, the presidium's run sheet: each sitting on its own pages, every item
 * with its planned time and length, presenter (with organisation, to call them), the internal
 * notes, and a ruled column for what the chair writes during the sitting.
 */
export function RunSheetDocument({ request, state, congress, t }: DocumentProps<'run-sheet'>) {
  const { lang, options } = request;
  const sheet = useMemo(() => runSheet(state, options), [state.agenda, state.roster, state.congress, options]);
  const columns: PrintColumn<RunSheetLine>[] = [
    { key: 'no', header: t('print.agenda.columns.no'), className: 'col-no', cell: (l) => l.number ?? '' },
    {
      key: 'time',
      header: t('print.agenda.columns.time'),
      className: 'col-time',
      cell: (l) => (
        <>
          <TimeSpan line={l} />
          {l.durationMinutes > 0 && <p className="doc-duration">{t('print.runSheet.minutes', { minutes: l.durationMinutes })}</p>}
        </>
      ),
    },
    {
      key: 'content',
      header: t('print.agenda.columns.content'),
      className: 'col-content',
      cell: (l) => (
        <>
          <ItemTitle line={l} />
          {l.overlapsPrevious && <p className="doc-warning">{t('print.runSheet.overlaps')}</p>}
          {l.notes !== '' && (
            <p className="doc-internal-note" data-testid="run-sheet-note">
              <strong>{t('agenda.notesMark')}:</strong> {l.notes}
            </p>
          )}
        </>
      ),
    },
    {
      key: 'presenter',
      header: t('print.agenda.columns.presenter'),
      className: 'col-presenter',
      cell: (l) => <PresenterCell presenter={l.presenter} organisation={l.organisation} />,
    },
    { key: 'handNotes', header: t('print.runSheet.columns.handNotes'), className: 'col-hand-notes', cell: () => '' },
  ];
  return (
    <DocumentFrame
      t={t}
      lang={lang}
      congress={congress}
      title={t('print.documents.run-sheet.title')}
      subtitle={[congress.name, t('print.runSheet.forPresidium')]}
      date={sheet.date}
      testId="document-run-sheet"
    >
      {sheet.sittings.map(({ sitting, lines, plannedEnd, overrunMinutes }) => (
        <section key={sitting.id} className="doc-run-sitting" data-testid="run-sheet-sitting">
          <h2 className="doc-section-title doc-run-sitting-title">{sitting.title}</h2>
          <p className="doc-note">
            {t('print.runSheet.sitting', { date: formatDate(sitting.date, lang), start: sitting.start, end: sitting.end, plannedEnd })}
          </p>
          {overrunMinutes > 0 && <p className="doc-warning doc-note">{t('print.runSheet.overrun', { minutes: overrunMinutes })}</p>}
          <PrintTable
            kind="run-sheet"
            columns={columns}
            groups={[{ key: sitting.id, heading: null, rows: lines, empty: t('print.agenda.empty') }]}
            rowKey={(l) => l.id}
            rowClassName={(l) => (l.depth === 1 ? 'doc-sub' : undefined)}
            testId="run-sheet-table"
          />
        </section>
      ))}
    </DocumentFrame>
  );
}
