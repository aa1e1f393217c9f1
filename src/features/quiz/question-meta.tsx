import type { PoolEntry } from './question-pool';
import { topicLabel } from '@/lib/topics';
import { Badge } from '@/components/ui';

/** Where a question comes from and what it covers, shown above its stem. */
export function QuestionMeta({ entry }: { entry: PoolEntry }) {
  const q = entry.question;
  const topic = q.topic ? topicLabel(q.topic) : undefined;
  return (
    <>
      <Badge>{entry.bank.title}</Badge>
      {/* KMS Lab's banks are one per topic and named after it: one badge says both. */}
      {topic && topic !== entry.bank.title && <Badge>{topic}</Badge>}
      {q.difficulty && <Badge>{q.difficulty}</Badge>}
      {(q.exams ?? []).map((e) => (
        <Badge key={e}>{e}</Badge>
      ))}
    </>
  );
}
