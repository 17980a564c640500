import type { ReactNode } from 'react';

/**
 * The hall screen's frame: the congress band at the top, then the main panel (the agenda), and a
 * side slot for a second panel (the speaker panel: current speaker, timer, next speakers). Without
 * a second panel the main one takes the whole width.
 */
export function HallLayout(props: { readonly header: ReactNode; readonly main: ReactNode; readonly side?: ReactNode }) {
  return (
    <div className={props.side ? 'hall hall-with-side' : 'hall'} data-testid="hall-display">
      <header className="hall-header">{props.header}</header>
      <main className="hall-main">{props.main}</main>
      {props.side && <aside className="hall-side">{props.side}</aside>}
    </div>
  );
}
