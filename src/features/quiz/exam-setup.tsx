import { useId, useMemo, useState } from 'react';
import { filterChoices, type PoolEntry } from './question-pool';
import { DEFAULT_EXAM, EXAM_RULES, defaultMinutes, ruleFor } from './exam-rules';
import { buttonPrimary } from './ui';

export interface ExamChoice {
  exam?: string;
  /** Only questions from this bank (e.g. an imported practice exam). */
  bank?: string;
  count: number;
  minutes: number;
}

/**
 * Choose the exam (which questions, which pass mark), the length and the time. Defaults follow
 * AWS: 65 questions in 130 minutes (170 for Security, 90 for Cloud Practitioner), capped at the
 * questions available.
 */
export function ExamSetup({
  pool,
  onStart,
  remembered,
}: {
  pool: readonly PoolEntry[];
  onStart: (choice: ExamChoice) => void;
  /** The learner's last choices (progress settings), used as this setup's starting values. */
  remembered?: { exam?: unknown; examCount?: unknown; examMinutes?: unknown };
}) {
  const id = useId();
  // A remembered retired exam (SCS-C02) becomes its successor.
  const [exam, setExam] = useState(() => (typeof remembered?.exam === 'string' ? (ruleFor(remembered.exam)?.code ?? '') : ''));
  const [bank, setBank] = useState('');
  const banks = useMemo(() => filterChoices(pool).banks, [pool]);
  const { available, kmsOnly } = useMemo(() => {
    const matching = pool.filter((e) => (!exam || (e.question.exams ?? []).includes(exam)) && (!bank || e.bank.id === bank));
    return { available: matching.length, kmsOnly: matching.every((e) => e.bank.origin === 'built-in') };
  }, [pool, exam, bank]);
  const rule = EXAM_RULES.find((r) => r.code === exam);
  const fullCount = Math.min(rule?.questions ?? DEFAULT_EXAM.questions, available);
  // A remembered length only applies while it still fits the questions available.
  const [countText, setCountText] = useState<string | null>(() =>
    typeof remembered?.examCount === 'number' && remembered.examCount >= 1 && remembered.examCount <= available
      ? String(remembered.examCount)
      : null,
  );
  const [minutesText, setMinutesText] = useState<string | null>(() =>
    typeof remembered?.examMinutes === 'number' &&
    remembered.examMinutes >= 1 &&
    typeof remembered?.examCount === 'number' &&
    remembered.examCount <= available
      ? String(remembered.examMinutes)
      : null,
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

  return (
    <form
      className="flex max-w-2xl flex-col gap-5 rounded-lg border border-slate-200 p-5 dark:border-slate-700"
      onSubmit={(e) => {
        e.preventDefault();
        if (countError || minutesError || available === 0) return;
        onStart({ exam: exam || undefined, bank: bank || undefined, count, minutes });
      }}
      noValidate
    >
      <h2 className="text-xl font-semibold">Set up your exam</h2>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-exam`} className="font-medium">
          Exam
        </label>
        <select
          id={`${id}-exam`}
          value={exam}
          onChange={(e) => {
            setExam(e.target.value);
            setCountText(null);
            setMinutesText(null);
          }}
          className="rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
        >
          <option value="">Any exam (all questions, Associate pace)</option>
          {EXAM_RULES.map((r) => (
            <option key={r.code} value={r.code}>
              {r.code} {r.name} ({r.questions} questions in {r.minutes} min)
            </option>
          ))}
        </select>
        {kmsOnly && available > 0 && (
          <p className="text-sm text-slate-700 dark:text-slate-300">
            KMS Lab’s questions cover AWS KMS only, so this is {exam ? `the KMS part of ${exam}` : 'a KMS exam'}, not a full practice exam:
            the results show your score on KMS questions and which exam-guide domains they cover.
          </p>
        )}
      </div>
      <div className="flex flex-col gap-1">
        <label htmlFor={`${id}-bank`} className="font-medium">
          Questions from
        </label>
        <select
          id={`${id}-bank`}
          value={bank}
          onChange={(e) => {
            setBank(e.target.value);
            setCountText(null);
            setMinutesText(null);
          }}
          className="rounded border border-slate-400 bg-white px-2 py-1.5 dark:border-slate-500 dark:bg-slate-900"
        >
          <option value="">All banks</option>
          {banks.map((b) => (
            <option key={b.id} value={b.id}>
              {b.title}
            </option>
          ))}
        </select>
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {available} question{available === 1 ? '' : 's'} available{exam ? ` tagged ${exam}` : ''}.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <NumberField
          id={`${id}-count`}
          label="Number of questions"
          value={countText ?? String(fullCount)}
          onChange={(v) => {
            setCountText(v);
            setMinutesText(null);
          }}
          error={countError}
          hint={`The real exam has 65. Up to ${available} here.`}
        />
        <NumberField
          id={`${id}-minutes`}
          label="Time in minutes"
          value={minutesText ?? String(minutes)}
          onChange={setMinutesText}
          error={minutesError}
          hint="Defaults to the real exam's pace."
        />
      </div>
      <ul className="list-disc pl-6 text-sm text-slate-700 dark:text-slate-300">
        <li>A question scores only if the whole answer is right (every option, step or pair), as on the real exam.</li>
        <li>No penalty for guessing: unanswered questions simply count as wrong.</li>
        <li>No feedback until you submit. Flag questions to come back to them.</li>
        <li>Your exam is saved as you go: a reload or a closed tab resumes it, with the clock still running.</li>
      </ul>
      <div>
        <button type="submit" className={buttonPrimary} disabled={available === 0}>
          Start the exam
        </button>
      </div>
    </form>
  );
}

function NumberField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
}: {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error: string;
  hint: string;
}) {
  return (
    <div className="flex flex-col gap-1">
      <label htmlFor={id} className="font-medium">
        {label}
      </label>
      <input
        id={id}
        type="number"
        inputMode="numeric"
        min={1}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-invalid={error ? true : undefined}
        aria-describedby={`${id}-hint`}
        className="rounded border border-slate-400 bg-white px-2 py-1.5 aria-invalid:border-red-700 dark:border-slate-500 dark:bg-slate-900"
      />
      <p
        id={`${id}-hint`}
        className={`text-sm ${error ? 'font-medium text-red-800 dark:text-red-300' : 'text-slate-700 dark:text-slate-300'}`}
      >
        {error || hint}
      </p>
    </div>
  );
}
