import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store/desk-store';
import { SpeakerHallPanel } from './SpeakerHallPanel';
import './hall.css';

/**
 * `/display/speakers`: the speaker part of the hall screen on a page of its own, for a second
 * window or a projector. It follows the desk through the same change stream as the desk itself.
 */
export function SpeakerDisplayPage() {
  const { t } = useTranslation();
  const connection = useDesk((v) => v.connection);
  const hasInfo = useDesk((v) => v.info !== null);
  const hasSession = useDesk((v) => v.session !== null);
  let body;
  if (connection === 'noAccess') body = <p className="spk-message">{t('desk.noAccess')}</p>;
  else if (!hasInfo) body = <p className="spk-message">{connection === 'lost' ? t('desk.connectionLost') : t('desk.connecting')}</p>;
  else if (!hasSession) body = <p className="spk-message">{t('desk.noCongress')}</p>;
  else body = <SpeakerHallPanel />;
  return (
    <main className="spk-page" data-testid="spk-page">
      {connection === 'lost' && hasInfo && <div className="spk-lost" role="alert">{t('desk.connectionLost')}</div>}
      {body}
    </main>
  );
}
