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
import { CredentialsView } from '../credentials/CredentialsView';
import { ReportView } from '../credentials/ReportView';
import { BadgesView } from '../credentials/BadgesView';

export const VIEWS = ['checkin', 'roster', 'congress', 'credentials', 'report', 'badges'] as const;
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
        {view === 'credentials' && <CredentialsView />}
        {view === 'report' && <ReportView />}
        {view === 'badges' && <BadgesView />}
      </main>
    </div>
  );
}
