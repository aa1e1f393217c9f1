import type { ProgressData } from './schema';

/**
 * Schema version 3 (kept only so old data can be migrated): the hot document without hands-on labs.
 * Version 4 added `labs`, the learner's lab records; nothing else changed.
 */
export type ProgressV3 = Omit<ProgressData, 'version' | 'labs'> & { version: 3 };
