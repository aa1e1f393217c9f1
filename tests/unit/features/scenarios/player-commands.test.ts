// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { applyCommand, commandForKey, stepFromSearch } from '@/features/scenarios/player/player-commands';
import { stepTiming, TRAVEL_MS, DWELL_MS } from '@/features/scenarios/player/timing';
import { ignoresShortcut } from '@/features/scenarios/player/use-player-keys';

describe('player commands', () => {
  it('steps forward and back within bounds, pausing playback', () => {
    expect(applyCommand({ step: 0, playing: true }, 'next', 5)).toEqual({ step: 1, playing: false });
    expect(applyCommand({ step: 4, playing: false }, 'next', 5)).toEqual({ step: 4, playing: false });
    expect(applyCommand({ step: 0, playing: false }, 'previous', 5)).toEqual({ step: 0, playing: false });
    expect(applyCommand({ step: 3, playing: false }, 'first', 5)).toEqual({ step: 0, playing: false });
    expect(applyCommand({ step: 1, playing: false }, 'last', 5)).toEqual({ step: 4, playing: false });
  });

  it('toggles play and pause; playing from the end starts over', () => {
    expect(applyCommand({ step: 2, playing: false }, 'toggle', 5)).toEqual({ step: 2, playing: true });
    expect(applyCommand({ step: 2, playing: true }, 'toggle', 5)).toEqual({ step: 2, playing: false });
    expect(applyCommand({ step: 4, playing: false }, 'play', 5)).toEqual({ step: 0, playing: true });
    expect(applyCommand({ step: 3, playing: false }, 'restart', 5)).toEqual({ step: 0, playing: true });
  });

  it('maps keys to commands and ignores others', () => {
    expect(commandForKey('ArrowRight')).toBe('next');
    expect(commandForKey('ArrowLeft')).toBe('previous');
    expect(commandForKey(' ')).toBe('toggle');
    expect(commandForKey('Home')).toBe('first');
    expect(commandForKey('End')).toBe('last');
    expect(commandForKey('a')).toBeNull();
  });

  it('reads ?step= as 1-based and clamps it', () => {
    expect(stepFromSearch(3, 8)).toBe(2);
    expect(stepFromSearch('3', 8)).toBe(2);
    expect(stepFromSearch(99, 8)).toBe(7);
    expect(stepFromSearch(0, 8)).toBe(0);
    expect(stepFromSearch('abc', 8)).toBe(0);
    expect(stepFromSearch(undefined, 8)).toBe(0);
  });

  it('times a step: travel per move, then dwell before advancing; speed scales both', () => {
    expect(stepTiming(0, 2, 1)).toEqual({ progress: 0, advance: false });
    expect(stepTiming(TRAVEL_MS, 2, 1).progress).toBeCloseTo(0.5);
    expect(stepTiming(2 * TRAVEL_MS + DWELL_MS - 1, 2, 1)).toEqual({ progress: 1, advance: false });
    expect(stepTiming(2 * TRAVEL_MS + DWELL_MS, 2, 1).advance).toBe(true);
    expect(stepTiming(TRAVEL_MS / 2, 1, 2).progress).toBeCloseTo(1);
  });
});

describe('player keys', () => {
  it('binds the clicker keys Page Down and Page Up to next and previous', () => {
    expect(commandForKey('PageDown')).toBe('next');
    expect(commandForKey('PageUp')).toBe('previous');
  });

  it('leaves Space to a focused button on the page, but not in presenter mode', () => {
    const button = document.createElement('button');
    const input = document.createElement('input');
    expect(ignoresShortcut(button, ' ', false)).toBe(true);
    expect(ignoresShortcut(button, ' ', true)).toBe(false);
    expect(ignoresShortcut(input, 'ArrowRight', true)).toBe(true);
    expect(ignoresShortcut(document.createElement('div'), ' ', false)).toBe(false);
  });
});
