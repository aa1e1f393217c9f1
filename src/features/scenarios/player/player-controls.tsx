import { useId } from 'react';
import { SPEEDS, type Speed } from './timing';
import type { PlayerCommand } from './player-commands';

interface ControlsProps {
  step: number;
  stepCount: number;
  playing: boolean;
  speed: Speed;
  onCommand: (command: PlayerCommand) => void;
  onSeek: (index: number) => void;
  onSpeed: (speed: Speed) => void;
}

function ControlButton({
  label,
  onClick,
  disabled,
  children,
  pressed,
}: {
  label: string;
  onClick: () => void;
  disabled?: boolean;
  children: React.ReactNode;
  pressed?: boolean;
}) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      aria-pressed={pressed}
      disabled={disabled}
      onClick={onClick}
      className="scn-control inline-flex h-10 min-w-10 items-center justify-center rounded-md border border-slate-400 bg-white px-2 text-slate-900 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-50 dark:hover:bg-slate-800"
    >
      {children}
    </button>
  );
}

const icon = { className: 'h-5 w-5', viewBox: '0 0 20 20', fill: 'currentColor', 'aria-hidden': true } as const;

/** Play/pause, step, restart, speed and a scrubber over the steps. */
export function PlayerControls({ step, stepCount, playing, speed, onCommand, onSeek, onSpeed }: ControlsProps) {
  const scrubId = useId();
  const speedId = useId();
  const last = stepCount - 1;
  return (
    <div className="scn-controls flex flex-wrap items-center gap-2" role="group" aria-label="Player controls">
      <ControlButton label="Restart" onClick={() => onCommand('restart')}>
        <svg {...icon}>
          <path d="M4 3h2v14H4zM17 3v14L7 10z" />
        </svg>
      </ControlButton>
      <ControlButton label="Previous step" onClick={() => onCommand('previous')} disabled={step <= 0}>
        <svg {...icon}>
          <path d="M15 3v14L5 10z" />
        </svg>
      </ControlButton>
      <ControlButton label={playing ? 'Pause' : 'Play'} onClick={() => onCommand('toggle')} disabled={stepCount < 2}>
        {playing ? (
          <svg {...icon}>
            <path d="M5 3h4v14H5zM11 3h4v14h-4z" />
          </svg>
        ) : (
          <svg {...icon}>
            <path d="M5 3v14l12-7z" />
          </svg>
        )}
      </ControlButton>
      <ControlButton label="Next step" onClick={() => onCommand('next')} disabled={step >= last}>
        <svg {...icon}>
          <path d="M5 3v14l10-7z" />
        </svg>
      </ControlButton>
      <div className="flex min-w-40 flex-1 items-center gap-2">
        <label htmlFor={scrubId} className="sr-only">
          Step
        </label>
        <input
          id={scrubId}
          type="range"
          min={1}
          max={stepCount}
          step={1}
          value={step + 1}
          aria-valuetext={`Step ${step + 1} of ${stepCount}`}
          onChange={(e) => onSeek(Number(e.target.value) - 1)}
          className="scn-scrubber h-2 flex-1 cursor-pointer accent-blue-700 dark:accent-sky-300"
        />
        <span className="text-sm whitespace-nowrap tabular-nums" aria-hidden>
          {step + 1} / {stepCount}
        </span>
      </div>
      <label htmlFor={speedId} className="text-sm">
        Speed
      </label>
      <select
        id={speedId}
        value={speed}
        onChange={(e) => onSpeed(Number(e.target.value) as Speed)}
        className="h-10 rounded-md border border-slate-400 bg-white px-2 text-sm dark:border-slate-500 dark:bg-slate-900"
      >
        {SPEEDS.map((s) => (
          <option key={s} value={s}>
            {s}×
          </option>
        ))}
      </select>
    </div>
  );
}
