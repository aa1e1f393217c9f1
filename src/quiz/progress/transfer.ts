import { foldAttempts } from './aggregates';
import { attemptKey, mergeCards, mergeLabs, unionAttempts, unionExams } from './merge';
import { migrateToCurrent } from './migrations';
import { PROGRESS_VERSION, type Attempt, type ExamResult, type LabRecord, type ProgressData } from './schema';
import type { StoredCard } from '../schedule';
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
  /** Labs the file adds or moves on (first done, first started, more hints, solution seen). */
  labsUpdated: number;
  /** Entries in the file that could not be read and were left out. */
  skipped: number;
  /** Schema version of the file. */
  fileVersion: number;
  /** One or two sentences for the learner. */
  text: string;
}

/** What an import adds: apply it with {@link applyImport}; write `attempts` and `exams` to the history. */
export interface ImportPlan {
  cards: Record<string, StoredCard>;
  flags: string[];
  /** Attempts not in the learner's history yet, oldest first. */
  attempts: Attempt[];
  /** Exam results not in the learner's history yet. */
  exams: ExamResult[];
  /** Lab records the file changes, already merged with the learner's. */
  labs: Record<string, LabRecord>;
  summary: ImportSummary;
}

/** What the learner already has, to tell new history from old: attempt keys and exam ids. */
export interface KnownHistory {
  attempts: ReadonlySet<string>;
  exams: ReadonlySet<string>;
}

/**
 * Serialises all progress for download: the hot document's cards, flags, settings and lab records, and the whole
 * history (`attempts` and `exams`: what the history database holds plus what is still pending).
 */
export function exportProgress(
  data: ProgressData,
  history: { attempts: readonly Attempt[]; exams: readonly ExamResult[] } = { attempts: [], exams: [] },
  now: Date = new Date(),
): string {
  const file = {
    format: EXPORT_FORMAT,
    exportedAt: now.toISOString(),
    version: data.version,
    cards: data.cards,
    flags: data.flags,
    settings: data.settings,
    labs: data.labs,
    attempts: unionAttempts(history.attempts, data.pending.attempts),
    exams: unionExams(history.exams, data.pending.exams),
  };
  return JSON.stringify(file, null, 2);
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/** Reads an export file of any schema version (or a raw stored document) into current-version data. */
function readFile(json: string): { data: ProgressData; dropped: number; from: number } | { error: string } {
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
  if (migrated.kind === 'invalid') return { error: `This file is not a KMS Lab progress export: ${migrated.reason}.` };
  const clean = sanitiseProgress(migrated.doc);
  if (!clean) return { error: 'This file is not a KMS Lab progress export: its contents have the wrong shape.' };
  return { data: clean.data, dropped: clean.dropped, from: migrated.from };
}

/**
 * Validates an exported file (any past schema version, or a raw stored document) and works out what
 * it adds to `current`: attempts and exams not yet known (`known` holds what the history database has;
 * `current.pending` is checked too), cards (the later review wins), flags. Settings are never taken
 * from a file. Nothing is changed here: {@link applyImport} applies the plan.
 */
export function importProgress(current: ProgressData, json: string, known?: KnownHistory): ImportPlan | { error: string } {
  const file = readFile(json);
  if ('error' in file) return file;
  const incoming = file.data;
  const seen = new Set([...(known?.attempts ?? []), ...current.pending.attempts.map(attemptKey)]);
  const attempts: Attempt[] = [];
  for (const a of unionAttempts([], incoming.pending.attempts)) {
    const key = attemptKey(a);
    if (seen.has(key)) continue;
    seen.add(key);
    attempts.push(a);
  }
  const seenExams = new Set([...(known?.exams ?? []), ...current.pending.exams.map((e) => e.id)]);
  const exams = unionExams([], incoming.pending.exams).filter((e) => !seenExams.has(e.id));
  const cards = mergeCards(current.cards, incoming.cards);
  let cardsAdded = 0;
  let cardsUpdated = 0;
  const changedCards: Record<string, StoredCard> = {};
  for (const [id, card] of Object.entries(cards)) {
    const before = current.cards[id];
    if (before === card) continue;
    changedCards[id] = card;
    if (!before) cardsAdded++;
    else cardsUpdated++;
  }
  const flags = Object.keys(incoming.flags).filter((id) => !current.flags[id]);
  const mergedLabs = mergeLabs(current.labs, incoming.labs);
  const labs: Record<string, LabRecord> = {};
  for (const [id, record] of Object.entries(mergedLabs)) {
    const before = current.labs[id];
    if (before !== record && JSON.stringify(before) !== JSON.stringify(record)) labs[id] = record;
  }
  const summary: ImportSummary = {
    attemptsAdded: attempts.length,
    cardsAdded,
    cardsUpdated,
    flagsAdded: flags.length,
    examsAdded: exams.length,
    labsUpdated: Object.keys(labs).length,
    skipped: file.dropped,
    fileVersion: file.from,
    text: '',
  };
  const changes = [
    plural(summary.attemptsAdded, 'answer', 'answers'),
    plural(cardsAdded + cardsUpdated, 'review card', 'review cards'),
    plural(summary.flagsAdded, 'flag', 'flags'),
    plural(summary.examsAdded, 'exam result', 'exam results'),
  ];
  if (summary.labsUpdated > 0) changes.push(plural(summary.labsUpdated, 'lab record', 'lab records'));
  const nothing = summary.attemptsAdded + cardsAdded + cardsUpdated + summary.flagsAdded + summary.examsAdded + summary.labsUpdated === 0;
  summary.text = nothing
    ? 'Nothing new: everything in this file is already in your progress.'
    : `Imported ${changes.join(', ')}. Your existing progress was kept.`;
  if (summary.skipped > 0) summary.text += ` ${plural(summary.skipped, 'damaged entry was', 'damaged entries were')} skipped.`;
  return { cards: changedCards, flags, attempts, exams, labs, summary };
}

/**
 * Applies an import plan to progress data (as a save's update, so it lands on the freshest stored
 * copy): cards merged, flags added, lab records merged, the new attempts added to the running totals. With `pending`,
 * the new history also goes into the document's pending list (when the history database cannot take
 * it); otherwise the caller has already written it to the database.
 */
export function applyImport(data: ProgressData, plan: ImportPlan, options: { pending: boolean }): ProgressData {
  const flags = { ...data.flags };
  for (const id of plan.flags) flags[id] = true;
  const totals = foldAttempts(data, plan.attempts);
  const pending = options.pending
    ? { attempts: unionAttempts(data.pending.attempts, plan.attempts), exams: unionExams(data.pending.exams, plan.exams) }
    : data.pending;
  return {
    ...data,
    cards: mergeCards(data.cards, plan.cards),
    flags,
    stats: totals.stats,
    days: totals.days,
    pending,
    labs: mergeLabs(data.labs, plan.labs),
  };
}
