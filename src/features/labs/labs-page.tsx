import { Link } from '@tanstack/react-router';
import { Badge, PageHeading } from '@/components/ui';
import { topicLabel } from '@/lib/topics';
import { LAB_CATALOG, type LabInfo } from '@/labs';
import { DIFFICULTY_LABELS } from './labels';
import { useLabRecords, type LabRecord } from './lab-progress';
import { LabProgressNotice } from './labs-progress';

/** /labs: every challenge with its topic, difficulty, time and whether the learner has done it. */
export function LabsPage() {
  const records = useLabRecords();
  const done = LAB_CATALOG.filter((lab) => records[lab.id]?.completedAt).length;
  return (
    <div>
      <PageHeading
        title="Hands-on labs"
        lead="Graded challenges in the simulated console: each sets up its own account (keys, users, policies, a clock) and states a goal as an outcome. Reach it any way you like; the checker reads the simulator's state and audit trail to see whether it holds."
      />
      <p role="status" className="mb-4 font-semibold">
        {done} of {LAB_CATALOG.length} labs done
      </p>
      <LabProgressNotice />
      <ol className="mt-4 grid gap-4 md:grid-cols-2">
        {LAB_CATALOG.map((lab) => (
          <LabCard key={lab.id} lab={lab} record={records[lab.id]} />
        ))}
      </ol>
      <p className="mt-8 max-w-3xl text-slate-700 dark:text-slate-300">
        Each lab works in its own simulated account, so resetting a lab never touches your own lab in the console or another lab. Your
        progress (done, hints used, time) is kept with your quiz progress in this browser and exported with it.
      </p>
    </div>
  );
}

function LabCard({ lab, record }: { lab: LabInfo; record: LabRecord | undefined }) {
  return (
    <li className="flex flex-col rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 className="text-lg font-semibold">
        <Link to="/labs/$labId" params={{ labId: lab.id }}>
          {lab.title}
        </Link>
      </h2>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
        <span>{topicLabel(lab.topic)}</span>
        <span aria-hidden="true">·</span>
        <span>{DIFFICULTY_LABELS[lab.difficulty]}</span>
        <span aria-hidden="true">·</span>
        <span>about {lab.minutes} min</span>
        {record?.completedAt ? <Badge tone="success">Done</Badge> : record?.startedAt ? <Badge tone="warning">Started</Badge> : null}
      </p>
      <p className="mt-2 text-slate-700 dark:text-slate-300">{lab.summary}</p>
    </li>
  );
}
