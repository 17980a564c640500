import { useTranslation } from 'react-i18next';
import type { PresenterView } from '../../../../shared/domain/agenda/select';

/** A presenter as the agenda names them: the name, then the title in smaller type. */
export function PresenterText(props: { readonly presenter: PresenterView | null }) {
  const { t } = useTranslation();
  const { presenter } = props;
  if (presenter === null) return null;
  if (presenter.kind === 'missing') return <span className="muted">{t('agenda.presenterMissing')}</span>;
  return (
    <>
      <span className="presenter-name">{presenter.name}</span>
      {presenter.title && <span className="presenter-title muted small">{presenter.title}</span>}
    </>
  );
}
