import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { loadSession, progressOf, remainingMs, formatClock } from './exam-session';
import { Notice } from '@/components/ui';

/** On the quiz hub: an unfinished exam, with its progress and time left, and a way back to it. */
export function ExamResumeBanner() {
  const [session] = useState(() => {
    try {
      return loadSession(window.localStorage);
    } catch {
      return null;
    }
  });
  if (!session || session.finishedAt) return null;
  const counts = progressOf(session);
  const left = remainingMs(session, new Date());
  return (
    <Notice tone="info" title="You have an exam in progress">
      <p>
        {counts.answered} of {counts.total} answered,{' '}
        {left > 0 ? `${formatClock(left)} left on the clock (it keeps running).` : 'time is up: open it to see your results.'}{' '}
        <Link to="/quiz/exam">{left > 0 ? 'Resume the exam' : 'See the results'}</Link>
      </p>
    </Notice>
  );
}
