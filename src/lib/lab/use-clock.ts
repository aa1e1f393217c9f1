import { useEffect, useState, useSyncExternalStore } from 'react';
import { getClockOffset, subscribeClock } from '@/lib/kms-runtime';

/**
 * How far the simulated clock is ahead of real time; changes only when the learner moves it, so it
 * is safe as an effect dependency (lists read again when the clock moves).
 */
export function useClockOffset(): number {
  return useSyncExternalStore(subscribeClock, getClockOffset, getClockOffset);
}

/**
 * The simulated date for display: a moved clock shows at once; the real time under it is refreshed
 * every 15 seconds (the pages show minutes at most).
 */
export function useSimNow(): number {
  const offset = useClockOffset();
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = setInterval(() => setNow(Date.now()), 15_000);
    return () => clearInterval(timer);
  }, []);
  return now + offset;
}
