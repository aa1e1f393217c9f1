/** Milliseconds one token trip takes at 1x speed. */
export const TRAVEL_MS = 1100;
/** Milliseconds a step stays on screen after its tokens arrive, while playing, at 1x speed. */
export const DWELL_MS = 2600;
/** Playback speeds offered to the learner. */
export const SPEEDS = [0.5, 1, 1.5, 2] as const;
export type Speed = (typeof SPEEDS)[number];

/**
 * Pure timing of one step: given the time spent on it, how far the tokens have travelled and
 * whether playback should move on.
 */
export function stepTiming(elapsedMs: number, moves: number, speed: number): { progress: number; advance: boolean } {
  const travel = (TRAVEL_MS * Math.max(1, moves)) / speed;
  const dwell = DWELL_MS / speed;
  return { progress: Math.min(1, elapsedMs / travel), advance: elapsedMs >= travel + dwell };
}
