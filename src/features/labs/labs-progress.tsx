import { Link } from '@tanstack/react-router';
import { useEffect } from 'react';
import { DataTable, Notice, type Column } from '@/components/ui';
import { LAB_CATALOG, type LabInfo } from '@/labs';
import { type LabRecord } from '@/quiz';
import { topicLabel } from '@/lib/topics';
import { useLabProgress, useLabRecords } from './lab-progress';

interface TopicRow {
  topic: string;
  labs: LabInfo[];
}

const ROWS: TopicRow[] = [...new Set(LAB_CATALOG.map((lab) => lab.topic))]
  .map((topic) => ({ topic, labs: LAB_CATALOG.filter((lab) => lab.topic === topic) }))
  .sort((a, b) => topicLabel(a.topic).localeCompare(topicLabel(b.topic)));

function columns(records: Record<string, LabRecord>): Column<TopicRow>[] {
  return [
    { header: 'Topic', rowHeader: true, cell: (row) => topicLabel(row.topic) },
    {
      header: 'Done',
      className: 'whitespace-nowrap tabular-nums',
      cell: (row) => `${row.labs.filter((lab) => records[lab.id]?.completedAt).length} of ${row.labs.length}`,
    },
    {
      header: 'Labs',
      cell: (row) => (
        <ul className="space-y-1">
          {row.labs.map((lab) => (
            <li key={lab.id}>
              <Link to="/labs/$labId" params={{ labId: lab.id }}>
                {lab.title}
              </Link>
              {records[lab.id]?.completedAt ? ' (done)' : records[lab.id]?.startedAt ? ' (started)' : ''}
            </li>
          ))}
        </ul>
      ),
    },
  ];
}

/**
 * The progress page's labs section: labs done per topic, with links to each lab. `refresh` is any
 * value that changes when the progress document may have changed under this tab (an import): the
 * records are read again then.
 */
export function LabsProgress({ refresh }: { refresh?: unknown }) {
  const records = useLabRecords();
  const load = useLabProgress((s) => s.load);
  useEffect(() => load(), [load, refresh]);
  const done = LAB_CATALOG.filter((lab) => records[lab.id]?.completedAt).length;
  return (
    <section aria-labelledby="labs-progress-title">
      <h2 id="labs-progress-title" className="text-xl font-semibold">
        Hands-on labs
      </h2>
      <p className="mt-1">
        {done} of {LAB_CATALOG.length} labs done. <Link to="/labs">All labs</Link>
      </p>
      <LabProgressNotice />
      <DataTable
        caption="Labs done per topic"
        hideCaption
        columns={columns(records)}
        rows={ROWS}
        rowKey={(row) => row.topic}
        className="mt-3"
      />
    </section>
  );
}

/** Says when lab progress could not be saved, or the stored progress needs the learner's attention. */
export function LabProgressNotice() {
  const saveError = useLabProgress((s) => s.saveError);
  const notice = useLabProgress((s) => s.notice);
  if (!saveError && !notice) return null;
  return (
    <Notice tone="warning" title="Lab progress" className="mt-3">
      {saveError ? <p>{saveError} Your lab progress is kept until you close this tab.</p> : null}
      {notice && !saveError ? <p>{notice}</p> : null}
    </Notice>
  );
}
