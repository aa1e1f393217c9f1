import { describe, expect, it } from 'vitest';
import { countDueToday, noteUnavailableCards, UNAVAILABLE_CARDS_KEY } from '@/features/quiz/due-today';
import { buildPool, filterChoices, filterFromSearch, filterPool, type LoadedBank } from '@/features/quiz/question-pool';
import type { ChoiceQuestion, Question } from '@/quiz/model';

function storageWith(value: string | null) {
  return { getItem: (k: string) => (k === 'kmslab.progress' ? value : null) };
}

describe('countDueToday (home page)', () => {
  const now = new Date(2026, 2, 10, 9, 0); // 09:00 local
  const at = (h: number, dayOffset = 0) => new Date(2026, 2, 10 + dayOffset, h).toISOString();

  it('counts cards due before the end of the local day, including overdue ones', () => {
    const doc = { version: 2, cards: { a: { due: at(8) }, b: { due: at(23) }, c: { due: at(1, 1) }, d: { due: at(9, -3) } } };
    expect(countDueToday(storageWith(JSON.stringify(doc)), now)).toEqual({ due: 3, cards: 4 });
  });

  it('counts reviews up to the daily limit left today; same-day learning steps always count', () => {
    const cards = Object.fromEntries(Array.from({ length: 12 }, (_, i) => [`r${i}`, { due: at(8), state: 2 }]));
    cards.l1 = { due: at(10), state: 1 };
    cards.l2 = { due: at(11), state: 3 };
    const doc = { version: 3, cards, settings: { reviewsPerDay: 10 }, studyDay: { day: '2026-03-10', introduced: 0, reviewed: 4 } };
    expect(countDueToday(storageWith(JSON.stringify(doc)), now)).toEqual({ due: 6 + 2, cards: 14 });
    // Yesterday's counter does not count today; without settings, Anki's 200.
    const fresh = { ...doc, settings: {}, studyDay: { day: '2026-03-09', introduced: 0, reviewed: 4 } };
    expect(countDueToday(storageWith(JSON.stringify(fresh)), now)).toEqual({ due: 14, cards: 14 });
  });

  it('returns null for nothing stored or unreadable data, and ignores malformed cards', () => {
    expect(countDueToday(storageWith(null), now)).toBeNull();
    expect(countDueToday(storageWith('{oops'), now)).toBeNull();
    expect(countDueToday(storageWith('[]'), now)).toBeNull();
    expect(countDueToday(storageWith(JSON.stringify({ cards: { a: { due: 'never' }, b: null } })), now)).toEqual({ due: 0, cards: 2 });
  });
});

describe('cards whose question is in no current bank', () => {
  const now = new Date(2026, 2, 10, 9, 0);
  const due = new Date(2026, 2, 10, 8).toISOString();
  const progress = JSON.stringify({ version: 2, cards: { kept: { due }, gone: { due }, alsoGone: { due } } });

  function memoryStorage(initial: Record<string, string> = {}) {
    const items = new Map(Object.entries(initial));
    return {
      items,
      getItem: (k: string) => items.get(k) ?? null,
      setItem: (k: string, v: string) => void items.set(k, v),
      removeItem: (k: string) => void items.delete(k),
    };
  }

  it('are noted by the quiz and left out of the home page count', () => {
    const storage = memoryStorage({ 'kmslab.progress': progress });
    expect(countDueToday(storage, now)).toEqual({ due: 3, cards: 3 });
    noteUnavailableCards(storage, ['kept', 'gone', 'alsoGone'], new Set(['kept', 'other']));
    expect(JSON.parse(storage.items.get(UNAVAILABLE_CARDS_KEY)!)).toEqual(['alsoGone', 'gone']);
    expect(countDueToday(storage, now)).toEqual({ due: 1, cards: 1 });
  });

  it('count again once their bank is back, and the note is removed when none is missing', () => {
    const storage = memoryStorage({ 'kmslab.progress': progress, [UNAVAILABLE_CARDS_KEY]: '["gone"]' });
    noteUnavailableCards(storage, ['kept', 'gone', 'alsoGone'], new Set(['kept', 'gone', 'alsoGone']));
    expect(storage.items.has(UNAVAILABLE_CARDS_KEY)).toBe(false);
    expect(countDueToday(storage, now)).toEqual({ due: 3, cards: 3 });
  });

  it('a damaged note or a full storage never breaks the count', () => {
    const damaged = memoryStorage({ 'kmslab.progress': progress, [UNAVAILABLE_CARDS_KEY]: '{not json' });
    expect(countDueToday(damaged, now)).toEqual({ due: 3, cards: 3 });
    const full = {
      ...memoryStorage({ 'kmslab.progress': progress }),
      setItem: () => {
        throw new DOMException('quota', 'QuotaExceededError');
      },
    };
    expect(() => noteUnavailableCards(full, ['gone'], new Set())).not.toThrow();
    expect(countDueToday(full, now)).toEqual({ due: 3, cards: 3 });
  });
});

describe('question filters', () => {
  const q = (id: string, extra: Partial<ChoiceQuestion> = {}): Question => ({
    type: 'choice',
    id,
    stem: id,
    options: [{ text: 'x', correct: true }],
    multiple: false,
    choose: 1,
    line: 1,
    ...extra,
  });
  const bank = (id: string, questions: Question[]): LoadedBank => ({
    info: { id, title: id, fileName: `${id}.md`, origin: 'built-in', problems: [], questionCount: questions.length },
    questions,
  });
  const pool = buildPool([
    bank('one', [q('a', { topic: 'grants', exams: ['SAA-C03'], tags: ['x'] }), q('b', { topic: 'rotation' })]),
    bank('two', [q('a', { topic: 'other' }), q('c', { exams: ['SCS-C03'] })]),
  ]);

  it('keeps the first copy of a duplicated id', () => {
    expect(pool.map((e) => `${e.bank.id}:${e.question.id}`)).toEqual(['one:a', 'one:b', 'two:c']);
  });

  it('offers each topic, tag, exam and bank once, in order (bank titles regardless of case)', () => {
    const choices = filterChoices([
      ...pool,
      ...buildPool([
        bank('zeta', [q('z', { tags: ['b-tag', 'a-tag'] })]),
        { ...bank('low', [q('l')]), info: { ...bank('low', []).info, title: 'alpha bank' } },
      ]),
    ]);
    expect(choices.topics).toEqual(['grants', 'rotation']);
    expect(choices.tags).toEqual(['a-tag', 'b-tag', 'x']);
    expect(choices.exams).toEqual(['SAA-C03', 'SCS-C03']);
    expect(choices.banks.map((b) => b.title)).toEqual(['alpha bank', 'one', 'two', 'zeta']);
  });

  it('filters by topic, exam, tag, bank and flags together', () => {
    const ids = (f: Parameters<typeof filterPool>[1], flags?: Record<string, true>) => filterPool(pool, f, flags).map((e) => e.question.id);
    expect(ids({ topic: 'grants' })).toEqual(['a']);
    expect(ids({ exam: 'SCS-C03' })).toEqual(['c']);
    expect(ids({ tag: 'x', bank: 'one' })).toEqual(['a']);
    expect(ids({ bank: 'two' })).toEqual(['c']);
    expect(ids({ flagged: true }, { b: true, c: true })).toEqual(['b', 'c']);
    expect(ids({ flagged: true })).toEqual([]);
  });

  it('reads filters from the URL, ignoring junk', () => {
    expect(filterFromSearch({ topic: 'grants', exam: 7, tag: '', bank: 'one', flagged: 'true', other: 'x' })).toEqual({
      topic: 'grants',
      bank: 'one',
      flagged: true,
    });
    expect(filterFromSearch({ flagged: 'no' })).toEqual({});
  });
});
