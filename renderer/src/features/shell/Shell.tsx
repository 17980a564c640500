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
import { CredentialsView } from '../credentials/CredentialsView';
import { ReportView } from '../credentials/ReportView';
import { BadgesView } from '../credentials/BadgesView';
import { onPrintIntent } from '../print/print-intent';

/** The views, grouped as the congress's work goes: the door, the credentials, the sittings, the papers. */
export const VIEW_GROUPS = [
  { group: 'door', views: ['checkin', 'roster'] },
  { group: 'credentials', views: ['credentials', 'report', 'badges'] },
  { group: 'sittings', views: ['agenda', 'live', 'speakers'] },
  { group: 'papers', views: ['print', 'congress'] },
] as const;
export type View = (typeof VIEW_GROUPS)[number]['views'][number];
export const VIEWS: readonly View[] = VIEW_GROUPS.flatMap((g) => g.views);

/** Alt+1 … Alt+9, then Alt+0 for the tenth view. */
function shortcutOf(index: number): string {
  return `Alt+${(index + 1) % 10}`;
}

/** The desk around every feature: congress, sitting, views (Alt+1…), saving state, session menu. */
export function Shell() {
  const { t } = useTranslation();
  const congress = useDesk((v) => v.state.congress);
  const [view, setView] = useState<View>('checkin');

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (!event.altKey || event.ctrlKey || event.metaKey || !/^[0-9]$/.test(event.key)) return;
      const target = VIEWS[(Number(event.key) + 9) % 10];
      if (target) {
        event.preventDefault();
        setView(target);
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);

  // "Print…" in a view opens the print view on that document.
  useEffect(() => onPrintIntent(() => setView('print')), []);

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
        <div className="shell-tools">
          <SaveStatus />
          <LanguageSwitch />
          <SessionMenu />
        </div>
      </header>
      <SessionBanners />
      <div className="shell-body">
        <nav className="side-nav" aria-label={t('desk.views')}>
          {VIEW_GROUPS.map(({ group, views }) => (
            <div key={group} className="side-group" role="group" aria-labelledby={`nav-${group}`}>
              <p className="side-group-title" id={`nav-${group}`}>
                {t(`desk.viewGroup.${group}`)}
              </p>
              {views.map((v) => (
                <button
                  key={v}
                  type="button"
                  className={v === view ? 'tab active' : 'tab'}
                  aria-current={v === view ? 'page' : undefined}
                  aria-keyshortcuts={shortcutOf(VIEWS.indexOf(v))}
                  data-testid={`tab-${v}`}
                  onClick={() => setView(v)}
                >
                  {t(`desk.view.${v}`)}
                  <kbd className="tab-key" aria-hidden="true">
                    {shortcutOf(VIEWS.indexOf(v))}
                  </kbd>
                </button>
              ))}
            </div>
          ))}
        </nav>
        <main className="shell-main">
          {view === 'checkin' && <CheckInDesk />}
          {view === 'roster' && <RosterView />}
          {view === 'credentials' && <CredentialsView />}
          {view === 'report' && <ReportView />}
          {view === 'badges' && <BadgesView />}
          {view === 'agenda' && <AgendaView />}
          {view === 'live' && <LiveDesk />}
          {view === 'speakers' && <SpeakersView />}
          {view === 'print' && <PrintView />}
          {view === 'congress' && <CongressSettings />}
        </main>
      </div>
    </div>
  );
}
