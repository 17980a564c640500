import type { AgendaLine, PrintedPresenter } from '../../../../../shared/print/documents/agenda';

// Cells the public agenda and the run sheet print alike, so both read the same.

/** "08:00–08:05", as the agenda editor writes it; an item without length shows its start. */
export function TimeSpan({ line }: { readonly line: Pick<AgendaLine, 'start' | 'end'> }) {
  return <span className="doc-time">{line.start === line.end ? line.start : `${line.start}–${line.end}`}</span>;
}

/** The number and title, a sub-item indented under its item, the public description under it. */
export function ItemTitle({ line }: { readonly line: AgendaLine }) {
  return (
    <div className={`doc-item depth-${line.depth}${line.hasSubItems ? ' doc-item-head' : ''}${line.kind === 'break' ? ' doc-break' : ''}`}>
      <p className="doc-item-title">{line.title}</p>
      {line.description !== '' && <p className="doc-item-description">{line.description}</p>}
    </div>
  );
}

export function PresenterCell({ presenter, organisation = '' }: { readonly presenter: PrintedPresenter | null; readonly organisation?: string }) {
  if (presenter === null) return null;
  return (
    <div className="doc-presenter">
      <p className="doc-presenter-name">{presenter.name}</p>
      {presenter.title !== '' && <p className="doc-presenter-title">{presenter.title}</p>}
      {organisation !== '' && organisation !== presenter.title && <p className="doc-presenter-organisation">{organisation}</p>}
    </div>
  );
}
