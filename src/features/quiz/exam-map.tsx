import type { ExamSession } from './exam-session';
import { isAnswered } from './exam-session';

/**
 * The question map: one button per question showing answered / unanswered / flagged, in text as
 * well as colour, so the state is clear without colour vision and to screen readers.
 */
export function ExamMap({ session, onGo }: { session: ExamSession; onGo: (index: number) => void }) {
  return (
    <nav aria-label="Question map">
      <ol className="grid grid-cols-[repeat(auto-fill,minmax(2.75rem,1fr))] gap-1.5">
        {session.questionIds.map((id, index) => {
          const answered = isAnswered(session, id);
          const flagged = !!session.flags[id];
          const current = index === session.current;
          const state = `${answered ? 'answered' : 'unanswered'}${flagged ? ', flagged' : ''}`;
          return (
            <li key={id}>
              <button
                type="button"
                onClick={() => onGo(index)}
                aria-label={`Question ${index + 1}, ${state}`}
                aria-current={current ? 'step' : undefined}
                data-state={answered ? 'answered' : 'unanswered'}
                data-flagged={flagged || undefined}
                className={`relative h-10 w-full rounded border text-sm font-semibold ${
                  answered
                    ? 'border-blue-800 bg-blue-800 text-white dark:border-sky-300 dark:bg-sky-300 dark:text-slate-950'
                    : 'border-slate-400 bg-white text-slate-900 dark:border-slate-500 dark:bg-slate-900 dark:text-slate-100'
                } ${current ? 'ring-3 ring-amber-500 ring-offset-1 dark:ring-amber-300 dark:ring-offset-slate-950' : ''}`}
              >
                {index + 1}
                {flagged && (
                  <span
                    aria-hidden="true"
                    className="absolute -top-1.5 -right-1.5 rounded-full bg-amber-400 px-1 text-[0.65rem] leading-4 text-slate-950"
                  >
                    ⚑
                  </span>
                )}
              </button>
            </li>
          );
        })}
      </ol>
      <p className="mt-2 flex flex-wrap gap-x-4 gap-y-1 text-xs text-slate-700 dark:text-slate-300">
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm bg-blue-800 align-middle dark:bg-sky-300" />
          answered
        </span>
        <span>
          <span aria-hidden="true" className="mr-1 inline-block size-3 rounded-sm border border-slate-400 align-middle" />
          unanswered
        </span>
        <span>
          <span aria-hidden="true" className="mr-1">
            ⚑
          </span>
          flagged for review
        </span>
      </p>
    </nav>
  );
}
