import { Link } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { countDueToday } from './due-today';

/** "N reviews due today" for the home page: reads localStorage only, renders nothing before any study. */
export function ReviewsDueLink() {
  const [count, setCount] = useState<{ due: number; cards: number } | null>(null);
  useEffect(() => {
    try {
      setCount(countDueToday(window.localStorage));
    } catch {
      setCount(null);
    }
  }, []);
  if (!count || count.cards === 0) return null;
  return (
    <p className="mb-6 rounded-lg border border-sky-300 bg-sky-50 p-4 text-sky-950 dark:border-sky-700 dark:bg-sky-950 dark:text-sky-50">
      {count.due > 0 ? (
        <>
          <strong>
            {count.due} review{count.due === 1 ? '' : 's'} due today.
          </strong>{' '}
          <Link to="/quiz/review">Review now</Link>
        </>
      ) : (
        <>
          No reviews due today. <Link to="/quiz/practice">Practice</Link> to add more.
        </>
      )}
    </p>
  );
}
