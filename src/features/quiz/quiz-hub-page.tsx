import { lazy, Suspense } from 'react';
import { PageHeading } from '@/components/ui/page-heading';
import { useAfterFirstPaint } from '@/lib/use-after-first-paint';

// The hub itself (filters, stores, FSRS counts) is its own chunk. This page is in the main bundle so
// the heading and lead, the page's largest text, paint with the site header, and the hub's chunk is
// requested only after that paint: on a slow connection its download does not hold the text up.
// <main> is a screen tall, so the hub appearing below them moves nothing.
const QuizHub = lazy(() => import('./quiz-hub').then((m) => ({ default: m.QuizHub })));

/** The quiz's front door: its heading at once, then the hub (see {@link QuizHub}). */
export function QuizHubPage() {
  const painted = useAfterFirstPaint();
  return (
    <div>
      <PageHeading
        title="Quiz"
        lead="Practice with instant feedback, sit a timed exam under AWS rules, review what you are about to forget, or drill your mistakes."
      />
      {painted && (
        <Suspense fallback={null}>
          <QuizHub />
        </Suspense>
      )}
    </div>
  );
}
