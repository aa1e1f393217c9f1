import { Link } from '@tanstack/react-router';
import { lazy, startTransition, Suspense, useEffect, useRef, useState, type RefObject } from 'react';
import { scenarioInfo } from '@/scenarios';
import { loadScenarioQuestions, type ScenarioQuestion } from './scenario-questions';

// The questions, and the Markdown renderer (marked + DOMPurify) they need, load only when the learner
// gets near this section or reaches the last step: on a phone the section is screens below the
// diagram, and loading it with the page made long main-thread tasks while the diagram first drew.
const InlineQuestion = lazy(() => import('./inline-question').then((m) => ({ default: m.InlineQuestion })));

/** True once `ref` comes within a screen of the viewport, or at once when `force` is set. */
function useNearViewport(ref: RefObject<HTMLElement | null>, force: boolean): boolean {
  // Without IntersectionObserver (old browsers, jsdom) the section loads at once.
  const [near, setNear] = useState(() => force || typeof IntersectionObserver === 'undefined');
  // Once forced (the last step was reached), the questions stay loaded.
  if (force && !near) setNear(true);
  useEffect(() => {
    const el = ref.current;
    if (near || !el) return;
    const observer = new IntersectionObserver((entries) => entries.some((e) => e.isIntersecting) && setNear(true), {
      rootMargin: '100% 0px',
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, [ref, near]);
  return near;
}

/**
 * Two or three questions from the banks on what the scenario showed. When the banks have none for
 * this scenario (or fail to load), it says so and links to the quiz instead.
 */
export function ScenarioQuiz({ scenarioId, atEnd }: { scenarioId: string; atEnd: boolean }) {
  const [state, setState] = useState<{ status: 'loading' } | { status: 'ready'; questions: ScenarioQuestion[] } | { status: 'failed' }>({
    status: 'loading',
  });
  const section = useRef<HTMLElement>(null);
  const near = useNearViewport(section, atEnd);
  useEffect(() => {
    if (!near) return;
    let live = true;
    loadScenarioQuestions(scenarioId, 3, scenarioInfo(scenarioId)?.quizTopic)
      // A transition: rendering the questions' Markdown is sliced into short tasks instead of one long one.
      .then((questions) => live && startTransition(() => setState({ status: 'ready', questions })))
      .catch(() => live && setState({ status: 'failed' }));
    return () => {
      live = false;
    };
  }, [scenarioId, near]);

  const topic = scenarioInfo(scenarioId)?.quizTopic ?? (state.status === 'ready' ? state.questions[0]?.question.topic : undefined);
  return (
    <section
      ref={section}
      aria-labelledby="scn-quiz-h"
      className={`mt-8 rounded-lg border-2 p-4 ${atEnd ? 'border-blue-700 dark:border-sky-300' : 'border-slate-300 dark:border-slate-700'}`}
    >
      <h2 id="scn-quiz-h" className="text-xl font-semibold">
        Check what you saw
      </h2>
      {state.status === 'loading' && (
        <p className="mt-2">{near ? 'Loading questions…' : 'Two or three questions on what you saw load as you scroll here.'}</p>
      )}
      {state.status === 'failed' && <p className="mt-2">The question banks could not be loaded. The quiz has every question.</p>}
      {state.status === 'ready' && state.questions.length === 0 && (
        <p className="mt-2">No questions in the banks are linked to this scenario yet. The quiz has questions on every topic.</p>
      )}
      {state.status === 'ready' && state.questions.length > 0 && (
        <Suspense fallback={<p className="mt-2">Loading questions…</p>}>
          <ol className="mt-3 space-y-3">
            {state.questions.map((q, i) => (
              <InlineQuestion key={q.question.id} entry={q} index={i} />
            ))}
          </ol>
        </Suspense>
      )}
      <p className="mt-3">
        {topic ? (
          <Link to="/quiz/practice" search={{ topic }}>
            Practise more questions on this topic
          </Link>
        ) : (
          <Link to="/quiz">Go to the quiz</Link>
        )}
      </p>
    </section>
  );
}
