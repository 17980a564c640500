import type { SpeechTiming } from '../../../../shared/domain/speakers/model';
import { isRunning, readTimer, timerText, type TimerReading } from '../../../../shared/domain/speakers/timer';
import { useNow } from './use-now';

/** The timer's reading now, refreshed while the speech runs. */
export function useTimerReading(timing: SpeechTiming): TimerReading {
  const now = useNow(isRunning(timing));
  return readTimer(timing, now);
}

/**
 * The speaking timer as text: a countdown (negative once over time), or the time spoken for a
 * speech without a limit. Its phase (normal, warning in the last minute, overrun) is a data
 * attribute that the desk and the hall colour each in their own way.
 */
export function TimerText(props: { readonly reading: TimerReading; readonly className?: string; readonly testId?: string }) {
  const { reading } = props;
  return (
    <div className={`speech-timer ${props.className ?? ''}`} data-phase={reading.phase} data-running={reading.running} data-testid={props.testId} role="timer">
      {timerText(reading)}
    </div>
  );
}

export function SpeechTimer(props: { readonly timing: SpeechTiming; readonly className?: string; readonly testId?: string }) {
  return <TimerText reading={useTimerReading(props.timing)} className={props.className} testId={props.testId} />;
}
