import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { SpeakerDesk } from './SpeakerDesk';
import { SpeechLogView } from './SpeechLogView';
import { SpeakingStatsView } from './SpeakingStatsView';
import './speakers.css';

const SECTIONS = ['run', 'log', 'stats'] as const;
type Section = (typeof SECTIONS)[number];

/** The speaker queue and the record: running the discussion, the speech log, the statistics. */
export function SpeakersView() {
  const { t } = useTranslation();
  const [section, setSection] = useState<Section>('run');
  return (
    <div className="speakers">
      <nav className="subtabs" aria-label={t('desk.view.speakers')}>
        {SECTIONS.map((s) => (
          <button
            key={s}
            type="button"
            className={s === section ? 'subtab active' : 'subtab'}
            aria-current={s === section ? 'page' : undefined}
            data-testid={`speakers-${s}`}
            onClick={() => setSection(s)}
          >
            {t(`speakers.sections.${s}`)}
          </button>
        ))}
      </nav>
      {section === 'run' && <SpeakerDesk />}
      {section === 'log' && <SpeechLogView />}
      {section === 'stats' && <SpeakingStatsView />}
    </div>
  );
}
