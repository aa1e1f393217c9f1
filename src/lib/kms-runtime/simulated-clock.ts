/**
 * The app's simulated clock: real time plus an offset the learner moves forward (a day, 30 days, a
 * year) to watch rotation fall due and deletion windows end. The offset is saved in localStorage,
 * so a reload keeps the simulated date and the keys' schedules stay consistent with it.
 */
export const CLOCK_OFFSET_STORAGE_KEY = 'kmslab.clock.offset';

let offset: number | undefined;
const listeners = new Set<() => void>();

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can throw when the browser blocks it (privacy settings): fall back to real time.
    return undefined;
  }
}

/** Milliseconds the simulated clock runs ahead of real time (0 when never set or unreadable). */
export function getClockOffset(): number {
  if (offset === undefined) {
    const saved = Number(storage()?.getItem(CLOCK_OFFSET_STORAGE_KEY) ?? 0);
    offset = Number.isFinite(saved) && saved >= 0 ? saved : 0;
  }
  return offset;
}

/**
 * Sets the offset (ms, ≥ 0), saves it and notifies subscribers. The simulator's time jumps for every
 * later call; KMS schedules only move forward, so prefer {@link advanceClock} in the UI.
 */
export function setClockOffset(ms: number): void {
  if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock offset must be a finite, non-negative number of milliseconds.');
  offset = ms;
  try {
    storage()?.setItem(CLOCK_OFFSET_STORAGE_KEY, String(ms));
  } catch {
    // Storage full or blocked: the clock still moves for this visit.
  }
  for (const listener of listeners) listener();
}

/** Moves the simulated clock forward by `ms` (ignored unless positive). */
export function advanceClock(ms: number): void {
  if (ms > 0) setClockOffset(getClockOffset() + ms);
}

/** Puts the simulated clock back to real time (the lab's Reset). */
export function resetClock(): void {
  setClockOffset(0);
}

/** Calls `listener` whenever the simulated clock is moved; returns the unsubscribe function. */
export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The simulated now, in epoch ms: what the app's KMS sees as the current time. */
export function simulatedNow(): number {
  return Date.now() + getClockOffset();
}
