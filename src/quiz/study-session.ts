import { LEARN_AHEAD_MS } from './study-day';
import { isLearning, type StoredCard } from './schedule';

/**
 * A study session (practice, review or drill) as plain JSON, saved after every step so a reload
 * resumes at the same question, in the same order, with the same option order (`seed`). Pure
 * functions of the session, the learner's cards and a clock passed in.
 *
 * Same-day learning steps: a question answered in the session whose card is in a learning step
 * (FSRS: a new card answered right waits 10 minutes, a wrong answer 1 minute) comes back in the same
 * session when its step is due, before the next planned question. When the planned questions are done,
 * steps due within the learn-ahead limit can be taken early, as Anki does.
 */

/** Where the session was started. */
export type StudyMode = 'practice' | 'review' | 'drill';

/** One checked answer of the session. */
export interface SessionResult {
  questionId: string;
  selected: number[];
  correct: boolean;
  /** True when it was a second (or later) look at a question the session had asked already. */
  again?: boolean;
}

/** The question on screen. */
export interface SessionTurn {
  questionId: string;
  /** True for a learning step coming back. */
  again: boolean;
  /** Set once the answer is checked: the feedback is on screen (a reload shows it again). */
  checked?: { selected: number[]; correct: boolean };
}

/** A practice, review or drill session as saved: its planned questions, where it is, and what was answered. */
export interface StudySession {
  version: 1;
  /** Random id. */
  id: string;
  mode: StudyMode;
  /** Seed of the display order of options (and of the planned order when it was shuffled). */
  seed: string;
  startedAt: string;
  /** The planned questions, in the order asked. */
  planned: string[];
  /** How many planned questions have been taken. */
  position: number;
  /** Questions of this session waiting in a learning step. */
  waiting: string[];
  /** The question on screen; undefined when the session is over (or before it starts). */
  turn?: SessionTurn;
  results: SessionResult[];
  /** What the session was started with (a filter, a length), for the page to show and restore. */
  scope?: Record<string, string | number | boolean>;
  /** True once the learner chose to take the waiting steps early (practice asks first; review does it). */
  learnAhead?: boolean;
}

/** Starts a session on the first planned question. */
export function createStudySession(input: {
  mode: StudyMode;
  questionIds: readonly string[];
  seed: string;
  now: Date;
  id?: string;
  scope?: StudySession['scope'];
  learnAhead?: boolean;
}): StudySession {
  const planned = [...new Set(input.questionIds)];
  const session: StudySession = {
    version: 1,
    id: input.id ?? Math.random().toString(36).slice(2, 10),
    mode: input.mode,
    seed: input.seed,
    startedAt: input.now.toISOString(),
    planned,
    position: 0,
    waiting: [],
    results: [],
  };
  if (input.scope) session.scope = input.scope;
  if (input.learnAhead) session.learnAhead = true;
  return pickNext(session, {}, input.now);
}

/**
 * Records the checked answer of the question on screen. `card` is that question's card after the
 * answer was scheduled: in a same-day learning step, the question waits to come back.
 */
export function checkAnswer(
  session: StudySession,
  answer: { selected: number[]; correct: boolean },
  card: StoredCard | undefined,
): StudySession {
  const turn = session.turn;
  if (!turn || turn.checked) return session;
  const result: SessionResult = { questionId: turn.questionId, selected: [...answer.selected], correct: answer.correct };
  if (turn.again) result.again = true;
  const waiting = session.waiting.filter((id) => id !== turn.questionId);
  if (card && isLearning(card)) waiting.push(turn.questionId);
  return {
    ...session,
    waiting,
    results: [...session.results, result],
    turn: { ...turn, checked: { ...answer, selected: [...answer.selected] } },
  };
}

/** Moves on from a checked question to the next one (or to the end). */
export function nextTurn(session: StudySession, cards: Readonly<Record<string, StoredCard>>, now: Date): StudySession {
  if (session.turn && !session.turn.checked) return session;
  return pickNext({ ...session, turn: undefined }, cards, now);
}

/** Takes the waiting learning steps now (those due within the learn-ahead limit), then ends. */
export function takeWaitingEarly(session: StudySession, cards: Readonly<Record<string, StoredCard>>, now: Date): StudySession {
  return pickNext({ ...session, learnAhead: true }, cards, now);
}

/**
 * Ends the session now: the question on screen is left (unanswered, or answered and kept), planned
 * questions not yet asked are dropped, and questions waiting in a step stay waiting (the review queue
 * brings them back when due).
 */
export function endSession(session: StudySession): StudySession {
  return { ...session, position: session.planned.length, learnAhead: false, turn: undefined };
}

/** Due time (ms) of a waiting question's step, or undefined when it no longer waits (graduated, gone). */
function stepDue(id: string, cards: Readonly<Record<string, StoredCard>>): number | undefined {
  const card = cards[id];
  if (!card || !isLearning(card)) return undefined;
  const due = Date.parse(card.due);
  return Number.isFinite(due) ? due : 0;
}

/** The waiting questions still in a step, soonest first, with their due times. */
export function waitingSteps(session: StudySession, cards: Readonly<Record<string, StoredCard>>): { questionId: string; due: number }[] {
  return session.waiting
    .flatMap((id) => {
      const due = stepDue(id, cards);
      return due === undefined ? [] : [{ questionId: id, due }];
    })
    .sort((a, b) => a.due - b.due);
}

function pickNext(session: StudySession, cards: Readonly<Record<string, StoredCard>>, now: Date): StudySession {
  const steps = waitingSteps(session, cards);
  const waiting = steps.map((s) => s.questionId);
  // 1. A learning step that is due comes back first, as in Anki.
  const due = steps.find((s) => s.due <= now.getTime());
  if (due) return { ...session, waiting, turn: { questionId: due.questionId, again: true } };
  // 2. The next planned question.
  if (session.position < session.planned.length) {
    const questionId = session.planned[session.position]!;
    return { ...session, waiting, position: session.position + 1, turn: { questionId, again: false } };
  }
  // 3. Nothing planned is left: with learn-ahead on, a step due soon is taken early.
  const soon = steps.find((s) => s.due <= now.getTime() + LEARN_AHEAD_MS);
  if (session.learnAhead && soon) return { ...session, waiting, turn: { questionId: soon.questionId, again: true } };
  return { ...session, waiting, turn: undefined };
}

/**
 * The display-order seed of one answer of the session (the n-th, 0-based): every attempt, a second
 * look included, shows options, steps and responses in an order of its own, and a reload (or the miss
 * list) can show the very order the learner saw.
 */
export function attemptSeed(session: Pick<StudySession, 'seed'>, answerIndex: number): string {
  return `${session.seed}:${answerIndex}`;
}

/** The seed of the question on screen (see {@link attemptSeed}). */
export function turnSeed(session: StudySession): string {
  return attemptSeed(session, session.results.length - (session.turn?.checked ? 1 : 0));
}

/** True when the session has nothing on screen: every planned question taken, no step due. */
export function isOver(session: StudySession): boolean {
  return !session.turn;
}

/**
 * The "Question N of M" numbers of the question on screen: its place among the planned questions
 * (a second look shows the number it had the first time), or undefined when nothing is on screen.
 */
export function sessionPosition(session: StudySession): { index: number; total: number } | undefined {
  if (!session.turn) return undefined;
  const index = session.planned.indexOf(session.turn.questionId);
  return { index: Math.max(0, index), total: session.planned.length };
}

/** A shape check for sessions read from storage (anything else counts as no session). */
export function isStudySession(value: unknown): value is StudySession {
  if (!value || typeof value !== 'object') return false;
  const v = value as Partial<StudySession>;
  const ids = (x: unknown) => Array.isArray(x) && x.every((i) => typeof i === 'string');
  return (
    v.version === 1 &&
    typeof v.id === 'string' &&
    (v.mode === 'practice' || v.mode === 'review' || v.mode === 'drill') &&
    typeof v.seed === 'string' &&
    typeof v.startedAt === 'string' &&
    ids(v.planned) &&
    ids(v.waiting) &&
    typeof v.position === 'number' &&
    Array.isArray(v.results) &&
    v.results.every((r) => !!r && typeof r.questionId === 'string' && Array.isArray(r.selected) && typeof r.correct === 'boolean') &&
    (v.turn === undefined || (typeof v.turn === 'object' && v.turn !== null && typeof v.turn.questionId === 'string'))
  );
}
