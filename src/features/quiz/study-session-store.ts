import { createStudySession, isStudySession, type StudyMode, type StudySession } from '@/quiz';

/**
 * Where a practice, review or drill session in progress is kept: localStorage, one key per mode,
 * written after every step so a reload (or a closed tab) resumes at the same question.
 */
export function sessionKey(mode: StudyMode): string {
  return `kmslab.quiz.session.${mode}`;
}

/** The saved session of a mode; anything unreadable counts as none (it is only a session in progress). */
export function loadStudySession(storage: Pick<Storage, 'getItem'> | null, mode: StudyMode): StudySession | null {
  if (!storage) return null;
  try {
    const raw = storage.getItem(sessionKey(mode));
    if (!raw) return null;
    const parsed: unknown = JSON.parse(raw);
    return isStudySession(parsed) && parsed.mode === mode ? parsed : null;
  } catch {
    return null;
  }
}

/** Saves (or, with null, forgets) the session; false when the browser refused (storage full or blocked). */
export function saveStudySession(
  storage: Pick<Storage, 'setItem' | 'removeItem'> | null,
  mode: StudyMode,
  session: StudySession | null,
): boolean {
  if (!storage) return false;
  try {
    if (session) storage.setItem(sessionKey(mode), JSON.stringify(session));
    else storage.removeItem(sessionKey(mode));
    return true;
  } catch {
    return false;
  }
}

/** A seed for a new session's shuffles (question order, option order): not for anything security-related. */
export function freshSeed(): string {
  return Math.random().toString(36).slice(2, 10);
}

/** localStorage, or null when the browser blocks it. */
export function browserStorage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

/**
 * Hands questions over to the drill page ("Drill these" after a practice session or an exam): saves a
 * drill session of exactly those questions, which the drill page resumes when it opens.
 */
export function saveDrillSession(questionIds: readonly string[], from: StudyMode | 'exam'): boolean {
  const session = createStudySession({
    mode: 'drill',
    questionIds,
    seed: freshSeed(),
    now: new Date(),
    scope: { from },
  });
  return saveStudySession(browserStorage(), 'drill', session);
}
