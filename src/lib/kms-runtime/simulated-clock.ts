/**
 * Simulated clocks: real time plus an offset the learner moves forward (a day, 30 days, a year) to
 * watch rotation fall due and deletion windows end. Each workspace (the learner's own lab, each lab
 * challenge) has its own clock, saved in localStorage under its own key, so a reload keeps the
 * simulated date and the keys' schedules stay consistent with it.
 */

/** localStorage key of the learner's own lab clock (unchanged since the first release). */
export const CLOCK_OFFSET_STORAGE_KEY = 'kmslab.clock.offset';

/** One simulated clock. */
export interface SimulatedClock {
  /** Milliseconds the clock runs ahead of real time (0 when never set or unreadable). */
  offset(): number;
  /**
   * Sets the offset (ms, ≥ 0), saves it and notifies subscribers. KMS schedules only move forward, so
   * prefer {@link SimulatedClock.advance} in the UI.
   */
  setOffset(ms: number): void;
  /** Moves the clock forward by `ms` (ignored unless positive). */
  advance(ms: number): void;
  /** Puts the clock back to real time. */
  reset(): void;
  /** The simulated now, in epoch ms. */
  now(): number;
  /** Calls `listener` whenever the clock is moved; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
}

function storage(): Storage | undefined {
  try {
    return typeof localStorage === 'undefined' ? undefined : localStorage;
  } catch {
    // Storage can throw when the browser blocks it (privacy settings): fall back to real time.
    return undefined;
  }
}

/** A clock whose offset is saved in localStorage under `storageKey`. */
export function createSimulatedClock(storageKey: string): SimulatedClock {
  let offset: number | undefined;
  const listeners = new Set<() => void>();
  const clock: SimulatedClock = {
    offset() {
      if (offset === undefined) {
        const saved = Number(storage()?.getItem(storageKey) ?? 0);
        offset = Number.isFinite(saved) && saved >= 0 ? saved : 0;
      }
      return offset;
    },
    setOffset(ms) {
      if (!Number.isFinite(ms) || ms < 0) throw new RangeError('The clock offset must be a finite, non-negative number of milliseconds.');
      offset = ms;
      try {
        storage()?.setItem(storageKey, String(ms));
      } catch {
        // Storage full or blocked: the clock still moves for this visit.
      }
      for (const listener of listeners) listener();
    },
    advance(ms) {
      if (ms > 0) clock.setOffset(clock.offset() + ms);
    },
    reset() {
      clock.setOffset(0);
    },
    now() {
      return Date.now() + clock.offset();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  };
  return clock;
}
