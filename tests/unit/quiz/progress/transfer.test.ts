import { describe, expect, it } from 'vitest';
import { emptyProgress, exportProgress, importProgress, migrateV1toV2, type ProgressData } from '@/quiz/progress';
import { newCard, review } from '@/quiz/schedule';
import { fixtureText } from './read-json';

const T0 = new Date('2026-03-01T12:00:00.000Z');
const v2 = (): ProgressData => JSON.parse(fixtureText('progress-v2.json'));

describe('export and import', () => {
  it('round-trips all progress through an export file', () => {
    const data = v2();
    const file = exportProgress(data, T0);
    expect(JSON.parse(file)).toMatchObject({ format: 'kmslab-progress', exportedAt: T0.toISOString(), version: 2 });
    const result = importProgress(emptyProgress(), file);
    if ('error' in result) throw new Error(result.error);
    expect(result.data.attempts).toEqual(data.attempts);
    expect(result.data.cards).toEqual(data.cards);
    expect(result.data.flags).toEqual(data.flags);
    expect(result.summary).toMatchObject({
      attemptsAdded: 1,
      cardsAdded: 1,
      cardsUpdated: 0,
      flagsAdded: 1,
      examsAdded: 0,
      skipped: 0,
      fileVersion: 2,
    });
    expect(result.summary.text).toBe('Imported 1 answer, 1 review card, 1 flag, 0 exam results. Your existing progress was kept.');
  });

  it('says nothing changed when the same file is imported twice', () => {
    const data = v2();
    const result = importProgress(data, exportProgress(data, T0));
    if ('error' in result) throw new Error(result.error);
    expect(result.data).toEqual(data);
    expect(result.summary.text).toMatch(/^Nothing new/);
  });

  it('merges into existing progress: keeps what is there, adds the rest, later card review wins, settings stay', () => {
    const current = migrateV1toV2(JSON.parse(fixtureText('progress-v1.json')));
    const incoming = v2();
    const newerCard = review(newCard(T0), 'good', T0);
    incoming.cards['rotation-001'] = newerCard;
    const result = importProgress(current, exportProgress(incoming, T0));
    if ('error' in result) throw new Error(result.error);
    expect(result.data.attempts).toHaveLength(current.attempts.length + 1);
    expect(result.data.cards['rotation-001']).toEqual(newerCard);
    expect(result.data.cards['grants-003']).toEqual(incoming.cards['grants-003']);
    expect(result.data.flags).toEqual({ 'q-0123456789abcdef': true, 'grants-003': true });
    expect(result.data.exams).toEqual(current.exams);
    expect(result.data.settings).toEqual(current.settings);
    expect(result.summary).toMatchObject({ attemptsAdded: 1, cardsAdded: 1, cardsUpdated: 1, flagsAdded: 1 });
  });

  it('accepts an older export (version 1) and migrates it', () => {
    const result = importProgress(emptyProgress(), fixtureText('progress-v1.json'));
    if ('error' in result) throw new Error(result.error);
    expect(result.summary).toMatchObject({ fileVersion: 1, attemptsAdded: 3, examsAdded: 2 });
  });

  it('skips damaged entries and says how many', () => {
    const file = JSON.parse(exportProgress(v2(), T0));
    file.attempts.push({ questionId: 'x', at: 'not a date', selected: [0], correct: true, mode: 'practice' });
    file.cards.bad = { due: 'soon' };
    const result = importProgress(emptyProgress(), JSON.stringify(file));
    if ('error' in result) throw new Error(result.error);
    expect(result.summary.skipped).toBe(2);
    expect(result.summary.text).toMatch(/2 damaged entries were skipped/);
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
