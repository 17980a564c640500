import type { ReactNode } from 'react';
import type { Delegate } from '../../../../../shared/domain/roster/model';
import type { ListGroup } from '../../../../../shared/print/documents/lists';

export interface Column<R> {
  readonly key: string;
  readonly header: string;
  readonly className: string;
  readonly cell: (row: R) => ReactNode;
}

interface Props<R> {
  readonly columns: readonly Column<R>[];
  readonly groups: readonly ListGroup<R>[];
  /** Which document's column widths apply. */
  readonly kind: string;
  readonly testId?: string;
}

/**
 * A printed table of delegates: the header row repeats at the top of every page (thead), a row is
 * never split across pages, and a group's organisation heads its rows. Cells are text.
 */
export function DelegateTable<R extends { readonly no: number; readonly delegate: Delegate }>({ columns, groups, kind, testId }: Props<R>) {
  return (
    <table className={`doc-table doc-${kind}`} data-testid={testId}>
      <colgroup>
        {columns.map((c) => (
          <col key={c.key} className={c.className} />
        ))}
      </colgroup>
      <thead>
        <tr>
          {columns.map((c) => (
            <th key={c.key} scope="col" className={c.className}>
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      {groups.map((group, index) => (
        <tbody key={group.organisation ?? index}>
          {group.organisation !== null && (
            <tr className="doc-group">
              <th scope="colgroup" colSpan={columns.length}>
                {group.organisation}
              </th>
            </tr>
          )}
          {group.rows.map((row) => (
            <tr key={row.delegate.id}>
              {columns.map((c) => (
                <td key={c.key} className={c.className}>
                  {c.cell(row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      ))}
    </table>
  );
}
