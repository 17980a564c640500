import { useEffect, useState } from 'react';
import { deskNow, onDeskClock } from './desk-clock';

/**
 * The desk's current time (ms), refreshed at each whole second of the desk's clock so that clocks
 * on several screens tick together, and at once when the estimate of the desk's clock changes.
 */
export function useNow(): number {
  const [now, setNow] = useState(() => deskNow());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      clearTimeout(timer);
      const current = deskNow();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    timer = setTimeout(tick, 1000 - (deskNow() % 1000) + 5);
    const off = onDeskClock(tick);
    return () => {
      off();
      clearTimeout(timer);
    };
  }, []);
  return now;
}

/** Minutes the desk's clock is ahead of UTC at `now` (420 in Vietnam). */
export function utcOffsetMinutes(now: number): number {
  return -new Date(now).getTimezoneOffset();
}
