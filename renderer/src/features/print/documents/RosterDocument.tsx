import { useMemo } from 'react';
import { DELEGATE_CATEGORIES } from '../../../../../shared/domain/roster/model';
import { rosterDocument } from '../../../../../shared/print/documents/roster';
import { limitRows, type NumberedDelegate } from '../../../../../shared/print/documents/lists';
import { formatNumber } from '../../../../../shared/i18n/format';
import { DocumentFrame } from '../DocumentFrame';
import { DelegateTable, type Column } from './DelegateTable';
import { PreviewRowsNote } from './PreviewRowsNote';
import type { DocumentProps } from './types';

/** DANH SÁCH ĐẠI BIỂU: the whole roster, by name the Vietnamese way or under each organisation. */
export function RosterDocument({ request, state, congress, t, rowLimit }: DocumentProps<'roster'>) {
  const { lang, options } = request;
  // It reads only the roster and the congress, so a check-in does not rebuild it.
  const doc = useMemo(() => rosterDocument(state, options), [state.roster, state.congress, options]);
  const shown = limitRows(doc.groups, rowLimit ?? Infinity);
  const columns: Column<NumberedDelegate>[] = [
    { key: 'no', header: t('print.table.no'), className: 'col-no', cell: (r) => r.no },
    { key: 'code', header: t('roster.fields.code'), className: 'col-code', cell: (r) => r.delegate.code },
    { key: 'name', header: t('roster.fields.fullName'), className: 'col-name', cell: (r) => r.delegate.fullName },
    ...(options.order === 'name'
      ? [{ key: 'organisation', header: t('roster.fields.organisation'), className: 'col-organisation', cell: (r: NumberedDelegate) => r.delegate.organisation }]
      : []),
    { key: 'category', header: t('roster.fields.category'), className: 'col-category', cell: (r) => t(`roster.category.${r.delegate.category}`) },
  ];
  const counts = DELEGATE_CATEGORIES.filter((c) => doc.byCategory[c] > 0).map((c) =>
    t('print.roster.category', { category: t(`roster.category.${c}`), count: formatNumber(doc.byCategory[c], lang) }),
  );
  return (
    <DocumentFrame t={t} lang={lang} congress={congress} title={t('print.documents.roster.title')} subtitle={[congress.name]} date={congress.startDate} testId="document-roster">
      <DelegateTable kind="roster" columns={columns} groups={shown.groups} testId="roster-table" />
      <PreviewRowsNote t={t} shown={shown.shown} total={shown.total} />
      <section className="doc-totals">
        <p>
          <strong>{t('print.roster.total', { total: formatNumber(doc.total, lang) })}</strong> {counts.join('; ')}
        </p>
      </section>
    </DocumentFrame>
  );
}
