import {
  addHistory,
  allAttempts,
  allExams,
  applyImport,
  exportProgress,
  getExam,
  historyKeys,
  importProgress,
  unionExams,
  type ExamResult,
  type ImportSummary,
  type ProgressData,
} from '@/quiz';

/** Finished exams from the history database (plus those not moved there yet), oldest first. */
export interface ExamList {
  status: 'idle' | 'loading' | 'ready';
  exams: ExamResult[];
  /** Set when the database could not be read: only exams still in the document are listed. */
  error?: string;
}

const message = (error: unknown) => (error instanceof Error ? error.message : String(error));

/** The export file: the document plus the whole history; `warning` when the history could not be read. */
export async function exportFile(data: ProgressData): Promise<{ text: string; warning?: string }> {
  try {
    const [attempts, exams] = await Promise.all([allAttempts(), allExams()]);
    return { text: exportProgress(data, { attempts, exams }) };
  } catch (error) {
    return {
      text: exportProgress(data),
      warning: `The answer history could not be read (${message(error)}), so the file holds your cards, flags, settings and the answers not yet moved there.`,
    };
  }
}

/**
 * Imports an export file: works out what is new against the history database, writes the new history
 * there first (a large file would not fit the document; without a database it waits in the document
 * like any answer), then saves the document through `persist`.
 */
export async function importFile(
  current: ProgressData,
  json: string,
  persist: (update: (d: ProgressData) => ProgressData) => boolean,
): Promise<{ ok: true; summary: string[]; pending: boolean } | { ok: false; error?: string }> {
  let known: Awaited<ReturnType<typeof historyKeys>> | undefined;
  try {
    known = await historyKeys();
  } catch {
    known = undefined;
  }
  const plan = importProgress(current, json, known);
  if ('error' in plan) return { ok: false, error: plan.error };
  let pending = !known;
  if (!pending) {
    try {
      await addHistory({ attempts: plan.attempts, exams: plan.exams });
    } catch {
      pending = true;
    }
  }
  if (!persist((d) => applyImport(d, plan, { pending }))) return { ok: false };
  return { ok: true, summary: summaryLines(plan.summary), pending };
}

/** Every finished exam: the database's and those still pending in the document. */
export async function readExamList(pending: readonly ExamResult[]): Promise<ExamList> {
  try {
    return { status: 'ready', exams: unionExams(await allExams(), pending) };
  } catch (error) {
    return { status: 'ready', exams: unionExams([], pending), error: `Older exams could not be read (${message(error)}).` };
  }
}

/** One finished exam, from the document's pending list or the database. */
export async function findExam(pending: readonly ExamResult[], id: string): Promise<ExamResult | undefined> {
  const found = pending.find((e) => e.id === id);
  if (found) return found;
  try {
    return await getExam(id);
  } catch {
    return undefined;
  }
}

/** The core's import summary as lines for the learner: its sentence, then the counts that changed. */
function summaryLines(summary: ImportSummary): string[] {
  const n = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;
  const lines = [summary.text];
  const counts = [
    summary.attemptsAdded && `${n(summary.attemptsAdded, 'answer', 'answers')} added`,
    summary.cardsAdded && `${n(summary.cardsAdded, 'review card', 'review cards')} added`,
    summary.cardsUpdated && `${n(summary.cardsUpdated, 'review card', 'review cards')} updated to a later review`,
    summary.flagsAdded && `${n(summary.flagsAdded, 'flag', 'flags')} added`,
    summary.examsAdded && `${n(summary.examsAdded, 'exam result', 'exam results')} added`,
    summary.labsUpdated && `${n(summary.labsUpdated, 'lab record', 'lab records')} added or moved on`,
    summary.skipped &&
      `${n(summary.skipped, 'entry', 'entries')} in the file could not be read and ${summary.skipped === 1 ? 'was' : 'were'} skipped`,
  ].filter((x): x is string => typeof x === 'string');
  return counts.length ? [...lines, ...counts] : lines;
}
