import { useState } from 'react';
import { Markdown } from '@/components/markdown/markdown';
import type { LabDefinition } from '@/labs';
import { labEvents, type LabRecord } from './lab-progress';
import { CopyValue, Panel, secondaryButton } from './ui';

/** The model solution: AWS CLI commands and why they work. Open once the lab is done, or on request. */
export function SolutionPanel({ lab, record }: { lab: LabDefinition; record: LabRecord | undefined }) {
  const [asking, setAsking] = useState(false);
  const open = !!record?.completedAt || !!record?.solutionViewed;
  return (
    <Panel id="solution-title" title="Model solution">
      {open ? (
        <>
          <figure className="min-w-0">
            <figcaption className="mb-1 flex flex-wrap items-center justify-between gap-2 text-sm font-semibold">
              The same with the AWS CLI
              <CopyValue value={lab.solution.cli} label="Copy the commands" />
            </figcaption>
            <pre
              className="overflow-x-auto rounded bg-slate-900 p-3 font-mono text-xs leading-relaxed text-slate-100 dark:bg-black"
              tabIndex={0}
            >
              <code>{lab.solution.cli}</code>
            </pre>
          </figure>
          <div className="mt-4">
            <Markdown source={lab.solution.explanation} />
          </div>
        </>
      ) : asking ? (
        <div role="alertdialog" aria-labelledby="solution-ask" className="flex flex-wrap items-center gap-2">
          <span id="solution-ask">Show the solution before you have solved the lab? It opens by itself once your work passes.</span>
          <button type="button" autoFocus className={secondaryButton} onClick={() => labEvents.solutionShown(lab.id)}>
            Yes, show it
          </button>
          <button type="button" className={secondaryButton} onClick={() => setAsking(false)}>
            Not yet
          </button>
        </div>
      ) : (
        <>
          <p className="mb-3">It opens by itself once every condition holds.</p>
          <button type="button" className={secondaryButton} onClick={() => setAsking(true)}>
            Show the model solution…
          </button>
        </>
      )}
    </Panel>
  );
}
