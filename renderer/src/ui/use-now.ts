import { useEffect, useState } from 'react';

/** The current time (ms), refreshed at each whole second so that clocks on several screens tick together. */
export function useNow(): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout>;
    const tick = () => {
      const current = Date.now();
      setNow(current);
      timer = setTimeout(tick, 1000 - (current % 1000) + 5);
    };
    timer = setTimeout(tick, 1000 - (Date.now() % 1000) + 5);
    return () => clearTimeout(timer);
  }, []);
  return now;
}

/** Minutes the desk's clock is ahead of UTC at `now` (420 in Vietnam). */
export function utcOffsetMinutes(now: number): number {
  return -new Date(now).getTimezoneOffset();
}
