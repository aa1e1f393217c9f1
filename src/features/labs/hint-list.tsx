import { useState } from 'react';
import { Markdown } from '@/components/markdown/markdown';
import { Button } from '@/components/ui';
import type { LabDefinition } from '@/labs';
import { labEvents, type LabRecord } from './lab-progress';
import { Panel } from './ui';

/** Progressive hints: each one reveals more; how many were shown is kept with the learner's progress. */
export function HintList({ lab, record }: { lab: LabDefinition; record: LabRecord | undefined }) {
  const [local, setLocal] = useState(0);
  const shown = Math.min(lab.hints.length, Math.max(local, record?.hintsUsed ?? 0));
  const next = () => {
    const count = shown + 1;
    setLocal(count);
    labEvents.hintShown(lab.id, count);
  };
  return (
    <Panel id="hints-title" title="Hints">
      {shown === 0 && <p className="mb-3">Stuck? Each hint tells you a little more than the one before.</p>}
      <ol className="mb-3 space-y-3">
        {lab.hints.slice(0, shown).map((hint, i) => (
          <li key={i} className="rounded border border-slate-200 p-3 dark:border-slate-700">
            <p className="text-sm font-semibold">Hint {i + 1}</p>
            <Markdown source={hint} />
          </li>
        ))}
      </ol>
      {shown < lab.hints.length ? (
        <Button onClick={next}>
          Show hint {shown + 1} of {lab.hints.length}
        </Button>
      ) : (
        <p className="text-sm text-slate-700 dark:text-slate-300">That was the last hint; the model solution has the rest.</p>
      )}
    </Panel>
  );
}
