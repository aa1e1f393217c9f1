import { useMemo, useState } from 'react';
import { filterChoices, type PoolEntry } from './question-pool';
import { DEFAULT_EXAM, EXAM_RULES, defaultMinutes, ruleFor } from './exam-rules';
import { Button, SelectField, TextField } from '@/components/ui';

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
      <SelectField
        label="Exam"
        value={exam}
        onChange={(value) => {
          setExam(value);
          setCountText(null);
          setMinutesText(null);
        }}
        options={[
          { value: '', label: 'Any exam (all questions, Associate pace)' },
          ...EXAM_RULES.map((r) => ({ value: r.code, label: `${r.code} ${r.name} (${r.questions} questions in ${r.minutes} min)` })),
        ]}
        hint={
          kmsOnly && available > 0
            ? `KMS Lab’s questions cover AWS KMS only, so this is ${exam ? `the KMS part of ${exam}` : 'a KMS exam'}, not a full practice exam: the results show your score on KMS questions and which exam-guide domains they cover.`
            : undefined
        }
      />
      <div className="flex flex-col gap-1">
        <SelectField
          label="Questions from"
          value={bank}
          onChange={(value) => {
            setBank(value);
            setCountText(null);
            setMinutesText(null);
          }}
          options={[{ value: '', label: 'All banks' }, ...banks.map((b) => ({ value: b.id, label: b.title }))]}
        />
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {available} question{available === 1 ? '' : 's'} available{exam ? ` tagged ${exam}` : ''}.
        </p>
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          label="Number of questions"
          type="number"
          inputMode="numeric"
          min={1}
          value={countText ?? String(fullCount)}
          onChange={(v) => {
            setCountText(v);
            setMinutesText(null);
          }}
          error={countError || undefined}
          hint={countError ? undefined : `The real exam has 65. Up to ${available} here.`}
        />
        <TextField
          label="Time in minutes"
          type="number"
          inputMode="numeric"
          min={1}
          value={minutesText ?? String(minutes)}
          onChange={setMinutesText}
          error={minutesError || undefined}
          hint={minutesError ? undefined : "Defaults to the real exam's pace."}
        />
      </div>
      <ul className="list-disc pl-6 text-sm text-slate-700 dark:text-slate-300">
        <li>A question scores only if the whole answer is right (every option, step or pair), as on the real exam.</li>
        <li>No penalty for guessing: unanswered questions simply count as wrong.</li>
        <li>No feedback until you submit. Flag questions to come back to them.</li>
        <li>Your exam is saved as you go: a reload or a closed tab resumes it, with the clock still running.</li>
      </ul>
      <div>
        <Button type="submit" variant="primary" disabled={available === 0}>
          Start the exam
        </Button>
      </div>
    </form>
  );
}
