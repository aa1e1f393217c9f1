import { createEmptyCard, fsrs, Rating, type State, type Card, type FSRS, type Grade } from 'ts-fsrs';

/**
 * Spaced repetition with FSRS (ts-fsrs, FSRS-6 default parameters). Each answered question is a
 * card. Cards are stored as plain JSON (ISO date strings), so they survive localStorage.
 */

/** How well the learner knew a question. */
export type ReviewRating = 'again' | 'hard' | 'good' | 'easy';

/** How sure the learner said they were. */
export type Confidence = 'low' | 'normal' | 'high';

/** An FSRS card in JSON-safe form: ts-fsrs fields, dates as ISO strings. */
export interface StoredCard {
  due: string;
  stability: number;
  difficulty: number;
  /** Kept because ts-fsrs 5 still reads it; deprecated upstream. */
  elapsed_days: number;
  scheduled_days: number;
  learning_steps: number;
  reps: number;
  lapses: number;
  /** ts-fsrs `State`: 0 new, 1 learning, 2 review, 3 relearning. */
  state: number;
  last_review?: string;
}

const RATINGS: Record<ReviewRating, Grade> = {
  again: Rating.Again,
  hard: Rating.Hard,
  good: Rating.Good,
  easy: Rating.Easy,
};

let scheduler: FSRS | undefined;
let longTermScheduler: FSRS | undefined;
// Fuzz off: the same history always gives the same due date, which keeps tests and two tabs consistent.
// Same-day learning steps on (ts-fsrs defaults: 1 and 10 minutes to learn, 10 minutes to relearn): a
// study session brings a card back within minutes of an answer (see study-session.ts).
function getScheduler(): FSRS {
  return (scheduler ??= fsrs({ enable_fuzz: false, enable_short_term: true }));
}
// Without learning steps, for answers given where nothing can come back within minutes (an exam): a
// step that cannot happen today would only move the card into tomorrow's queue.
function getLongTermScheduler(): FSRS {
  return (longTermScheduler ??= fsrs({ enable_fuzz: false, enable_short_term: false }));
}

function toStored(card: Card): StoredCard {
  const stored: StoredCard = {
    due: card.due.toISOString(),
    stability: card.stability,
    difficulty: card.difficulty,
    elapsed_days: card.elapsed_days,
    scheduled_days: card.scheduled_days,
    learning_steps: card.learning_steps,
    reps: card.reps,
    lapses: card.lapses,
    state: card.state,
  };
  if (card.last_review) stored.last_review = card.last_review.toISOString();
  return stored;
}

/** A card for a question never reviewed, due at `now`. */
export function newCard(now: Date): StoredCard {
  return toStored(createEmptyCard(now));
}

/** Options of {@link review}. */
export interface ReviewOptions {
  /**
   * False schedules without same-day learning steps (FSRS's long-term mode): for answers given where
   * the card cannot come back within minutes, such as an exam. Default true.
   */
  learningSteps?: boolean;
}

/** The card after a review with the given rating at `now` (the input is not changed). */
export function review(card: StoredCard, rating: ReviewRating, now: Date, options: ReviewOptions = {}): StoredCard {
  const { card: next } = (options.learningSteps === false ? getLongTermScheduler() : getScheduler()).next(
    { ...card, state: card.state as State, last_review: card.last_review ?? null },
    now,
    RATINGS[rating],
  );
  return toStored(next);
}

/**
 * Maps a quiz outcome to an FSRS rating: wrong is Again; right is Good, or Hard when the learner
 * was unsure (a guess on a multiple-choice question is weak evidence), or Easy when sure.
 */
export function ratingFor(correct: boolean, confidence: Confidence = 'normal'): ReviewRating {
  if (!correct) return 'again';
  if (confidence === 'low') return 'hard';
  if (confidence === 'high') return 'easy';
  return 'good';
}

/** ts-fsrs card states, by name. */
export const CARD_STATE = { new: 0, learning: 1, review: 2, relearning: 3 } as const;

/** True for a card in a same-day learning or relearning step. */
export function isLearning(card: Pick<StoredCard, 'state'>): boolean {
  return card.state === CARD_STATE.learning || card.state === CARD_STATE.relearning;
}

/** True when the card is due at or before `now`. */
export function isDue(card: Pick<StoredCard, 'due'>, now: Date): boolean {
  const due = Date.parse(card.due);
  return Number.isFinite(due) ? due <= now.getTime() : true;
}

/** Probability (0..1) that the learner still recalls the card at `now`. */
export function retrievability(card: StoredCard, now: Date): number {
  return getScheduler().get_retrievability({ ...card, state: card.state as State, last_review: card.last_review ?? null }, now, false);
}

/** Ids of due cards, most overdue first. */
export function dueIds(cards: Readonly<Record<string, StoredCard>>, now: Date): string[] {
  return Object.entries(cards)
    .filter(([, c]) => isDue(c, now))
    .sort(([, a], [, b]) => Date.parse(a.due) - Date.parse(b.due))
    .map(([id]) => id);
}

/** A shape check for cards read from storage or an import file. */
export function isStoredCard(value: unknown): value is StoredCard {
  if (!value || typeof value !== 'object') return false;
  const c = value as Record<string, unknown>;
  return (
    typeof c.due === 'string' &&
    Number.isFinite(Date.parse(c.due)) &&
    ['stability', 'difficulty', 'elapsed_days', 'scheduled_days', 'learning_steps', 'reps', 'lapses', 'state'].every(
      (k) => typeof c[k] === 'number' && Number.isFinite(c[k]),
    ) &&
    (c.last_review === undefined || (typeof c.last_review === 'string' && Number.isFinite(Date.parse(c.last_review))))
  );
}
