import type { TopicScore } from '@/quiz';
import { topicLabel } from '../topics';
import { ScrollBox } from '../ui';
import { ShareCells } from './share-cell';

/** Right answers per topic of the exam's questions. */
export function TopicScores({ byTopic }: { byTopic: Readonly<Record<string, TopicScore>> }) {
  const rows = Object.entries(byTopic).sort(([a], [b]) => topicLabel(a || undefined).localeCompare(topicLabel(b || undefined)));
  return (
    <section aria-labelledby="topics-title">
      <h2 id="topics-title" className="text-xl font-semibold">
        By topic
      </h2>
      <ScrollBox label="Score by topic table">
        <table className="w-full min-w-[20rem] border-collapse text-left">
          <caption className="sr-only">Score by topic</caption>
          <thead>
            <tr className="border-b border-slate-300 dark:border-slate-600">
              <th scope="col" className="py-2 pr-4">
                Topic
              </th>
              <th scope="col" className="py-2 pr-4">
                Right
              </th>
              <th scope="col" className="py-2">
                Share
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(([topic, t]) => (
              <tr key={topic} className="border-b border-slate-200 dark:border-slate-700">
                <th scope="row" className="py-2 pr-4 font-normal">
                  {topicLabel(topic || undefined)}
                </th>
                <ShareCells correct={t.correct} total={t.total} />
              </tr>
            ))}
          </tbody>
        </table>
      </ScrollBox>
    </section>
  );
}
