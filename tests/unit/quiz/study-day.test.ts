import { describe, expect, it } from 'vitest';
import {
  checkAnswer,
  countAnswer,
  createStudySession,
  dailyQueue,
  DEFAULT_LIMITS,
  limitsFrom,
  newCard,
  nextTurn,
  ratingFor,
  review,
  sessionPosition,
  takeWaitingEarly,
  waitingSteps,
  type StoredCard,
  type StudyDay,
  type StudySession,
} from '@/quiz';

// Local times, so "today" and "tomorrow" are the learner's days whatever the machine's zone.
const T0 = new Date(2026, 2, 10, 9, 0, 0); // 10 March 2026, 09:00
const later = (from: Date, seconds: number) => new Date(from.getTime() + seconds * 1000);
const POOL = Array.from({ length: 40 }, (_, i) => `q${String(i).padStart(2, '0')}`);

/** A learner's state: cards and today's counters, changed only through the public functions. */
interface Learner {
  cards: Record<string, StoredCard>;
  studyDay?: StudyDay;
}

function answer(learner: Learner, id: string, correct: boolean, now: Date): StoredCard {
  const before = learner.cards[id];
  learner.studyDay = countAnswer(learner.studyDay, before, now);
  const card = review(before ?? newCard(now), ratingFor(correct), now);
  learner.cards[id] = card;
  return card;
}

/** Every eighth answer is wrong; the rest are right. */
const rightAnswer = (n: number) => n % 8 !== 7;

/**
 * One sitting: `answers` answers at 40 seconds each through a study session (so learning steps come
 * back when due). With `secondLook`, the learner finishes by taking the waiting steps early.
 */
function sitting(learner: Learner, answers: number, options: { secondLook?: boolean } = {}) {
  let now = T0;
  let session: StudySession = createStudySession({ mode: 'practice', questionIds: POOL.slice(0, 24), seed: 's', now });
  let given = 0;
  const asked: string[] = [];
  while (given < answers) {
    if (!session.turn) {
      if (!options.secondLook || waitingSteps(session, learner.cards).length === 0) break;
      session = takeWaitingEarly(session, learner.cards, now);
      if (!session.turn) break;
    }
    const id = session.turn.questionId;
    asked.push(session.turn.again ? `${id}*` : id);
    const correct = rightAnswer(given);
    const card = answer(learner, id, correct, now);
    session = checkAnswer(session, { selected: [correct ? 1 : 0], correct }, card);
    given++;
    now = later(now, 40);
    session = nextTurn(session, learner.cards, now);
  }
  return { session, asked, given, end: now };
}

const tomorrowMorning = new Date(2026, 2, 11, 8, 0, 0);

describe('a study day (fake clock)', () => {
  it("before: 24 new questions answered in one sitting without learning steps all land in tomorrow's queue", () => {
    // What practice did before: every question once, in a row, nothing comes back the same day.
    const learner: Learner = { cards: {} };
    POOL.slice(0, 24).forEach((id, n) => answer(learner, id, rightAnswer(n), later(T0, 40 * n)));
    const tomorrow = dailyQueue({
      cards: learner.cards,
      available: POOL,
      studyDay: learner.studyDay,
      limits: DEFAULT_LIMITS,
      now: tomorrowMorning,
    });
    expect(tomorrow.reviews).toHaveLength(24);
  });

  it("now: in the same sitting a right answer comes back when its 10-minute step is due, and tomorrow's queue stays small", () => {
    const learner: Learner = { cards: {} };
    const { asked, given } = sitting(learner, 24);
    expect(given).toBe(24);
    // A wrong answer (the 8th) comes back after its 1-minute step; the first right answer after 10 minutes.
    expect(asked.indexOf('q07*')).toBeGreaterThan(asked.indexOf('q07'));
    expect(asked.indexOf('q07*') - asked.indexOf('q07')).toBeLessThanOrEqual(3);
    expect(asked).toContain('q00*');
    expect(asked.indexOf('q00*')).toBeGreaterThanOrEqual(15); // 15 answers × 40 s = 10 minutes
    const tomorrow = dailyQueue({
      cards: learner.cards,
      available: POOL,
      studyDay: learner.studyDay,
      limits: DEFAULT_LIMITS,
      now: tomorrowMorning,
    });
    // Only the questions still in a step when the learner stopped are due; the rest graduated to days.
    expect(tomorrow.reviews.length).toBeLessThanOrEqual(12);
    expect(tomorrow.reviews.length).toBeGreaterThan(0);
  });

  it('finishing the sitting with a second look leaves only the questions answered wrong for tomorrow', () => {
    const learner: Learner = { cards: {} };
    const { session, given, asked } = sitting(learner, 200, { secondLook: true });
    expect(session.turn).toBeUndefined();
    expect(given).toBeGreaterThan(24);
    // Every eighth answer was wrong: those questions come back tomorrow (FSRS: one day after a lapse);
    // the ones always answered right graduated to two days or more.
    const missed = new Set(asked.filter((_, n) => !rightAnswer(n)).map((id) => id.replace('*', '')));
    const tomorrow = dailyQueue({
      cards: learner.cards,
      available: POOL,
      studyDay: learner.studyDay,
      limits: DEFAULT_LIMITS,
      now: tomorrowMorning,
    });
    expect(new Set(tomorrow.reviews)).toEqual(missed);
    expect(tomorrow.reviews.length).toBeLessThanOrEqual(8);
    expect(tomorrow.learning).toEqual([]);
  });

  it('counts what the day used: new questions introduced, and reviews of cards due from an earlier day', () => {
    const learner: Learner = { cards: {} };
    const { asked } = sitting(learner, 24);
    // 24 answers: the first answers to planned questions introduced new questions; second looks count as neither.
    const firstLooks = asked.filter((id) => !id.endsWith('*')).length;
    expect(firstLooks).toBeLessThan(24);
    expect(learner.studyDay).toMatchObject({ introduced: firstLooks, reviewed: 0 });
    const next: Learner = { cards: learner.cards };
    const due = dailyQueue({ cards: next.cards, available: POOL, limits: DEFAULT_LIMITS, now: tomorrowMorning }).reviews;
    answer(next, due[0]!, true, tomorrowMorning);
    expect(next.studyDay).toMatchObject({ introduced: 0, reviewed: 1 });
  });
});

describe('daily limits', () => {
  const dueCard = (daysAgo: number): StoredCard => {
    const reviewed = review(newCard(later(T0, -86_400 * (daysAgo + 10))), 'easy', later(T0, -86_400 * (daysAgo + 10)));
    return { ...reviewed, due: later(T0, -86_400 * daysAgo).toISOString() };
  };

  it("defaults to Anki's 20 new and 200 reviews; settings may change them, nonsense falls back", () => {
    expect(DEFAULT_LIMITS).toEqual({ newPerDay: 20, reviewsPerDay: 200 });
    expect(limitsFrom({ newPerDay: 5, reviewsPerDay: 50 })).toEqual({ newPerDay: 5, reviewsPerDay: 50 });
    expect(limitsFrom({ newPerDay: -1, reviewsPerDay: 'many' })).toEqual(DEFAULT_LIMITS);
    expect(limitsFrom({ newPerDay: 0 })).toEqual({ newPerDay: 0, reviewsPerDay: 200 });
  });

  it('caps reviews at the limit, most overdue first, and says how many wait', () => {
    const cards: Record<string, StoredCard> = {};
    const ids = Array.from({ length: 300 }, (_, i) => `r${i}`);
    ids.forEach((id, i) => (cards[id] = dueCard(i % 30)));
    const q = dailyQueue({ cards, available: ids, limits: DEFAULT_LIMITS, now: T0 });
    expect(q.reviews).toHaveLength(200);
    expect(q.reviewsOverLimit).toBe(100);
    expect(Date.parse(cards[q.reviews[0]!]!.due)).toBeLessThanOrEqual(Date.parse(cards[q.reviews[199]!]!.due));
    // 150 reviews done today: 50 left.
    const afternoon = dailyQueue({
      cards,
      available: ids,
      limits: DEFAULT_LIMITS,
      now: T0,
      studyDay: { day: '2026-03-10', introduced: 0, reviewed: 150 },
    });
    expect(afternoon.reviews).toHaveLength(50);
    // Yesterday's counter does not count today.
    const stale = dailyQueue({
      cards,
      available: ids,
      limits: DEFAULT_LIMITS,
      now: T0,
      studyDay: { day: '2026-03-09', introduced: 0, reviewed: 150 },
    });
    expect(stale.reviews).toHaveLength(200);
  });

  it('brings new questions up to the new limit left, in the order given', () => {
    const q = dailyQueue({
      cards: {},
      available: POOL,
      limits: DEFAULT_LIMITS,
      now: T0,
      studyDay: { day: '2026-03-10', introduced: 12, reviewed: 0 },
    });
    expect(q.fresh).toEqual(POOL.slice(0, 8));
    expect(q.freshOverLimit).toBe(32);
    expect(dailyQueue({ cards: {}, available: POOL, limits: { newPerDay: 0, reviewsPerDay: 200 }, now: T0 }).fresh).toEqual([]);
  });

  it("never limits today's learning steps: due now (or within the learn-ahead limit) they come first; later ones wait", () => {
    const learner: Learner = { cards: {} };
    answer(learner, 'soon', false, T0); // Again: due in 1 minute
    answer(learner, 'ten', true, T0); // Good: due in 10 minutes
    answer(learner, 'far', true, later(T0, -3600)); // an hour ago: its step was due 50 minutes ago
    const q = dailyQueue({
      cards: learner.cards,
      available: ['soon', 'ten', 'far'],
      limits: { newPerDay: 0, reviewsPerDay: 0 },
      now: later(T0, 30),
    });
    expect(q.learning).toEqual(['far', 'soon', 'ten']);
    expect(q.reviews).toEqual([]);
    const q2 = dailyQueue({ cards: learner.cards, available: ['soon', 'ten'], limits: DEFAULT_LIMITS, now: later(T0, -25 * 60) });
    expect(q2.learning).toEqual([]);
    expect(q2.later.map((x) => x.id)).toEqual(['soon', 'ten']);
  });

  it('leaves out cards of questions no bank has', () => {
    const q = dailyQueue({ cards: { gone: dueCard(1), here: dueCard(1) }, available: ['here'], limits: DEFAULT_LIMITS, now: T0 });
    expect(q.reviews).toEqual(['here']);
  });
});

describe('a study session', () => {
  it('resumes from JSON exactly: same question, same order, same seed, feedback still on screen', () => {
    const learner: Learner = { cards: {} };
    let s = createStudySession({ mode: 'practice', questionIds: ['a', 'b', 'c'], seed: 'seed-1', now: T0, scope: { length: 3 } });
    expect(sessionPosition(s)).toEqual({ index: 0, total: 3 });
    const card = answer(learner, 'a', true, T0);
    s = checkAnswer(s, { selected: [1], correct: true }, card);
    s = nextTurn(s, learner.cards, later(T0, 30));
    s = checkAnswer(s, { selected: [0], correct: false }, answer(learner, 'b', false, later(T0, 30)));
    const copy = JSON.parse(JSON.stringify(s)) as StudySession;
    expect(copy).toEqual(s);
    expect(copy.turn).toEqual({ questionId: 'b', again: false, checked: { selected: [0], correct: false } });
    expect(sessionPosition(copy)).toEqual({ index: 1, total: 3 });
    expect(copy.seed).toBe('seed-1');
    // Checking twice changes nothing; moving on before checking changes nothing.
    expect(checkAnswer(copy, { selected: [1], correct: true }, undefined)).toBe(copy);
    const fresh = createStudySession({ mode: 'practice', questionIds: ['a'], seed: 's', now: T0 });
    expect(nextTurn(fresh, {}, T0)).toBe(fresh);
  });

  it('a second look keeps the number the question had, and ends when nothing is due', () => {
    const learner: Learner = { cards: {} };
    let s = createStudySession({ mode: 'review', questionIds: ['a', 'b'], seed: 's', now: T0 });
    s = checkAnswer(s, { selected: [0], correct: false }, answer(learner, 'a', false, T0));
    s = nextTurn(s, learner.cards, later(T0, 20));
    expect(s.turn).toMatchObject({ questionId: 'b', again: false });
    s = checkAnswer(s, { selected: [1], correct: true }, answer(learner, 'b', true, later(T0, 20)));
    s = nextTurn(s, learner.cards, later(T0, 70));
    expect(s.turn).toMatchObject({ questionId: 'a', again: true });
    expect(sessionPosition(s)).toEqual({ index: 0, total: 2 });
    s = checkAnswer(s, { selected: [1], correct: true }, answer(learner, 'a', true, later(T0, 70)));
    s = nextTurn(s, learner.cards, later(T0, 90));
    // Nothing due now: the session is over, with both questions waiting in their 10-minute steps.
    expect(s.turn).toBeUndefined();
    expect(waitingSteps(s, learner.cards).map((x) => x.questionId)).toEqual(['b', 'a']);
    s = takeWaitingEarly(s, learner.cards, later(T0, 90));
    expect(s.turn).toMatchObject({ questionId: 'b', again: true });
    expect(s.results.map((r) => [r.questionId, r.correct, !!r.again])).toEqual([
      ['a', false, false],
      ['b', true, false],
      ['a', true, true],
    ]);
  });
});
