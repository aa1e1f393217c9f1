import type { PoolEntry } from './question-pool';
import { TOPIC_LABELS } from '@/lib/topics';

const TOPIC_ORDER = new Map(Object.keys(TOPIC_LABELS).map((topic, i) => [topic, i]));

/**
 * The order new questions join spaced review: KMS Lab's topics in teaching order (what KMS is, key
 * types, ... quotas; the order of TOPIC_LABELS), then imported banks' topics; within a topic, bank
 * order. The sort is stable, so the same banks always give the same order.
 */
export function newQuestionOrder(pool: readonly PoolEntry[]): string[] {
  const rank = (e: PoolEntry) => TOPIC_ORDER.get(e.question.topic ?? '') ?? TOPIC_ORDER.size;
  return pool
    .map((e, i) => ({ id: e.question.id, rank: rank(e), i }))
    .sort((a, b) => a.rank - b.rank || a.i - b.i)
    .map((x) => x.id);
}
