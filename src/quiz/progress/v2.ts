import type { StoredCard } from '../schedule';
import type { Attempt, ExamResult, ProgressSettings } from './schema';

/**
 * Schema version 2 (kept only so old data can be migrated): every attempt and every finished exam in
 * the one localStorage document, which grew by about 140 bytes per answer until it hit the quota.
 * Version 3 moved that history to IndexedDB and keeps running totals instead.
 */
export interface ProgressV2 {
  version: 2;
  attempts: Attempt[];
  cards: Record<string, StoredCard>;
  flags: Record<string, true>;
  exams: ExamResult[];
  settings: ProgressSettings;
}
