import { useEffect, useEffectEvent, useRef } from 'react';
import { usePlayback } from './playback-store';
import { stepTiming } from './timing';

interface ClockOptions {
  /** Changes whenever the step changes; restarts the clock. */
  stepKey: string;
  moves: number;
  playing: boolean;
  speed: number;
  reducedMotion: boolean;
  onAdvance: () => void;
}

/**
 * The one requestAnimationFrame loop: advances the token's progress for the current step and, while
 * playing, moves on after the step has been shown. With reduced motion the token is placed at its
 * destination at once (no travel), and playback still advances on the same schedule.
 */
export function usePlayerClock({ stepKey, moves, playing, speed, reducedMotion, onAdvance }: ClockOptions) {
  const setProgress = usePlayback((s) => s.setProgress);
  const elapsed = useRef(0);
  const advanceStep = useEffectEvent(onAdvance);

  // A new step starts its travel from the beginning.
  useEffect(() => {
    elapsed.current = 0;
    setProgress(reducedMotion ? 1 : 0);
  }, [stepKey, reducedMotion, setProgress]);

  useEffect(() => {
    let frame = 0;
    let last = performance.now();
    let done = false;
    const tick = (now: number) => {
      const dt = Math.min(100, now - last); // a background tab must not jump several steps at once
      last = now;
      const before = stepTiming(elapsed.current, moves, speed);
      if (playing || before.progress < 1) elapsed.current += dt;
      const { progress, advance } = stepTiming(elapsed.current, moves, speed);
      if (!reducedMotion && progress !== usePlayback.getState().progress) setProgress(progress);
      if (playing && advance && !done) {
        done = true;
        advanceStep();
        return;
      }
      if (playing || progress < 1) frame = requestAnimationFrame(tick);
    };
    frame = requestAnimationFrame(tick);
    return () => cancelAnimationFrame(frame);
  }, [stepKey, moves, playing, speed, reducedMotion, setProgress]);
}
