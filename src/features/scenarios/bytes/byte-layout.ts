import type { BytePart } from '@/scenarios';

/** A run of bytes for display: either inside a labelled part or between parts. */
export interface ByteRun {
  start: number;
  end: number;
  /** Index into the parts list, or -1 for bytes no part labels. */
  part: number;
}

/**
 * Splits `length` bytes into runs by labelled part, filling gaps and clipping overlaps, so the hex
 * view can colour each part and nothing is shown twice or lost.
 */
export function byteRuns(length: number, parts: readonly BytePart[]): ByteRun[] {
  const sorted = parts
    .map((p, i) => ({ start: Math.max(0, p.offset), end: Math.min(length, p.offset + p.length), part: i }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start);
  const runs: ByteRun[] = [];
  let at = 0;
  for (const r of sorted) {
    if (r.end <= at) continue;
    if (r.start > at) runs.push({ start: at, end: r.start, part: -1 });
    runs.push({ start: Math.max(at, r.start), end: r.end, part: r.part });
    at = r.end;
  }
  if (at < length) runs.push({ start: at, end: length, part: -1 });
  return runs;
}

/** Background colours cycled across parts (each with a dark-theme pair). */
export const PART_COLOURS = [
  'bg-sky-100 dark:bg-sky-900',
  'bg-amber-100 dark:bg-amber-900',
  'bg-emerald-100 dark:bg-emerald-900',
  'bg-violet-100 dark:bg-violet-900',
  'bg-rose-100 dark:bg-rose-900',
  'bg-lime-100 dark:bg-lime-900',
];
