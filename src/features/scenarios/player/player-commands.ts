/**
 * The player's commands in one table (keyboard help, buttons and tests read the same rows). Pure:
 * `applyCommand` is the whole state machine of stepping and playing.
 */
export type PlayerCommand = 'toggle' | 'play' | 'pause' | 'next' | 'previous' | 'first' | 'last' | 'restart';

export interface PlayerPosition {
  /** Zero-based step index. */
  step: number;
  playing: boolean;
}

/** Keyboard shortcuts, shown in the help list and matched by {@link commandForKey}. */
export const KEY_BINDINGS: readonly { keys: string[]; label: string; command: PlayerCommand }[] = [
  // Page Down / Page Up are what presentation clickers send.
  { keys: ['ArrowRight', 'PageDown'], label: 'Next step', command: 'next' },
  { keys: ['ArrowLeft', 'PageUp'], label: 'Previous step', command: 'previous' },
  { keys: [' '], label: 'Play or pause', command: 'toggle' },
  { keys: ['Home'], label: 'First step', command: 'first' },
  { keys: ['End'], label: 'Last step', command: 'last' },
];

/** The command bound to a key, or null. */
export function commandForKey(key: string): PlayerCommand | null {
  return KEY_BINDINGS.find((b) => b.keys.includes(key))?.command ?? null;
}

/** Applies a command. Manual stepping pauses playback so a presenter stays in control. */
export function applyCommand(pos: PlayerPosition, command: PlayerCommand, stepCount: number): PlayerPosition {
  const last = Math.max(0, stepCount - 1);
  switch (command) {
    case 'next':
      return { step: Math.min(last, pos.step + 1), playing: false };
    case 'previous':
      return { step: Math.max(0, pos.step - 1), playing: false };
    case 'first':
      return { step: 0, playing: false };
    case 'last':
      return { step: last, playing: false };
    case 'restart':
      return { step: 0, playing: true };
    case 'play':
      // Playing from the last step starts again from the top instead of doing nothing.
      return { step: pos.step >= last ? 0 : pos.step, playing: stepCount > 1 };
    case 'pause':
      return { ...pos, playing: false };
    case 'toggle':
      return pos.playing ? applyCommand(pos, 'pause', stepCount) : applyCommand(pos, 'play', stepCount);
  }
}

/** Parses the `?step=` search value (1-based) into a clamped zero-based index. */
export function stepFromSearch(value: unknown, stepCount: number): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : Number.NaN;
  if (!Number.isFinite(n)) return 0;
  return Math.min(Math.max(0, stepCount - 1), Math.max(0, Math.trunc(n) - 1));
}
