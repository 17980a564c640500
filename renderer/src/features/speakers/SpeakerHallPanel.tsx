import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hallView, type SpeechCard } from '../../../../shared/domain/speakers/select';
import { isRunning } from '../../../../shared/domain/speakers/timer';
import { useDesk } from '../../store/desk-store';
import { TimerText, useTimerReading } from './SpeechTimer';
import type { SpeechTiming } from '../../../../shared/domain/speakers/model';
import './hall.css';

/** A delegate's position says who they are to the hall; the organisation follows when it adds something. */
function detailLines(card: SpeechCard): string[] {
  const { position, detail } = card.speaker;
  if (!position) return detail ? [detail] : [];
  return detail && !position.includes(detail) && position !== detail ? [position, detail] : [position];
}

/**
 * The hall screen's speaker part: who speaks, from where, what kind of speech about what, a timer
 * readable from the back of the hall (amber in the last minute, red and negative when over), and
 * the next three speakers. Reads the session store alone, so it can sit in any full-screen page;
 * `embedded` leaves the congress name and the full-screen button to the page around it.
 */
export function SpeakerHallPanel(props: { readonly embedded?: boolean }) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const view = useMemo(() => hallView(state), [state]);
  const current = view.current;
  const timing = current?.speech.timing ?? null;
  const paused = timing !== null && !isRunning(timing);

  return (
    <section className={props.embedded ? 'spk-speakers spk-embedded' : 'spk-speakers'} data-testid="spk-speakers">
      <header className="spk-header">
        {!props.embedded && <span className="spk-congress">{state.congress?.name}</span>}
        <span className="spk-discussion" data-testid="spk-discussion">
          {view.discussion?.title ?? t('speakers.hall.noDiscussion')}
        </span>
      </header>
      {current && timing ? (
        <div className={`spk-current${paused ? ' is-paused' : ''}`} data-testid="spk-current">
          <div className="spk-who">
            <p className="spk-label">{t('speakers.hall.speaking')}</p>
            <p className="spk-name" data-testid="spk-name">
              {current.speaker.name}
            </p>
            {detailLines(current).map((line) => (
              <p key={line} className="spk-detail">
                {line}
              </p>
            ))}
            <p className="spk-speech">
              <span className={`spk-kind kind-${current.kind}`} data-testid="spk-kind">
                {t(`speakers.kind.${current.kind}`)}
              </span>
              {current.title && <span className="spk-title">{current.title}</span>}
            </p>
          </div>
          <HallClock timing={timing} />
        </div>
      ) : (
        <div className="spk-current spk-empty" data-testid="spk-empty">
          <p className="spk-name">{t('speakers.hall.nobody')}</p>
        </div>
      )}
      <footer className="spk-next" data-testid="spk-next">
        <p className="spk-label">{t('speakers.hall.next')}</p>
        <ol>
          {view.next.map((card) => (
            <li key={card.speech.id}>
              <span className="spk-next-name">{card.speaker.name}</span>
              <span className="spk-next-detail">{card.speaker.position || card.speaker.detail}</span>
              <span className={`spk-kind small kind-${card.kind}`}>{t(`speakers.kind.${card.kind}`)}</span>
            </li>
          ))}
        </ol>
      </footer>
      {!props.embedded && <FullScreenButton />}
    </section>
  );
}

/** The very large timer, and what it counts: time remaining, time over, or (no limit) time spoken. */
function HallClock(props: { readonly timing: SpeechTiming }) {
  const { t } = useTranslation();
  const reading = useTimerReading(props.timing);
  const label = !reading.running
    ? t('speakers.hall.paused')
    : reading.phase === 'overrun'
      ? t('speakers.hall.overrun')
      : reading.phase === 'unlimited'
        ? t('speakers.hall.elapsed')
        : t('speakers.hall.remaining');
  return (
    <div className="spk-clock" data-phase={reading.phase}>
      <TimerText reading={reading} className="spk-timer" testId="spk-timer" />
      <p className="spk-clock-label" data-testid="spk-clock-label">
        {label}
      </p>
    </div>
  );
}

/** Offered until the screen is full; browsers allow full screen only after a click. */
function FullScreenButton() {
  const { t } = useTranslation();
  const [full, setFull] = useState(() => document.fullscreenElement !== null);
  useEffect(() => {
    const onChange = () => setFull(document.fullscreenElement !== null);
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);
  if (full || !document.fullscreenEnabled) return null;
  return (
    <button type="button" className="spk-fullscreen" onClick={() => void document.documentElement.requestFullscreen().catch(() => undefined)}>
      {t('speakers.hall.fullScreen')}
    </button>
  );
}
