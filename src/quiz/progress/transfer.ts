import { mergeCards, unionAttempts, unionExams } from './merge';
import { migrateToCurrent } from './migrations';
import { PROGRESS_VERSION, type ProgressData } from './schema';
import { sanitiseProgress } from './validate';

/** Marker of an export file, so an unrelated JSON file is recognised as such. */
export const EXPORT_FORMAT = 'kmslab-progress';

/** What an import changed. */
export interface ImportSummary {
  attemptsAdded: number;
  cardsAdded: number;
  cardsUpdated: number;
  flagsAdded: number;
  examsAdded: number;
  /** Entries in the file that could not be read and were left out. */
  skipped: number;
  /** Schema version of the file. */
  fileVersion: number;
  /** One or two sentences for the learner. */
  text: string;
}

/** Serialises all progress for download (a self-describing, versioned JSON document). */
export function exportProgress(data: ProgressData, now: Date = new Date()): string {
  return JSON.stringify({ format: EXPORT_FORMAT, exportedAt: now.toISOString(), ...data }, null, 2);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Validates an exported file (any past schema version, or a raw stored document) and merges it
 * into `current`: attempts and exams are added once, cards keep the later review, flags are
 * added, settings stay as they are. Nothing in `current` is removed.
 */
export function importProgress(current: ProgressData, json: string): { data: ProgressData; summary: ImportSummary } | { error: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch (error) {
    return {
      error: `This file is not valid JSON (${error instanceof Error ? error.message : String(error)}). Choose a file exported from KMS Lab's progress page.`,
    };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { error: 'This file is not a KMS Lab progress export. Choose a file exported from the progress page.' };
  }
  const record = parsed as Record<string, unknown>;
  if (record.format !== undefined && record.format !== EXPORT_FORMAT) {
    const format = typeof record.format === 'string' ? record.format : JSON.stringify(record.format);
    return { error: `This file is a "${format}" file, not a KMS Lab progress export.` };
  }
  const { format: _format, exportedAt: _exportedAt, ...doc } = record;
  const migrated = migrateToCurrent(doc);
  if (migrated.kind === 'newer') {
    return {
      error: `This file was exported by a newer version of KMS Lab (data version ${migrated.version}; this one reads up to ${PROGRESS_VERSION}). Reload to update KMS Lab, then import again.`,
    };
  }
  if (migrated.kind === 'invalid') {
    return { error: `This file is not a KMS Lab progress export: ${migrated.reason}.` };
  }
  const clean = sanitiseProgress(migrated.doc);
  if (!clean) return { error: 'This file is not a KMS Lab progress export: its contents have the wrong shape.' };
  const incoming = clean.data;

  const attempts = unionAttempts(current.attempts, incoming.attempts);
  const exams = unionExams(current.exams, incoming.exams);
  const cards = mergeCards(current.cards, incoming.cards);
  let cardsAdded = 0;
  let cardsUpdated = 0;
  for (const [id, card] of Object.entries(cards)) {
    const before = current.cards[id];
    if (!before) cardsAdded++;
    else if (before !== card) cardsUpdated++;
  }
  const flags = { ...current.flags };
  let flagsAdded = 0;
  for (const id of Object.keys(incoming.flags)) {
    if (!flags[id]) {
      flags[id] = true;
      flagsAdded++;
    }
  }
  const summary: ImportSummary = {
    attemptsAdded: attempts.length - current.attempts.length,
    cardsAdded,
    cardsUpdated,
    flagsAdded,
    examsAdded: exams.length - current.exams.length,
    skipped: clean.dropped,
    fileVersion: migrated.from,
    text: '',
  };
  const changes = [
    plural(summary.attemptsAdded, 'answer', 'answers'),
    plural(summary.cardsAdded + summary.cardsUpdated, 'review card', 'review cards'),
    plural(summary.flagsAdded, 'flag', 'flags'),
    plural(summary.examsAdded, 'exam result', 'exam results'),
  ];
  const nothing = summary.attemptsAdded + cardsAdded + cardsUpdated + flagsAdded + summary.examsAdded === 0;
  summary.text = nothing
    ? 'Nothing new: everything in this file is already in your progress.'
    : `Imported ${changes.join(', ')}. Your existing progress was kept.`;
  if (summary.skipped > 0) summary.text += ` ${plural(summary.skipped, 'damaged entry was', 'damaged entries were')} skipped.`;
  return { data: { version: PROGRESS_VERSION, attempts, cards, flags, exams, settings: { ...current.settings } }, summary };
}
