import { Link } from '@tanstack/react-router';
import type { FoundConcept } from '@/learn';
import { guideOf } from './guide-links';

/** The KMS concepts a note mentions, each with its study guide, a scenario step that shows it, and practice. */
export function ConceptPanel({ concepts }: { concepts: readonly FoundConcept[] }) {
  return (
    <section aria-labelledby="concepts-heading" className="rounded-lg border border-slate-200 p-4 dark:border-slate-700">
      <h2 id="concepts-heading" className="text-lg font-semibold">
        KMS concepts in this note
      </h2>
      {concepts.length === 0 ? (
        <p className="mt-2 text-slate-700 dark:text-slate-300">None recognised. Browse the study guides to find a topic.</p>
      ) : (
        <ul className="mt-2 space-y-3">
          {concepts.map(({ concept, mentions }) => {
            const guide = guideOf(concept.topic);
            const scenario = guide?.scenarios[0];
            return (
              <li key={concept.id} data-concept={concept.id}>
                <p className="font-semibold">
                  {concept.label}{' '}
                  <span className="text-sm font-normal text-slate-700 dark:text-slate-300">
                    ({mentions} {mentions === 1 ? 'mention' : 'mentions'})
                  </span>
                </p>
                <ul className="mt-1 flex flex-wrap gap-x-4 gap-y-1 text-sm">
                  <li>
                    <Link to="/learn/$topic" params={{ topic: concept.topic }} aria-label={`Study guide: ${guide?.title ?? concept.label}`}>
                      Study guide
                    </Link>
                  </li>
                  {scenario && (
                    <li>
                      <Link
                        to="/scenarios/$scenarioId"
                        params={{ scenarioId: scenario.id }}
                        search={{ step: scenario.step }}
                        aria-label={`Scenario: ${scenario.label}`}
                      >
                        Scenario
                      </Link>
                    </li>
                  )}
                  <li>
                    <Link to="/quiz/practice" search={{ topic: concept.topic }} aria-label={`Practice: ${guide?.title ?? concept.label}`}>
                      Practice
                    </Link>
                  </li>
                </ul>
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
