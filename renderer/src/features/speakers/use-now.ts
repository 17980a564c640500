import { useEffect, useState } from 'react';

/**
 * The present moment for display, refreshed while `active`: the timer is computed from events,
 * and this clock only decides when the screen asks again. Stopped clocks cost nothing.
 */
export function useNow(active: boolean, intervalMs = 250): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!active) return;
    setNow(Date.now());
    const timer = setInterval(() => setNow(Date.now()), intervalMs);
    return () => clearInterval(timer);
  }, [active, intervalMs]);
  return now;
}
