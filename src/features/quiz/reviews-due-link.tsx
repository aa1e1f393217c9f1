import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { countDueToday } from './due-today';

function readCount(): { due: number; cards: number } | null {
  try {
    return countDueToday(window.localStorage);
  } catch {
    return null;
  }
}

/** "N reviews due today" for the home page: reads localStorage only, renders nothing before any study. */
export function ReviewsDueLink() {
  // Read once when the page renders: the quiz pages write what it reads in layout effects, which have
  // run before the home page renders after any navigation.
  const [count] = useState(readCount);
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
