import type { TopicScore } from '@/quiz';
import { DataTable } from '@/components/ui';
import { topicLabel } from '@/lib/topics';
import { ShareBar } from './share-cell';

/** Right answers per topic of the exam's questions. */
export function TopicScores({ byTopic }: { byTopic: Readonly<Record<string, TopicScore>> }) {
  const rows = Object.entries(byTopic)
    .map(([topic, score]) => ({ topic, ...score }))
    .sort((a, b) => topicLabel(a.topic || undefined).localeCompare(topicLabel(b.topic || undefined)));
  return (
    <section aria-labelledby="topics-title">
      <h2 id="topics-title" className="text-xl font-semibold">
        By topic
      </h2>
      <DataTable
        caption="Score by topic"
        hideCaption
        scrollLabel="Score by topic table"
        className="mt-3"
        rows={rows}
        rowKey={(r) => r.topic}
        columns={[
          { header: 'Topic', rowHeader: true, cell: (r) => topicLabel(r.topic || undefined) },
          { header: 'Right', cell: (r) => <ShareBar correct={r.correct} total={r.total} /> },
        ]}
      />
    </section>
  );
}
