import { useMemo } from 'react';
import { filterChoices, type PoolEntry } from './question-pool';
import { EXAM_RULES } from './exam-rules';
import { useExamSetupState, type RememberedExam } from './exam-setup-state';
import { Button, SelectField, TextField } from '@/components/ui';

export interface ExamChoice {
  exam?: string;
  /** Only questions from this bank (e.g. an imported practice exam). */
  bank?: string;
  count: number;
  minutes: number;
}

type SetupState = ReturnType<typeof useExamSetupState>;

/**
 * Choose the exam (which questions, which pass mark), the length and the time. Defaults follow
 * AWS: 65 questions in 130 minutes (170 for Security, 90 for Cloud Practitioner), capped at the
 * questions available.
 */
export function ExamSetup({
  pool,
  onStart,
  remembered,
  initialBank,
}: {
  pool: readonly PoolEntry[];
  onStart: (choice: ExamChoice) => void;
  /** The learner's last choices (progress settings), used as this setup's starting values. */
  remembered?: RememberedExam;
  /** A bank to take the questions from (the banks page's "Exam" action). */
  initialBank?: string;
}) {
  const state = useExamSetupState(pool, remembered, initialBank);
  const { exam, bank, count, minutes, available } = state;
  return (
    <form
      className="flex max-w-2xl flex-col gap-5 rounded-lg border border-slate-200 p-5 dark:border-slate-700"
      onSubmit={(e) => {
        e.preventDefault();
        if (state.countError || state.minutesError || available === 0) return;
        onStart({ exam: exam || undefined, bank: bank || undefined, count, minutes });
      }}
      noValidate
    >
      <h2 className="text-xl font-semibold">Set up your exam</h2>
      <ExamScopeFields pool={pool} state={state} />
      <LengthAndTimeFields state={state} />
      <ExamRulesList />
      <div>
        <Button type="submit" variant="primary" disabled={available === 0}>
          Start the exam
        </Button>
      </div>
    </form>
  );
}

/** Which exam and which bank, with the count they leave and the honest "KMS part" framing. */
function ExamScopeFields({ pool, state }: { pool: readonly PoolEntry[]; state: SetupState }) {
  const banks = useMemo(() => filterChoices(pool).banks, [pool]);
  const { exam, available } = state;
  return (
    <>
      <SelectField
        label="Exam"
        value={exam}
        onChange={state.setExam}
        options={[
          { value: '', label: 'Any exam (all questions, Associate pace)' },
          ...EXAM_RULES.map((r) => ({ value: r.code, label: `${r.code} ${r.name} (${r.questions} questions in ${r.minutes} min)` })),
        ]}
        hint={
          state.kmsOnly && available > 0
            ? `KMS Lab’s questions cover AWS KMS only, so this is ${exam ? `the KMS part of ${exam}` : 'a KMS exam'}, not a full practice exam: the results show your score on KMS questions and which exam-guide domains they cover.`
            : undefined
        }
      />
      <div className="flex flex-col gap-1">
        <SelectField
          label="Questions from"
          value={state.bank}
          onChange={state.setBank}
          options={[{ value: '', label: 'All banks' }, ...banks.map((b) => ({ value: b.id, label: b.title }))]}
        />
        <p className="text-sm text-slate-700 dark:text-slate-300" aria-live="polite">
          {available} question{available === 1 ? '' : 's'} available{exam ? ` tagged ${exam}` : ''}.
        </p>
      </div>
    </>
  );
}

/** Number of questions and minutes, each defaulting to the real exam's (capped, same pace). */
function LengthAndTimeFields({ state }: { state: SetupState }) {
  return (
    <div className="grid gap-4 sm:grid-cols-2">
      <TextField
        label="Number of questions"
        type="number"
        inputMode="numeric"
        min={1}
        value={state.countText ?? String(state.fullCount)}
        onChange={state.setCount}
        error={state.countError || undefined}
        hint={state.countError ? undefined : `The real exam has 65. Up to ${state.available} here.`}
      />
      <TextField
        label="Time in minutes"
        type="number"
        inputMode="numeric"
        min={1}
        value={state.minutesText ?? String(state.minutes)}
        onChange={state.setMinutes}
        error={state.minutesError || undefined}
        hint={state.minutesError ? undefined : "Defaults to the real exam's pace."}
      />
    </div>
  );
}

function ExamRulesList() {
  return (
    <ul className="list-disc pl-6 text-sm text-slate-700 dark:text-slate-300">
      <li>A question scores only if the whole answer is right (every option, step or pair), as on the real exam.</li>
      <li>No penalty for guessing: unanswered questions simply count as wrong.</li>
      <li>No feedback until you submit. Flag questions to come back to them.</li>
      <li>Your exam is saved as you go: a reload or a closed tab resumes it, with the clock still running.</li>
    </ul>
  );
}
