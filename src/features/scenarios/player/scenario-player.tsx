import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { useTheme } from '@/lib/theme';
import { ScenarioDiagram } from '../diagram/scenario-diagram';
import { exportDiagram } from '../export-image';
import { PlayerControls } from './player-controls';
import { applyCommand, commandForKey, type PlayerCommand } from './player-commands';
import { StepDetails } from './step-details';
import { StepTranscript } from './step-transcript';
import { TokenLegend } from './token-legend';
import { KeyboardHelp } from './keyboard-help';
import { usePlayerClock } from './use-player-clock';
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
}

/** Keys typed into form fields and buttons keep their usual meaning. */
function ignoresShortcut(target: EventTarget | null, key: string): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName)) return true;
  // Space activates a focused button or summary; let it.
  return key === ' ' && (target.tagName === 'BUTTON' || target.tagName === 'SUMMARY' || target.tagName === 'A');
}

/**
 * The scenario player: the animated diagram, its controls, the transcript, the current step's bytes
 * and KMS call, and a presenter mode (full screen, large type, high contrast, captions).
 */
export function ScenarioPlayer({ run, step, onStepChange, footer }: PlayerProps) {
  const count = run.steps.length;
  const current = run.steps[step] ?? run.steps[0]!;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState<Speed>(1);
  const [presenter, setPresenter] = useState(false);
  // The opened token belongs to the step it was opened on; another step starts with none open.
  const [opened, setOpened] = useState<{ step: number; token: number | null }>({ step, token: null });
  const openToken = opened.step === step ? opened.token : null;
  const setOpenToken = useCallback((token: number | null) => setOpened({ step, token }), [step]);
  const [exportError, setExportError] = useState<string | null>(null);
  const reducedMotion = useReducedMotion();
  const theme = useTheme((s) => s.resolved);
  const rootRef = useRef<HTMLDivElement>(null);
  const diagramRef = useRef<HTMLDivElement>(null);
  const actorLabels = useMemo(() => new Map(run.actors.map((a) => [a.id, a.label])), [run.actors]);

  const command = useCallback(
    (cmd: PlayerCommand) => {
      const next = applyCommand({ step, playing }, cmd, count);
      setPlaying(next.playing);
      if (next.step !== step) onStepChange(next.step);
    },
    [step, playing, count, onStepChange],
  );

  const advance = useCallback(() => {
    if (step >= count - 1) setPlaying(false);
    else onStepChange(step + 1);
  }, [step, count, onStepChange]);

  usePlayerClock({ stepKey: `${run.id}:${step}`, moves: current.moves.length, playing, speed, reducedMotion, onAdvance: advance });

  // Reaching the end stops playback.
  useEffect(() => {
    if (playing && step >= count - 1) {
      const t = window.setTimeout(() => setPlaying(false), 0);
      return () => window.clearTimeout(t);
    }
  }, [playing, step, count]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || ignoresShortcut(e.target, e.key)) return;
      if (e.key === 'Escape' && presenter) {
        setPresenter(false);
        return;
      }
      const cmd = commandForKey(e.key);
      if (!cmd) return;
      e.preventDefault();
      command(cmd);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [command, presenter]);

  // Keep keyboard focus on the presenter toggle when the layout swaps around it.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    rootRef.current?.querySelector<HTMLButtonElement>('[data-presenter-toggle]')?.focus();
  }, [presenter]);

  // Leaving full screen with the browser's own Esc also leaves presenter mode.
  useEffect(() => {
    const onChange = () => {
      if (!document.fullscreenElement) setPresenter(false);
    };
    document.addEventListener('fullscreenchange', onChange);
    return () => document.removeEventListener('fullscreenchange', onChange);
  }, []);

  const togglePresenter = async () => {
    if (presenter) {
      setPresenter(false);
      if (document.fullscreenElement) await document.exitFullscreen().catch(() => {});
      return;
    }
    setPresenter(true);
    // Full screen can be refused (iframes, some browsers); presenter mode still fills the window.
    await rootRef.current?.requestFullscreen?.().catch(() => {});
  };

  const exportStep = async (format: 'png' | 'svg') => {
    if (!diagramRef.current) return;
    setExportError(null);
    try {
      const bg = presenter ? '#000000' : theme === 'dark' ? '#020617' : '#ffffff';
      await exportDiagram(diagramRef.current, format, `${run.id}-step-${step + 1}`, bg);
    } catch (err) {
      setExportError(
        `The ${format.toUpperCase()} export failed (${err instanceof Error ? err.message : String(err)}). Try the other format, or take a screenshot.`,
      );
    }
  };

  const announcement = `Step ${step + 1} of ${count}: ${current.title}. ${current.narration}`;
  const diagramLabel = `${run.title} diagram, step ${step + 1} of ${count}: ${current.title}`;
  const controls = (
    <PlayerControls
      step={step}
      stepCount={count}
      playing={playing}
      speed={speed}
      onCommand={command}
      onSeek={(i) => {
        setPlaying(false);
        onStepChange(i);
      }}
      onSpeed={setSpeed}
    />
  );
  const toolbar = (
    <div className="flex flex-wrap items-center gap-2 text-sm">
      <button type="button" className="scn-button" data-presenter-toggle aria-pressed={presenter} onClick={() => void togglePresenter()}>
        {presenter ? 'Exit presenter mode' : 'Presenter mode'}
      </button>
      <button type="button" className="scn-button" onClick={() => void exportStep('png')}>
        Export step as PNG
      </button>
      <button type="button" className="scn-button" onClick={() => void exportStep('svg')}>
        Export step as SVG
      </button>
      {exportError && (
        <p role="alert" className="w-full text-red-800 dark:text-red-300">
          {exportError}
        </p>
      )}
    </div>
  );

  return (
    <div ref={rootRef} className={presenter ? 'scn-presenter' : ''} data-presenter={presenter || undefined}>
      <p className="sr-only" aria-live="polite" aria-atomic="true" data-testid="step-announcer">
        {announcement}
      </p>
      {presenter ? (
        <div className="scn-presenter-layout">
          <figure className="scn-presenter-figure" aria-describedby="scn-caption">
            <ScenarioDiagram ref={diagramRef} run={run} stepIndex={step} colorMode="dark" label={diagramLabel} />
          </figure>
          <p id="scn-caption" className="scn-caption">
            <span className="scn-caption-title">
              {step + 1}/{count} · {current.title}
            </span>
            {current.narration}
          </p>
          <div className="scn-presenter-bar">
            {controls}
            {toolbar}
          </div>
        </div>
      ) : (
        <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
          <div className="min-w-0 space-y-3">
            <figure aria-describedby="scn-transcript" className="m-0">
              <div className="h-[26rem] overflow-hidden rounded-lg border border-slate-300 bg-slate-50 sm:h-[28rem] dark:border-slate-700 dark:bg-slate-950">
                <ScenarioDiagram ref={diagramRef} run={run} stepIndex={step} colorMode={theme} label={diagramLabel} />
              </div>
              <figcaption className="mt-2">
                <span className="block text-lg font-semibold">
                  Step {step + 1} of {count}: {current.title}
                </span>
                <span className="mt-1 block text-slate-800 dark:text-slate-200">{current.narration}</span>
              </figcaption>
            </figure>
            {controls}
            {toolbar}
            <TokenLegend />
            <section aria-labelledby="scn-details-h" className="space-y-2">
              <h2 id="scn-details-h" className="text-xl font-semibold">
                This step in detail
              </h2>
              <StepDetails step={current} actorLabel={(id) => actorLabels.get(id) ?? id} openToken={openToken} onOpenToken={setOpenToken} />
            </section>
          </div>
          <aside aria-labelledby="scn-transcript-h" className="min-w-0">
            <h2 id="scn-transcript-h" className="text-xl font-semibold">
              Transcript
            </h2>
            <div id="scn-transcript" className="mt-2">
              <StepTranscript
                steps={run.steps}
                current={step}
                onSelect={(i) => {
                  setPlaying(false);
                  onStepChange(i);
                }}
              />
            </div>
            <KeyboardHelp />
          </aside>
        </div>
      )}
      {!presenter && footer}
    </div>
  );
}
