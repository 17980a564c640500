import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDesk } from '../../store/desk-store';
import { LanguageSwitch } from './LanguageSwitch';
import { SittingSwitch } from './SittingSwitch';
import { SaveStatus } from './SaveStatus';
import { SessionMenu } from './SessionMenu';
import { SessionBanners } from './SessionBanners';
import { CheckInDesk } from '../checkin/CheckInDesk';
import { RosterView } from '../roster/RosterView';
import { CongressSettings } from '../congress/CongressSettings';
import { PrintView } from '../print/PrintView';
import { SpeakersView } from '../speakers/SpeakersView';
import { AgendaView } from '../agenda/AgendaView';
import { LiveDesk } from '../live/LiveDesk';

export const VIEWS = ['checkin', 'roster', 'agenda', 'live', 'speakers', 'print', 'congress'] as const;
export type View = (typeof VIEWS)[number];

/** The desk around every feature: congress, sitting, views (Alt+1…), saving state, session menu. */
export function Shell() {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const [view, setView] = useState<View>('checkin');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey) return;
      const index = Number(event.key) - 1;
      const target = VIEWS[index];
      if (target) {
        event.preventDefault();
        setView(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // Ctrl+P opens the print view; there it runs the view's own Print.
  useEffect(() => {
    if (view === 'print') return;
    const onKey = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && !event.altKey && !event.shiftKey && event.key.toLowerCase() === 'p') {
        event.preventDefault();
        setView('print');
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [view]);

  return (
    <div className="shell">
      <header className="shell-header">
        <div className="shell-title">
          <strong title={congress?.name}>{congress?.name ?? t('desk.noCongress')}</strong>
          <SittingSwitch />
        </div>
        <nav className="tabs" aria-label={t('desk.views')}>
          {VIEWS.map((v, i) => (
            <button
              key={v}
              type="button"
              className={v === view ? 'tab active' : 'tab'}
              aria-current={v === view ? 'page' : undefined}
              title={`Alt+${i + 1}`}
              data-testid={`tab-${v}`}
              onClick={() => setView(v)}
            >
              {t(`desk.view.${v}`)}
            </button>
          ))}
        </nav>
        <div className="shell-tools">
          <SaveStatus />
          <LanguageSwitch />
          <SessionMenu />
        </div>
      </header>
      <SessionBanners />
      <main className="shell-main">
        {view === 'checkin' && <CheckInDesk />}
        {view === 'roster' && <RosterView />}
        {view === 'congress' && <CongressSettings />}
        {view === 'print' && <PrintView />}
        {view === 'speakers' && <SpeakersView />}
        {view === 'agenda' && <AgendaView />}
        {view === 'live' && <LiveDesk />}
      </main>
    </div>
  );
}
