import { useCallback, useRef, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { useTheme } from '@/lib/theme';
import { PlayerControls } from './player-controls';
import { applyCommand, type PlayerCommand } from './player-commands';
import { PlayerToolbar } from './player-toolbar';
import { PresenterView } from './presenter-view';
import { StandardView } from './standard-view';
import { usePlayerClock } from './use-player-clock';
import { usePlayerKeys } from './use-player-keys';
import { usePresenter } from './use-presenter';
import { useReducedMotion } from './use-reduced-motion';
import type { Speed } from './timing';
import '../scenarios.css';

interface PlayerProps {
  run: ScenarioRun;
  /** Zero-based current step (owned by the URL). */
  step: number;
  onStepChange: (index: number) => void;
  /** Rendered under the player (the scenario's quiz questions). */
  footer?: React.ReactNode;
  /** Shown above the step details (the narration editor of a recorded scenario). */
  stepTools?: React.ReactNode;
}

/**
 * The scenario player: the animated diagram, its controls, the transcript, the current step's bytes
 * and KMS call, and a presenter mode (full screen, large type, captions). It owns only what the
 * learner chooses (playing, speed, presenter mode); the step is the URL's.
 */
export function ScenarioPlayer({ run, step, onStepChange, footer, stepTools }: PlayerProps) {
  const count = run.steps.length;
  const current = run.steps[step] ?? run.steps[0]!;
  const [playRequested, setPlayRequested] = useState(false);
  // Derived, not effected: playback stops by itself on the last step.
  const playing = playRequested && step < count - 1;
  const [speed, setSpeed] = useState<Speed>(1);
  const reducedMotion = useReducedMotion();
  const theme = useTheme((s) => s.resolved);
  const rootRef = useRef<HTMLDivElement>(null);
  const { presenter, enter, exit, stageRef, toggleRef } = usePresenter(rootRef);

  const command = useCallback(
    (cmd: PlayerCommand) => {
      const next = applyCommand({ step, playing }, cmd, count);
      setPlayRequested(next.playing);
      if (next.step !== step) onStepChange(next.step);
    },
    [step, playing, count, onStepChange],
  );
  const seek = useCallback(
    (index: number) => {
      setPlayRequested(false);
      onStepChange(index);
    },
    [onStepChange],
  );
  const advance = useCallback(() => onStepChange(Math.min(count - 1, step + 1)), [step, count, onStepChange]);

  usePlayerClock({ stepKey: `${run.id}:${step}`, moves: current.moves.length, playing, speed, reducedMotion, onAdvance: advance });
  usePlayerKeys(presenter, command, exit);

  const controls = (
    <PlayerControls step={step} stepCount={count} playing={playing} speed={speed} onCommand={command} onSeek={seek} onSpeed={setSpeed} />
  );
  const toolbar = (
    <PlayerToolbar
      run={run}
      step={step}
      presenter={presenter}
      onTogglePresenter={presenter ? exit : enter}
      toggleRef={toggleRef}
      theme={theme}
    />
  );
  const view = { run, step, controls, toolbar, label: `${run.title} diagram, step ${step + 1} of ${count}: ${current.title}` };

  return (
    <div ref={rootRef} className={presenter ? 'scn-presenter' : ''} data-presenter={presenter || undefined}>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
        {`Step ${step + 1} of ${count}: ${current.title}. ${current.narration}`}
      </p>
      {presenter ? (
        <PresenterView {...view} stageRef={stageRef} />
      ) : (
        <StandardView {...view} theme={theme} onSelect={seek} stepTools={stepTools} />
      )}
      {!presenter && footer}
    </div>
  );
}
