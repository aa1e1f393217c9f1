import type { ScenarioRun } from '@/scenarios';
import { ScenarioDiagram } from '../diagram/scenario-diagram';

interface PresenterViewProps {
  run: ScenarioRun;
  step: number;
  label: string;
  controls: React.ReactNode;
  toolbar: React.ReactNode;
  /** Focused on entry, so the keyboard and a clicker drive the player from the first key. */
  stageRef: (el: HTMLElement | null) => void;
}

/** Presenter mode's layout: the diagram across the whole width, the narration in large type, the controls below. */
export function PresenterView({ run, step, label, controls, toolbar, stageRef }: PresenterViewProps) {
  const current = run.steps[step]!;
  return (
    <div className="scn-presenter-layout">
      <div ref={stageRef} role="region" aria-label={label} tabIndex={-1} className="scn-presenter-stage" data-testid="presenter-stage">
        <figure className="scn-presenter-figure" aria-describedby="scn-caption">
          <ScenarioDiagram run={run} stepIndex={step} colorMode="dark" label={label} presenter />
        </figure>
      </div>
      <p id="scn-caption" className="scn-caption">
        <span className="scn-caption-title">
          {step + 1}/{run.steps.length} · {current.title}
        </span>
        {current.narration}
      </p>
      <div className="scn-presenter-bar">
        {controls}
        {toolbar}
      </div>
    </div>
  );
}
