/**
 * The lab's simulated clock: real time plus an offset the learner moves forward (a day, 30 days, a
 * year) to watch rotation happen and deletion windows end. The offset is saved, so a reload keeps
 * the simulated date and the keys' schedules stay consistent with it.
 */
export const CLOCK_OFFSET_KEY = 'kmslab.clock.offset';

let offset = readOffset();
const listeners = new Set<() => void>();

function readOffset(): number {
  try {
    const value = Number(localStorage.getItem(CLOCK_OFFSET_KEY) ?? 0);
    return Number.isFinite(value) && value >= 0 ? value : 0;
  } catch {
    return 0;
  }
}

/** Simulated now, in epoch milliseconds. */
export function simNow(): number {
  return Date.now() + offset;
}

/** How far the simulated clock is ahead of real time, in milliseconds. */
export function clockOffset(): number {
  return offset;
}

/** Moves the simulated clock forward (never back: KMS schedules only move forward in time). */
export function advanceClock(ms: number): void {
  if (!(ms > 0)) return;
  setOffset(offset + ms);
}

/** Puts the simulated clock back to real time (used by the lab's Reset). */
export function resetClock(): void {
  setOffset(0);
}

function setOffset(next: number) {
  offset = next;
  try {
    localStorage.setItem(CLOCK_OFFSET_KEY, String(next));
  } catch {
    // Storage full or blocked: the clock still moves for this visit.
  }
  for (const l of listeners) l();
}

/** Calls `listener` whenever the simulated clock is moved. */
export function subscribeClock(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}
