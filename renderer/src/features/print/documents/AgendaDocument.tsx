import { useMemo } from 'react';
import { agendaDocument, type AgendaLine } from '../../../../../shared/print/documents/agenda';
import { formatDate } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { PrintTable, type PrintColumn } from './PrintTable';
import { ItemTitle, PresenterCell, TimeSpan } from './AgendaParts';
import type { DocumentProps } from './types';

/**
 * CHƯƠNG TRÌNH ĐẠI HỘI: the public agenda as offices lay it out, one table (Time, Item, Presented
 * by) with each sitting as a heading row, items numbered as in the editor. Internal notes are not
 * part of its model, so they cannot reach the paper.
 */
export function AgendaDocument({ request, state, congress, t }: DocumentProps<'agenda'>) {
  const { lang, options } = request;
  // It reads the agenda, the roster (presenters) and the congress: a check-in does not rebuild it.
  const doc = useMemo(() => agendaDocument(state, options), [state.agenda, state.roster, state.congress, options]);
  const columns: PrintColumn<AgendaLine>[] = [
    { key: 'no', header: t('print.agenda.columns.no'), className: 'col-no', cell: (l) => l.number ?? '' },
    { key: 'time', header: t('print.agenda.columns.time'), className: 'col-time', cell: (l) => <TimeSpan line={l} /> },
    { key: 'content', header: t('print.agenda.columns.content'), className: 'col-content', cell: (l) => <ItemTitle line={l} /> },
    { key: 'presenter', header: t('print.agenda.columns.presenter'), className: 'col-presenter', cell: (l) => <PresenterCell presenter={l.presenter} /> },
  ];
  const groups = doc.sittings.map(({ sitting, lines }) => ({
    key: sitting.id,
    heading: (
      <>
        <span className="doc-sitting-title">{sitting.title}</span>
        <span className="doc-sitting-when">{t('print.agenda.sitting', { date: formatDate(sitting.date, lang), start: sitting.start, end: sitting.end })}</span>
      </>
    ),
    rows: lines,
    empty: t('print.agenda.empty'),
  }));
  const subtitle = [congress.name, ...(doc.venue.trim() === '' ? [] : [t('print.agenda.venue', { venue: doc.venue })])];
  return (
    <DocumentFrame t={t} lang={lang} congress={congress} title={t('print.documents.agenda.title')} subtitle={subtitle} date={doc.date} testId="document-agenda">
      <PrintTable
        kind="agenda"
        columns={columns}
        groups={groups}
        rowKey={(l) => l.id}
        rowClassName={(l) => (l.depth === 1 ? 'doc-sub' : undefined)}
        testId="agenda-table"
      />
    </DocumentFrame>
  );
}
