import type { ReactNode } from 'react';
import './figure-table.css';

/** A row of figures: what it counts, and its figures already as text (numbers, times, shares). */
export interface FigureRow {
  readonly key: string;
  /** The row's number in a numbered table; none for a row outside the numbering. */
  readonly no?: number;
  readonly label: ReactNode;
  readonly figures: readonly ReactNode[];
}

/** The row the figures add up to. */
export interface FigureTotal {
  readonly label: string;
  readonly figures: readonly ReactNode[];
}

/**
 * A table of figures, "label · number · … · share", with a total row when given: the statistics
 * and report tables on screen (className `plain compact`) and in print (`doc-table …`). Columns are
 * `col-no`, `col-label` and `col-figure`, so that each place sizes them; figures are right-aligned.
 * The total is the last row of the body, not a footer: Chromium repeats a footer on every printed page.
 */
export function FigureTable(props: {
  readonly className: string;
  readonly caption?: string;
  /** Numbers the rows, under this heading. */
  readonly numberHeader?: string;
  readonly labelHeader: string;
  readonly figureHeaders: readonly string[];
  readonly rows: readonly FigureRow[];
  readonly total?: FigureTotal;
  readonly testId?: string;
}) {
  const numbered = props.numberHeader !== undefined;
  return (
    <table className={props.className} data-testid={props.testId}>
      {props.caption !== undefined && <caption>{props.caption}</caption>}
      <colgroup>
        {numbered && <col className="col-no" />}
        <col className="col-label" />
        {props.figureHeaders.map((_, i) => (
          <col key={i} className="col-figure" />
        ))}
      </colgroup>
      <thead>
        <tr>
          {numbered && (
            <th scope="col" className="col-no">
              {props.numberHeader}
            </th>
          )}
          <th scope="col" className="col-label">
            {props.labelHeader}
          </th>
          {props.figureHeaders.map((header, i) => (
            <th key={i} scope="col" className="col-figure">
              {header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <tr key={row.key} data-row={row.key}>
            {numbered && <td className="col-no">{row.no ?? ''}</td>}
            <td className="col-label">{row.label}</td>
            {row.figures.map((figure, i) => (
              <td key={i} className="col-figure">
                {figure}
              </td>
            ))}
          </tr>
        ))}
        {props.total && (
          <tr className="figure-total">
            <th scope="row" colSpan={numbered ? 2 : 1}>
              {props.total.label}
            </th>
            {props.total.figures.map((figure, i) => (
              <td key={i} className="col-figure">
                {figure}
              </td>
            ))}
          </tr>
        )}
      </tbody>
    </table>
  );
}
