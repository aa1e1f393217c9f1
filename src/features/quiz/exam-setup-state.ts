import { useMemo, useState } from 'react';
import type { PoolEntry } from './question-pool';
import { DEFAULT_EXAM, EXAM_RULES, defaultMinutes, ruleFor } from './exam-rules';

/** The learner's last choices (progress settings), used as a setup's starting values. */
export interface RememberedExam {
  exam?: unknown;
  examCount?: unknown;
  examMinutes?: unknown;
}

const inScope = (e: PoolEntry, exam: string, bank: string) =>
  (!exam || (e.question.exams ?? []).includes(exam)) && (!bank || e.bank.id === bank);

/** A remembered exam code, current (a retired SCS-C02 becomes its successor), or '' for "any". */
function rememberedExam(remembered: RememberedExam | undefined): string {
  return typeof remembered?.exam === 'string' ? (ruleFor(remembered.exam)?.code ?? '') : '';
}

/**
 * The state of the exam setup form: exam, bank, length and time with their defaults and errors.
 * `initialBank` (the banks page's "Exam" action) preselects a bank that is still there; the remembered
 * exam then applies only if that bank has questions for it, so the form never opens with none available.
 */
export function useExamSetupState(pool: readonly PoolEntry[], remembered?: RememberedExam, initialBank?: string) {
  const [bank, setBankState] = useState(() => (initialBank && pool.some((e) => e.bank.id === initialBank) ? initialBank : ''));
  const [exam, setExamState] = useState(() => {
    const code = rememberedExam(remembered);
    return !bank || pool.some((e) => inScope(e, code, bank)) ? code : '';
  });
  const { available, kmsOnly } = useMemo(() => {
    const matching = pool.filter((e) => inScope(e, exam, bank));
    return { available: matching.length, kmsOnly: matching.every((e) => e.bank.origin === 'built-in') };
  }, [pool, exam, bank]);
  const rule = EXAM_RULES.find((r) => r.code === exam);
  const fullCount = Math.min(rule?.questions ?? DEFAULT_EXAM.questions, available);
  // A remembered length only applies while it still fits the questions available.
  const rememberedFits = typeof remembered?.examCount === 'number' && remembered.examCount >= 1 && remembered.examCount <= available;
  const [countText, setCountText] = useState<string | null>(() => (rememberedFits ? String(remembered.examCount) : null));
  const [minutesText, setMinutesText] = useState<string | null>(() =>
    rememberedFits && typeof remembered.examMinutes === 'number' && remembered.examMinutes >= 1 ? String(remembered.examMinutes) : null,
  );
  const count = countText === null ? fullCount : Number(countText);
  const minutes =
    minutesText === null ? defaultMinutes(Number.isFinite(count) ? Math.min(count, available) : 0, rule) : Number(minutesText);
  const countError =
    !Number.isInteger(count) || count < 1
      ? 'Enter a whole number of questions, at least 1.'
      : count > available
        ? `Only ${available} question${available === 1 ? ' is' : 's are'} available${exam ? ` for ${exam}` : ''}.`
        : '';
  const minutesError =
    !Number.isInteger(minutes) || minutes < 1 || minutes > 600 ? 'Enter a whole number of minutes between 1 and 600.' : '';
  // A new exam or bank resets length and time to their defaults for it.
  const resetting = (set: (value: string) => void) => (value: string) => {
    set(value);
    setCountText(null);
    setMinutesText(null);
  };
  return {
    exam,
    setExam: resetting(setExamState),
    bank,
    setBank: resetting(setBankState),
    available,
    kmsOnly,
    fullCount,
    count,
    countText,
    setCount: (text: string) => {
      setCountText(text);
      setMinutesText(null);
    },
    minutes,
    minutesText,
    setMinutes: setMinutesText,
    countError,
    minutesError,
  };
}
