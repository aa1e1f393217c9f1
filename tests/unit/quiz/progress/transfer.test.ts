import { describe, expect, it } from 'vitest';
import {
  applyImport,
  attemptKey,
  emptyProgress,
  exportProgress,
  importProgress,
  migrateToCurrent,
  sanitiseProgress,
  type Attempt,
  type ExamResult,
  type ImportPlan,
  type ProgressData,
} from '@/quiz/progress';
import { newCard, review } from '@/quiz/schedule';
import { fixtureText } from './read-json';

const T0 = new Date('2026-03-01T12:00:00.000Z');

/** Current-version data from a fixture of any version. */
function fromFixture(name: string): ProgressData {
  const outcome = migrateToCurrent(JSON.parse(fixtureText(name)));
  if (outcome.kind !== 'current') throw new Error(outcome.kind);
  return sanitiseProgress(outcome.doc)!.data;
}

/** The history as the database would hold it after the pending entries were moved there. */
function moved(data: ProgressData): { data: ProgressData; history: { attempts: Attempt[]; exams: ExamResult[] } } {
  return { data: { ...data, pending: { attempts: [], exams: [] } }, history: { ...data.pending } };
}

function plan(result: ImportPlan | { error: string }): ImportPlan {
  if ('error' in result) throw new Error(result.error);
  return result;
}

describe('export and import', () => {
  it('the export carries the whole history: what the database holds and what is still pending', () => {
    const { data, history } = moved(fromFixture('progress-v1.json'));
    const pendingOne: Attempt = { questionId: 'late', at: T0.toISOString(), selected: [0], correct: true, mode: 'drill' };
    const file = JSON.parse(exportProgress({ ...data, pending: { attempts: [pendingOne], exams: [] } }, history, T0));
    expect(file).toMatchObject({ format: 'kmslab-progress', exportedAt: T0.toISOString(), version: 4, labs: {} });
    expect(file.attempts).toHaveLength(4);
    expect(file.attempts.at(-1)).toEqual(pendingOne);
    expect(file.exams).toHaveLength(2);
    expect(file.pending).toBeUndefined();
  });

  it('round-trips all progress into an empty browser, with the totals rebuilt from the history', () => {
    const source = fromFixture('progress-v1.json');
    const { data, history } = moved(source);
    const p = plan(importProgress(emptyProgress(), exportProgress(data, history, T0)));
    expect(p.attempts).toEqual(history.attempts);
    expect(p.exams).toEqual(history.exams);
    expect(p.summary).toMatchObject({
      attemptsAdded: 3,
      cardsAdded: 1,
      cardsUpdated: 0,
      flagsAdded: 1,
      examsAdded: 2,
      labsUpdated: 0,
      skipped: 0,
      fileVersion: 4,
    });
    expect(p.summary.text).toBe('Imported 3 answers, 1 review card, 1 flag, 2 exam results. Your existing progress was kept.');
    const after = applyImport(emptyProgress(), p, { pending: false });
    expect(after.cards).toEqual(source.cards);
    expect(after.flags).toEqual(source.flags);
    expect(after.stats).toEqual(source.stats);
    expect(after.days).toEqual(source.days);
    expect(after.pending).toEqual({ attempts: [], exams: [] });
    // Without a history database, the new history waits in the document.
    expect(applyImport(emptyProgress(), p, { pending: true }).pending.attempts).toHaveLength(3);
  });

  it('says nothing changed when the history is already known', () => {
    const { data, history } = moved(fromFixture('progress-v1.json'));
    const known = { attempts: new Set(history.attempts.map(attemptKey)), exams: new Set(history.exams.map((e) => e.id)) };
    const p = plan(importProgress(data, exportProgress(data, history, T0), known));
    expect(p).toMatchObject({ attempts: [], exams: [], cards: {}, flags: [] });
    expect(p.summary.text).toMatch(/^Nothing new/);
  });

  it('merges into existing progress: keeps what is there, adds the rest, later card review wins, settings stay', () => {
    const current = fromFixture('progress-v1.json');
    const incoming = fromFixture('progress-v2.json');
    const newerCard = review(newCard(T0), 'good', T0);
    incoming.cards['rotation-001'] = newerCard;
    const p = plan(importProgress(current, exportProgress(incoming, undefined, T0)));
    const after = applyImport(current, p, { pending: true });
    expect(after.pending.attempts).toHaveLength(current.pending.attempts.length + 1);
    expect(after.cards['rotation-001']).toEqual(newerCard);
    expect(after.cards['grants-003']).toEqual(incoming.cards['grants-003']);
    expect(after.flags).toEqual({ 'q-0123456789abcdef': true, 'grants-003': true });
    expect(after.pending.exams).toEqual(current.pending.exams);
    expect(after.settings).toEqual(current.settings);
    expect(after.stats['grants-003']).toMatchObject({ answered: 1 });
    expect(p.summary).toMatchObject({ attemptsAdded: 1, cardsAdded: 1, cardsUpdated: 1, flagsAdded: 1 });
  });

  it('accepts older exports (versions 1 and 2) and migrates them', () => {
    expect(plan(importProgress(emptyProgress(), fixtureText('progress-v1.json'))).summary).toMatchObject({
      fileVersion: 1,
      attemptsAdded: 3,
      examsAdded: 2,
    });
    expect(plan(importProgress(emptyProgress(), fixtureText('progress-v2.json'))).summary).toMatchObject({
      fileVersion: 2,
      attemptsAdded: 1,
    });
  });

  it('skips damaged entries and says how many', () => {
    const file = JSON.parse(exportProgress(fromFixture('progress-v2.json'), undefined, T0));
    file.attempts.push({ questionId: 'x', at: 'not a date', selected: [0], correct: true, mode: 'practice' });
    file.cards.bad = { due: 'soon' };
    const p = plan(importProgress(emptyProgress(), JSON.stringify(file)));
    expect(p.summary.skipped).toBe(2);
    expect(p.summary.text).toMatch(/2 damaged entries were skipped/);
  });

  it('rejects files it cannot use, with a reason', () => {
    const cases: [string, RegExp][] = [
      ['not json', /not valid JSON/],
      ['[]', /not a KMS Lab progress export/],
      ['{"format":"something-else","version":2}', /"something-else" file/],
      ['{"format":"kmslab-progress","version":9}', /newer version of KMS Lab \(data version 9/],
      ['{"hello":"world"}', /no valid "version"/],
    ];
    for (const [json, message] of cases) {
      const result = importProgress(emptyProgress(), json);
      expect('error' in result && result.error).toMatch(message);
    }
  });
});
