import { useState } from 'react';
import { Markdown } from '@/components/markdown/markdown';
import { Button, Dialog } from '@/components/ui';
import type { LabDefinition } from '@/labs';
import { labEvents, type LabRecord } from './lab-progress';
import { CopyValue, Panel } from './ui';

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
      ) : (
        <>
          <p className="mb-3">It opens by itself once every condition holds.</p>
          <Button onClick={() => setAsking(true)}>Show the model solution…</Button>
        </>
      )}
      <Dialog open={asking && !open} onClose={() => setAsking(false)} title="Show the solution now?" alert>
        <p>
          You have not solved this lab yet. The solution opens by itself once your work passes; seeing it now is kept with your progress.
        </p>
        <div className="mt-4 flex flex-wrap gap-2">
          <Button
            variant="primary"
            onClick={() => {
              labEvents.solutionShown(lab.id);
              setAsking(false);
            }}
          >
            Yes, show it
          </Button>
          <Button data-autofocus onClick={() => setAsking(false)}>
            Not yet
          </Button>
        </div>
      </Dialog>
    </Panel>
  );
}
