import type { TFunction } from 'i18next';
import type { HallItem, HallView } from '../../../../shared/domain/agenda/live';
import { numberedTitle } from '../../../../shared/domain/agenda/select';

/**
 * The agenda on the hall screen: the current item, its presenter and what comes next; between
 * items a clean standby screen with the sitting and the next item. Notes for the presidium never
 * appear here.
 */
export function AgendaHallPanel(props: { readonly view: HallView; readonly t: TFunction }) {
  const { view, t } = props;
  if (view.current === null) {
    return (
      <section className="hall-panel hall-standby" data-testid="hall-standby">
        {view.sitting && <p className="hall-sitting">{view.sitting.title}</p>}
        {view.next && (
          <p className="hall-upcoming" data-testid="hall-next">
            <span className="hall-label">{t('display.next')}</span> <ItemTitle item={view.next} />
          </p>
        )}
      </section>
    );
  }
  const { row, parent } = view.current;
  const presenter = row.presenter;
  return (
    <section className="hall-panel hall-current" data-testid="hall-current">
      {parent && <p className="hall-parent">{numberedTitle(parent)}</p>}
      <h1 className="hall-title" data-testid="hall-title">
        {row.number && <span className="hall-number">{row.number}.</span>} {row.item.title}
      </h1>
      {presenter && presenter.kind !== 'missing' && (
        <div className="hall-presenter" data-testid="hall-presenter">
          <p className="hall-presenter-name">{presenter.name}</p>
          {presenter.title && <p className="hall-presenter-title">{presenter.title}</p>}
        </div>
      )}
      {row.item.description && <p className="hall-description">{row.item.description}</p>}
      {view.next && (
        <p className="hall-upcoming" data-testid="hall-next">
          <span className="hall-label">{t('display.next')}</span> <ItemTitle item={view.next} />
        </p>
      )}
    </section>
  );
}

function ItemTitle(props: { readonly item: HallItem }) {
  return <span className="hall-next-title">{numberedTitle(props.item.row)}</span>;
}
