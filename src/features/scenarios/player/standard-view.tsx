import { useCallback, useMemo, useState } from 'react';
import type { ScenarioRun } from '@/scenarios';
import { ScenarioDiagram } from '../diagram/scenario-diagram';
import { KeyboardHelp } from './keyboard-help';
import { StepDetails } from './step-details';
import { StepTranscript } from './step-transcript';
import { TokenLegend } from './token-legend';

interface StandardViewProps {
  run: ScenarioRun;
  step: number;
  label: string;
  theme: 'light' | 'dark';
  controls: React.ReactNode;
  toolbar: React.ReactNode;
  onSelect: (index: number) => void;
  stepTools?: React.ReactNode;
}

/** The page layout: diagram, caption, controls and the step in detail, with the transcript beside (below on phones). */
export function StandardView({ run, step, label, theme, controls, toolbar, onSelect, stepTools }: StandardViewProps) {
  const current = run.steps[step]!;
  const actorLabels = useMemo(() => new Map(run.actors.map((a) => [a.id, a.label])), [run.actors]);
  // The opened token belongs to the step it was opened on; another step starts with none open.
  const [opened, setOpened] = useState<{ step: number; token: number | null }>({ step, token: null });
  const openToken = opened.step === step ? opened.token : null;
  const setOpenToken = useCallback((token: number | null) => setOpened({ step, token }), [step]);

  return (
    <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_20rem]">
      <div className="min-w-0 space-y-3">
        <figure aria-describedby="scn-transcript" className="m-0">
          <div className="overflow-hidden rounded-lg border border-slate-300 bg-slate-50 dark:border-slate-700 dark:bg-slate-950">
            <ScenarioDiagram run={run} stepIndex={step} colorMode={theme} label={label} />
          </div>
          <figcaption className="mt-2">
            <span className="block text-lg font-semibold">
              Step {step + 1} of {run.steps.length}: {current.title}
            </span>
            <span className="mt-1 block text-slate-800 dark:text-slate-200">{current.narration}</span>
          </figcaption>
        </figure>
        {controls}
        {toolbar}
        <TokenLegend />
        {stepTools}
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
          <StepTranscript steps={run.steps} current={step} onSelect={onSelect} />
        </div>
        <KeyboardHelp />
      </aside>
    </div>
  );
}
