import type { ReactNode } from 'react';

export interface PrintColumn<R> {
  readonly key: string;
  readonly header: string;
  readonly className: string;
  readonly cell: (row: R) => ReactNode;
}

/** Rows under an optional heading row spanning the table (a sitting, a discussion). */
export interface PrintGroup<R> {
  readonly key: string;
  readonly heading: ReactNode | null;
  readonly rows: readonly R[];
  /** Said in one spanning row when the group has no rows. */
  readonly empty?: string;
}

interface Props<R> {
  readonly columns: readonly PrintColumn<R>[];
  readonly groups: readonly PrintGroup<R>[];
  readonly rowKey: (row: R) => string;
  readonly rowClassName?: (row: R) => string | undefined;
  /** Which document's column widths apply. */
  readonly kind: string;
  readonly testId?: string;
}

/**
 * Every printed table (lists of delegates go through DelegateTable, which groups them by
 * organisation): the header row repeats at the top of every page (thead), a row is never split
 * across pages, and a heading row keeps with the rows under it. Cells are text.
 */
export function PrintTable<R>({ columns, groups, rowKey, rowClassName, kind, testId }: Props<R>) {
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
      {groups.map((group) => (
        <tbody key={group.key}>
          {group.heading !== null && (
            <tr className="doc-group">
              <th scope="colgroup" colSpan={columns.length}>
                {group.heading}
              </th>
            </tr>
          )}
          {group.rows.length === 0 && group.empty !== undefined && (
            <tr className="doc-empty">
              <td colSpan={columns.length}>{group.empty}</td>
            </tr>
          )}
          {group.rows.map((row) => (
            <tr key={rowKey(row)} className={rowClassName?.(row)}>
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

