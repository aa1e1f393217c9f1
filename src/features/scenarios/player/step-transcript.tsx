import type { ScenarioStep } from '@/scenarios';

interface TranscriptProps {
  steps: ScenarioStep[];
  current: number;
  onSelect: (index: number) => void;
}

/**
 * Every step as text, the current one marked: the accessible equivalent of the diagram, and a way to
 * jump to any step.
 */
export function StepTranscript({ steps, current, onSelect }: TranscriptProps) {
  return (
    <ol className="space-y-1" aria-label="Steps">
      {steps.map((step, i) => {
        const isCurrent = i === current;
        return (
          <li key={step.id} aria-current={isCurrent ? 'step' : undefined}>
            <button
              type="button"
              onClick={() => onSelect(i)}
              className={`w-full rounded-md border-l-4 px-3 py-2 text-left ${
                isCurrent
                  ? 'border-blue-700 bg-blue-50 dark:border-sky-300 dark:bg-slate-800'
                  : 'border-transparent hover:bg-slate-100 dark:hover:bg-slate-900'
              }`}
            >
              <span className="block text-sm font-semibold">
                <span className="text-slate-700 dark:text-slate-300">{i + 1}.</span> {step.title}
                {isCurrent && <span className="sr-only"> (current step)</span>}
              </span>
              <span className="mt-0.5 block text-sm text-slate-700 dark:text-slate-300">{step.narration}</span>
              {step.call && (
                <span className="mt-0.5 block font-mono text-xs text-slate-700 dark:text-slate-300">
                  {step.call.operation} in {step.call.region}: {step.call.outcome.ok ? 'succeeded' : step.call.outcome.errorName}
                </span>
              )}
            </button>
          </li>
        );
      })}
    </ol>
  );
}
