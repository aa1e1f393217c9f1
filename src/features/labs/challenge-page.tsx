import { getRouteApi, Link } from '@tanstack/react-router';
import { Markdown } from '@/components/markdown/markdown';
import { Badge, PageHeading } from '@/components/ui';
import { topicLabel } from '@/lib/topics';
import type { LabDefinition } from '@/labs';
import { labById } from '@/labs/registry';
import { CheckPanel } from './check-panel';
import { HintList } from './hint-list';
import { DIFFICULTY_LABELS, formatDuration } from './labels';
import { useLabRecords, type LabRecord } from './lab-progress';
import { LabProgressNotice } from './labs-progress';
import { RelatedLinks } from './related-links';
import { SolutionPanel } from './solution-panel';
import { Panel } from './ui';
import { useLabSession } from './use-lab-session';
import { WorkPanel } from './work-panel';

const routeApi = getRouteApi('/labs/$labId');

/** /labs/$labId: one challenge, its workspace, the checker, hints and the model solution. */
export function ChallengePage() {
  const { labId } = routeApi.useParams();
  const lab = labById(labId);
  if (!lab) {
    return (
      <div>
        <PageHeading title="Lab not found" />
        <p>
          There is no lab called “{labId}”. <Link to="/labs">See all labs</Link>.
        </p>
      </div>
    );
  }
  // Keyed by lab: moving from one lab to another starts from a clean page.
  return <Challenge key={lab.id} lab={lab} />;
}

function Challenge({ lab }: { lab: LabDefinition }) {
  const records = useLabRecords();
  const record = records[lab.id];
  const session = useLabSession(lab);
  return (
    <div>
      <p className="mb-2 text-sm">
        <Link to="/labs">← All labs</Link>
      </p>
      <PageHeading title={lab.title} lead={lab.summary} />
      <LabFacts lab={lab} record={record} />
      <LabProgressNotice />
      <div className="grid gap-6 lg:grid-cols-[minmax(0,1fr)_18rem]">
        <div className="min-w-0 space-y-6">
          <Panel id="situation-title" title="The situation">
            <Markdown source={lab.situation} />
          </Panel>
          <Panel id="goal-title" title="Your goal">
            <Markdown source={lab.goal} />
          </Panel>
          <WorkPanel lab={lab} session={session} />
          <CheckPanel lab={lab} session={session} />
          <HintList lab={lab} record={record} />
          <SolutionPanel lab={lab} record={record} />
        </div>
        <RelatedLinks lab={lab} />
      </div>
    </div>
  );
}

function LabFacts({ lab, record }: { lab: LabDefinition; record: LabRecord | undefined }) {
  const took = record?.completedAt && record.startedAt ? Date.parse(record.completedAt) - Date.parse(record.startedAt) : NaN;
  return (
    <p className="-mt-3 mb-6 flex flex-wrap items-center gap-2 text-sm text-slate-700 dark:text-slate-300">
      <span>{topicLabel(lab.topic)}</span>
      <span aria-hidden="true">·</span>
      <span>{DIFFICULTY_LABELS[lab.difficulty]}</span>
      <span aria-hidden="true">·</span>
      <span>about {lab.minutes} min</span>
      {record?.completedAt ? (
        <Badge tone="success">
          Done{Number.isFinite(took) ? ` in ${formatDuration(took)}` : ''}
          {record.hintsUsed > 0 ? `, ${record.hintsUsed} ${record.hintsUsed === 1 ? 'hint' : 'hints'}` : ''}
        </Badge>
      ) : record?.startedAt ? (
        <Badge tone="warning">Started</Badge>
      ) : null}
    </p>
  );
}
