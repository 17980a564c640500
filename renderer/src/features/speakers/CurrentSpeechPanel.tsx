import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Discussion } from '../../../../shared/domain/speakers/model';
import { currentSpeech, speechCard } from '../../../../shared/domain/speakers/select';
import { waitingQueue } from '../../../../shared/domain/speakers/queue';
import { formatDuration, isRunning } from '../../../../shared/domain/speakers/timer';
import { useDesk } from '../../store/desk-store';
import { TimerText, useTimerReading } from './SpeechTimer';
import type { SpeechTiming } from '../../../../shared/domain/speakers/model';
import { addTime, callSpeaker, endSpeech, togglePause, undoCall } from './speaker-actions';

/** Who is speaking, the timer, and the chair's controls: pause, add time, end, call the next speaker. */
export function CurrentSpeechPanel(props: { readonly discussion: Discussion }) {
  const { t } = useTranslation();
  const state = useDesk((v) => v.state);
  const card = useMemo(() => {
    const speech = currentSpeech(state);
    return speech ? speechCard(state, speech) : null;
  }, [state]);
  const next = useMemo(() => {
    const first = waitingQueue(state, props.discussion.id)[0];
    return first ? speechCard(state, first.speech) : null;
  }, [state, props.discussion.id]);
  const timing = card?.speech.timing ?? null;
  const running = timing !== null && isRunning(timing);
  const limited = timing !== null && timing.limitSeconds !== null;

  return (
    <section className={`current-speech${running ? '' : ' paused'}`} aria-labelledby="current-title" data-testid="current-speech">
      <h2 id="current-title">{t('speakers.current.title')}</h2>
      {card && timing ? (
        <>
          <div className="current-who">
            <p className="current-name" data-testid="current-name">
              {card.speaker.name}
            </p>
            <p className="current-detail">{card.speaker.position && card.speaker.position !== card.speaker.detail ? `${card.speaker.position} · ${card.speaker.detail}` : card.speaker.detail}</p>
            <p>
              <span className={`kind-badge kind-${card.kind}`}>{t(`speakers.kind.${card.kind}`)}</span> {card.title}
            </p>
          </div>
          <div className="current-timer">
            <DeskClock timing={timing} />
            {!running && (
              <span className="paused-badge" data-testid="paused">
                {t('speakers.current.paused')}
              </span>
            )}
            <span className="muted small">
              {timing.limitSeconds === null ? t('speakers.current.noLimit') : t('speakers.current.limit', { time: formatDuration(timing.limitSeconds * 1000) })}
              {timing.addedSeconds !== 0 &&
                ` (${t(timing.addedSeconds > 0 ? 'speakers.current.added' : 'speakers.current.removed', { time: formatDuration(Math.abs(timing.addedSeconds) * 1000) })})`}
            </span>
          </div>
          <div className="current-controls">
            <button type="button" className="btn large" onClick={togglePause} data-testid="pause-resume" title="P">
              {running ? t('speakers.current.pause') : t('speakers.current.resume')}
            </button>
            <button type="button" className="btn" onClick={() => addTime(60)} disabled={!limited} data-testid="add-minute" title="+">
              {t('speakers.current.addMinute')}
            </button>
            <button type="button" className="btn" onClick={() => addTime(30)} disabled={!limited}>
              {t('speakers.current.add30')}
            </button>
            <button type="button" className="btn" onClick={() => addTime(-30)} disabled={!limited}>
              {t('speakers.current.remove30')}
            </button>
            <button type="button" className="btn danger" onClick={endSpeech} data-testid="end-speech" title="E">
              {t('speakers.current.end')}
            </button>
            <button type="button" className="btn ghost small" onClick={undoCall} data-testid="undo-call">
              {t('speakers.current.undoCall')}
            </button>
          </div>
        </>
      ) : (
        <p className="muted">{t('speakers.current.nobody')}</p>
      )}
      <div className="call-next">
        <button type="button" className="btn primary large" onClick={() => callSpeaker()} disabled={next === null} data-testid="call-next" title="N / F9">
          {t('speakers.current.callNext')} <kbd>N</kbd>
        </button>
        <span className="muted" data-testid="next-speaker">
          {next ? t('speakers.current.callNextWho', { name: next.speaker.name }) : t('speakers.current.queueEmpty')}
        </span>
      </div>
    </section>
  );
}

/** The timer with what it counts: time remaining, time over the limit, or time spoken (no limit). */
function DeskClock(props: { readonly timing: SpeechTiming }) {
  const { t } = useTranslation();
  const reading = useTimerReading(props.timing);
  const label =
    reading.phase === 'unlimited'
      ? t('speakers.current.timerUnlimited')
      : reading.phase === 'overrun'
        ? t('speakers.current.timerOver')
        : t('speakers.current.timerLabel');
  return (
    <>
      <span className="muted small" data-testid="desk-timer-label">
        {label}
      </span>
      <TimerText reading={reading} className="desk-timer" testId="desk-timer" />
    </>
  );
}
