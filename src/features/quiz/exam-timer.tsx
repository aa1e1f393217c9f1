import { useEffect, useRef, useState } from 'react';
import { Button } from '@/components/ui';
import { formatClock } from './exam-session';

const WARNINGS = [10, 5, 1];

/**
 * The time left. The visible clock is not a live region (it would talk every second); a separate
 * polite region announces 10, 5 and 1 minute left. The learner can hide the clock, as in the real exam.
 */
export function ExamTimer({ remainingMs }: { remainingMs: number }) {
  const [hidden, setHidden] = useState(false);
  const [warning, setWarning] = useState('');
  const announced = useRef(new Set<number>());
  const minutesLeft = remainingMs / 60_000;

  useEffect(() => {
    for (const w of WARNINGS) {
      if (minutesLeft <= w && minutesLeft > w - 1 && !announced.current.has(w)) {
        announced.current.add(w);
        setWarning(`${w} minute${w === 1 ? '' : 's'} left.`);
      }
    }
  }, [minutesLeft]);

  const low = minutesLeft <= 5;
  return (
    <div className="flex items-center gap-2">
      <span className="text-sm max-sm:sr-only">Time left</span>
      <span
        className={`font-mono text-lg font-semibold tabular-nums ${low ? 'text-red-800 dark:text-red-300' : ''}`}
        aria-label={hidden ? 'Time hidden' : `Time left ${formatClock(remainingMs)}`}
        role="timer"
      >
        {hidden ? '––:––' : formatClock(remainingMs)}
      </span>
      <Button size="xs" onClick={() => setHidden((h) => !h)}>
        {hidden ? 'Show time' : 'Hide time'}
      </Button>
      <span className="sr-only" aria-live="polite">
        {warning}
      </span>
    </div>
  );
}
