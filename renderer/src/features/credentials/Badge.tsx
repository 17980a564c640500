import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { BadgeData } from '../../../../shared/credentials/badge';
import { QrCode } from './QrCode';
import './badge.css';

/**
 * One delegate badge (thẻ đại biểu): congress, name, organisation, category, code and its QR code.
 * The printed badge sheet lays out this same component, in the document's language (`t`) rather
 * than the desk's; names are rendered as text.
 */
export function Badge(props: { readonly badge: BadgeData; readonly t?: TFunction; readonly className?: string }) {
  const desk = useTranslation();
  const t = props.t ?? desk.t;
  const { badge } = props;
  const seatedAlternate = badge.category === 'alternate' && badge.standing === 'summoned';
  return (
    <article className={`badge badge-${badge.category}${props.className ? ` ${props.className}` : ''}`} data-testid="badge" data-code={badge.code}>
      <header className="badge-congress">{badge.congressName}</header>
      <div className="badge-body">
        <div className="badge-text">
          <p className="badge-heading">{badge.category === 'guest' ? t('roster.category.guest').toLocaleUpperCase() : t('credentials.badges.heading')}</p>
          <p className="badge-name">{badge.fullName}</p>
          <p className="badge-organisation">{badge.organisation}</p>
          <p className="badge-category">{seatedAlternate ? t('credentials.badges.seatedAlternate') : t(`credentials.badges.category.${badge.category}`)}</p>
        </div>
        <div className="badge-qr">
          <QrCode text={badge.qrPayload} label={t('credentials.badges.qr', { code: badge.code })} />
          <p className="badge-code">{badge.code}</p>
        </div>
      </div>
    </article>
  );
}
