import { useEffect, useState } from 'react';
import { deskNow, onDeskClock } from '../../ui/desk-clock';

/**
 * The present moment by the desk's clock, refreshed while `active`: the timer is computed from
 * events, and this clock only decides when the screen asks again. Stopped clocks cost nothing.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => deskNow());
  useEffect(() => {
    if (!active) return;
    const tick = () => setNow(deskNow());
    tick();
    const timer = setInterval(tick, intervalMs);
    const off = onDeskClock(tick);
    return () => {
      off();
      clearInterval(timer);
    };
  }, [active, intervalMs]);
  return now;
}
