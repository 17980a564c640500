import { useEffect, useMemo } from 'react';
import i18next, { type TFunction } from 'i18next';
import { formatClock } from '../../../../shared/i18n/format';
import { hallView } from '../../../../shared/domain/agenda/live';
import type { Language } from '../../../../shared/domain/congress/model';
import { EMPTY_SESSION } from '../../../../shared/domain/state';
import { useDesk } from '../../store/desk-store';
import { useLanguage } from '../../i18n';
import { useNow } from '../../ui/use-now';
import { HallLayout } from './HallLayout';
import { AgendaHallPanel } from './AgendaHallPanel';
import { SpeakerHallPanel } from '../speakers/SpeakerHallPanel';
import { currentSpeech } from '../../../../shared/domain/speakers/select';
import './display.css';

/**
 * The hall display (`/display`): what the hall sees on the projector, readable from the back row.
 * It follows the desk through the same change stream, in the congress's own language.
 */
export function HallDisplay() {
  const connection = useDesk((v) => v.connection);
  const congress = useDesk((v) => v.state.congress);
  const agenda = useDesk((v) => v.state.agenda);
  const roster = useDesk((v) => v.state.roster);
  const activeSittingId = useDesk((v) => v.state.attendance.activeSittingId);
  const speaking = useDesk((v) => currentSpeech(v.state) !== null);
  const deskLanguage = useLanguage();
  const language: Language = congress?.language ?? deskLanguage;
  const t: TFunction = useMemo(() => i18next.getFixedT(language), [language]);
  const view = useMemo(
    () => hallView({ ...EMPTY_SESSION, congress, agenda, roster, attendance: { ...EMPTY_SESSION.attendance, activeSittingId } }),
    [congress, agenda, roster, activeSittingId],
  );

  useEffect(() => {
    document.title = t('display.windowTitle');
  }, [t]);

  if (connection === 'noAccess') {
    return <HallLayout header={<HallHeader t={t} name={t('display.appName')} theme="" language={language} />} main={<p className="hall-message">{t('display.noAccess')}</p>} />;
  }
  const header = <HallHeader t={t} name={congress?.name ?? t('display.appName')} theme={congress?.theme ?? ''} language={language} offline={connection === 'lost'} />;
  // While someone speaks, the hall sees the speaker, the timer and the next speakers; between
  // speeches, the agenda.
  return <HallLayout header={header} main={speaking ? <SpeakerHallPanel embedded /> : <AgendaHallPanel view={view} t={t} />} />;
}

function HallHeader(props: { readonly t: TFunction; readonly name: string; readonly theme: string; readonly language: Language; readonly offline?: boolean }) {
  const now = useNow();
  return (
    <>
      <div className="hall-congress">
        <p className="hall-name" data-testid="hall-name">{props.name}</p>
        {props.theme && <p className="hall-theme">{props.theme}</p>}
      </div>
      <p className="hall-clock" data-testid="hall-clock" aria-label={props.t('display.clock')}>
        {formatClock(new Date(now).toISOString(), props.language)}
        {props.offline && <span className="hall-offline" title={props.t('display.offline')} aria-label={props.t('display.offline')} />}
      </p>
    </>
  );
}
