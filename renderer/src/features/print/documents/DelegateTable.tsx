import type { Delegate } from '../../../../../shared/domain/roster/model';
import type { ListGroup } from '../../../../../shared/print/documents/lists';
import { PrintTable, type PrintColumn } from './PrintTable';

export type Column<R> = PrintColumn<R>;

interface Props<R> {
  readonly columns: readonly Column<R>[];
  readonly groups: readonly ListGroup<R>[];
  /** Which document's column widths apply. */
  readonly kind: string;
  readonly testId?: string;
}

/**
 * A printed table of delegates: a `PrintTable` whose rows are delegates, keyed by their id, and
 * whose groups are headed by their organisation (none when the list is in the order of names).
 */
export function DelegateTable<R extends { readonly no: number; readonly delegate: Delegate }>({ columns, groups, kind, testId }: Props<R>) {
  const headed = groups.map((group, index) => ({ key: group.organisation ?? String(index), heading: group.organisation, rows: group.rows }));
  return <PrintTable kind={kind} columns={columns} groups={headed} rowKey={(row) => row.delegate.id} testId={testId} />;
}
