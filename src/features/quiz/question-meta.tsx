import type { PoolEntry } from './question-pool';
import { topicLabel } from '@/lib/topics';
import { Badge } from './ui';

/** Where a question comes from and what it covers, shown above its stem. */
export function QuestionMeta({ entry }: { entry: PoolEntry }) {
  const q = entry.question;
  return (
    <>
      <Badge>{entry.bank.title}</Badge>
      {q.topic && <Badge>{topicLabel(q.topic)}</Badge>}
      {q.difficulty && <Badge>{q.difficulty}</Badge>}
      {(q.exams ?? []).map((e) => (
        <Badge key={e}>{e}</Badge>
      ))}
    </>
  );
}
